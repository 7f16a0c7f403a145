package io.arrflow.prober.probe;

/** An exception as a one-line reason a user can act on. */
public final class Problems {

    private Problems() {}

    public static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String name = root.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return name + ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
