package io.arrflow.rotator.audit;

import java.util.ArrayList;
import java.util.List;

/** The audit's result: findings (never values) and, for history, the purge commands. */
public record AuditReport(String root, List<Finding> findings, int filesScanned, int commitsScanned) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    public List<String> purgeCommands() {
        return PurgeCommands.forFindings(findings);
    }

    /** Human-readable lines for the CLI. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        lines.add("audited " + root + ": " + filesScanned + " files, " + commitsScanned + " commits");
        for (Finding f : findings) {
            lines.add(f.location() + "  " + f.rule().id() + "  " + f.rule().description());
        }
        lines.add(findings.size() + " finding(s)");
        if (!clean()) {
            lines.add("");
            lines.add("Move each value into a secret file (`secrets-rotator init`), reference it with a *_FILE"
                    + " variable, rotate it, and mark documented placeholders with " + Placeholders.ALLOW_MARKER
                    + ".");
        }
        List<String> purge = purgeCommands();
        if (!purge.isEmpty()) {
            lines.add("");
            lines.add("To purge the history (not done by this tool):");
            lines.addAll(purge);
        }
        return lines;
    }
}
