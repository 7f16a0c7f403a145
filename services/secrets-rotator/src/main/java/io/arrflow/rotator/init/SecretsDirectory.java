package io.arrflow.rotator.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the stack's secrets into {@code <dir>/secrets/<name>} (mode 0600, directory 0700) and
 * {@code <dir>/.env}. An existing file is never overwritten: running {@code init} again only adds
 * what is missing.
 */
public final class SecretsDirectory {

    private final Path root;
    private final SecretGenerator generator;

    public SecretsDirectory(Path root, SecretGenerator generator) {
        this.root = root;
        this.generator = generator;
    }

    public Path secretsDir() {
        return root.resolve("secrets");
    }

    /** Generates what is missing; returns one line per file, naming it and never showing a value. */
    public List<String> initialise(List<StackSecret> secrets) throws IOException {
        Files.createDirectories(root);
        createPrivateDirectory(secretsDir());
        List<String> report = new ArrayList<>();
        for (StackSecret secret : secrets) {
            boolean created = createOnce(secretsDir().resolve(secret.name()), generator.generate(secret.kind()));
            report.add((created ? "created  " : "kept     ") + "secrets/" + secret.name() + "  ("
                    + String.join(", ", secret.variables()) + ")");
        }
        boolean envCreated = createOnce(root.resolve(".env"), EnvFile.render(secrets));
        report.add((envCreated ? "created  " : "kept     ") + ".env");
        return report;
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
    }

    private static boolean createOnce(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return true;
    }
}
