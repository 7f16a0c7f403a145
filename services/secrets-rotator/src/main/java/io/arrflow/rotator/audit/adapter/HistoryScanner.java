package io.arrflow.rotator.audit.adapter;

import io.arrflow.rotator.audit.FileKind;
import io.arrflow.rotator.audit.Finding;
import io.arrflow.rotator.audit.IgnoredPaths;
import io.arrflow.rotator.audit.TextScanner;
import io.arrflow.rotator.audit.TreeScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Scans the git history of a repository: for every commit reachable from any ref, the lines it
 * added or changed in audited files, so each secret is reported once, at the commit that
 * introduced it, even when a later commit removed it.
 */
public final class HistoryScanner {

    private final Path gitDir;
    private final IgnoredPaths ignored;
    private int commitsScanned;

    public HistoryScanner(Path gitDir, IgnoredPaths ignored) {
        this.gitDir = gitDir;
        this.ignored = ignored;
    }

    public int commitsScanned() {
        return commitsScanned;
    }

    public List<Finding> scan() throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (Repository repo = new FileRepositoryBuilder()
                        .setGitDir(gitDir.toFile())
                        .setMustExist(true)
                        .build();
                RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                Ref peeled = repo.getRefDatabase().peel(ref);
                ObjectId target =
                        peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
                if (target != null && walk.parseAny(target) instanceof RevCommit commit) {
                    walk.markStart(commit);
                }
            }
            for (RevCommit commit : walk) {
                commitsScanned++;
                findings.addAll(scanCommit(repo, diff, commit));
            }
        }
        return findings;
    }

    private List<Finding> scanCommit(Repository repo, DiffFormatter diff, RevCommit commit) throws IOException {
        List<Finding> findings = new ArrayList<>();
        RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
        for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
            String path = entry.getNewPath();
            if (entry.getChangeType() == DiffEntry.ChangeType.DELETE
                    || ignored.ignores(path)
                    || !FileKind.of(path).scanned()) {
                continue;
            }
            findings.addAll(scanAddedLines(repo, diff, entry, commit.name()));
        }
        return findings;
    }

    private static List<Finding> scanAddedLines(Repository repo, DiffFormatter diff, DiffEntry entry, String commit)
            throws IOException {
        ObjectLoader loader = repo.open(entry.getNewId().toObjectId());
        if (loader.getSize() > TreeScanner.MAX_BYTES) {
            return List.of();
        }
        byte[] content = loader.getCachedBytes();
        if (RawText.isBinary(content)) {
            return List.of();
        }
        List<Edit> edits = diff.toFileHeader(entry).toEditList();
        String text = new String(content, StandardCharsets.UTF_8);
        return TextScanner.scan(
                entry.getNewPath(),
                text,
                line -> edits.stream().anyMatch(e -> line > e.getBeginB() && line <= e.getEndB()),
                (path, line, rule) -> Finding.inCommit(commit, path, line, rule));
    }
}
