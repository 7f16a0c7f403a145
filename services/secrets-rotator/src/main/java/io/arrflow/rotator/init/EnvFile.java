package io.arrflow.rotator.init;

import java.util.ArrayList;
import java.util.List;

/** The {@code .env} that references every secret by file: names and paths, never a value. */
public final class EnvFile {

    private EnvFile() {}

    public static String render(List<StackSecret> secrets) {
        List<String> lines = new ArrayList<>();
        lines.add("# Written by `secrets-rotator init`. Values live in ./secrets (mode 0600), never here.");
        lines.add("# Each *_FILE variable names the Docker secret file inside the container.");
        lines.addAll(StackSecrets.PLAIN_SETTINGS);
        for (StackSecret secret : secrets) {
            lines.add("");
            lines.add("# " + secret.name() + ": " + secret.readBy());
            for (String variable : secret.variables()) {
                lines.add(variable + "=" + StackSecrets.containerPath(secret));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
