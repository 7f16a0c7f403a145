package io.arrflow.rotator.audit.adapter;

import io.arrflow.rotator.audit.AuditReport;
import io.arrflow.rotator.audit.Finding;
import io.arrflow.rotator.audit.IgnoredPaths;
import io.arrflow.rotator.audit.TreeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Audits a path: its files as they are, and its git history when it is a repository's root. */
public final class Auditor {

    public AuditReport audit(Path path) throws IOException {
        Path root = path.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("nothing to audit at " + root);
        }
        Path base = Files.isDirectory(root) ? root : root.getParent();
        IgnoredPaths ignored = IgnoredPaths.at(base);
        TreeScanner tree = new TreeScanner(root, ignored);
        List<Finding> findings = new ArrayList<>(tree.scan());
        int commits = 0;
        Path gitDir = root.resolve(".git");
        if (Files.isDirectory(gitDir)) {
            HistoryScanner history = new HistoryScanner(gitDir, ignored);
            findings.addAll(history.scan());
            commits = history.commitsScanned();
        }
        return new AuditReport(root.toString(), findings, tree.filesScanned(), commits);
    }
}
