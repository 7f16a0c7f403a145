package io.arrflow.rotator.cli.adapter;

import io.arrflow.rotator.audit.AuditReport;
import io.arrflow.rotator.audit.adapter.Auditor;
import io.arrflow.rotator.cli.Command;
import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.init.SecretsDirectory;
import io.arrflow.rotator.init.StackSecrets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The jar's command line. {@code audit PATH} and {@code init DIR} run without Spring, RabbitMQ,
 * Redis or an API token; {@code rotate APP} and {@code serve} are handed to Spring.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    static final String USAGE_TEXT = """
            usage: java -jar secrets-rotator.jar [serve]        run the service (port 8083)
                   java -jar secrets-rotator.jar audit PATH     audit a repository or directory; exit 1 on findings
                   java -jar secrets-rotator.jar init DIR       generate the stack's secrets into DIR/secrets and DIR/.env
                   java -jar secrets-rotator.jar rotate APP     rotate an arr app's API key now (sonarr, radarr...)""";

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What the arguments ask for. */
    public static Command parse(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            return new Command.Serve();
        }
        return switch (args[0]) {
            case "audit" -> args.length == 2 ? new Command.Audit(Path.of(args[1])) : new Command.Usage();
            case "init" -> args.length == 2 ? new Command.Init(Path.of(args[1])) : new Command.Usage();
            case "rotate" -> args.length == 2 ? new Command.Rotate(args[1]) : new Command.Usage();
            default -> new Command.Usage();
        };
    }

    /** Runs a command that needs no Spring; returns the exit code. */
    public int runStandalone(Command command) {
        try {
            return switch (command) {
                case Command.Audit audit -> audit(audit.path());
                case Command.Init init -> init(init.dir());
                case Command.Usage ignored -> usage();
                case Command.Serve ignored -> usage();
                case Command.Rotate ignored -> usage();
            };
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private int audit(Path path) throws IOException {
        AuditReport report = new Auditor().audit(path);
        report.render().forEach(out::println);
        return report.clean() ? OK : FINDINGS;
    }

    private int init(Path dir) throws IOException {
        List<String> lines = new SecretsDirectory(dir, new SecretGenerator()).initialise(StackSecrets.ALL);
        out.println("secrets in " + dir.toAbsolutePath().normalize() + " (names only, values are in the files):");
        lines.forEach(line -> out.println("  " + line));
        return OK;
    }

    private int usage() {
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
