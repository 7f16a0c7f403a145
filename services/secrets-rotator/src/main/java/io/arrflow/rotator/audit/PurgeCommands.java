package io.arrflow.rotator.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The commands that remove secrets found in git history. The audit prints them and never runs
 * them: rewriting history is the owner's decision, and the leaked secrets must be rotated anyway.
 */
public final class PurgeCommands {

    public static final String REPLACEMENTS_FILE = "../arrflow-purge-replacements.txt";

    private PurgeCommands() {}

    public static List<String> forFindings(List<Finding> findings) {
        List<Finding> history = findings.stream().filter(Finding::inHistory).toList();
        if (history.isEmpty()) {
            return List.of();
        }
        Set<String> wholeFiles = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        for (Finding finding : history) {
            (finding.kind().secretBearing() ? wholeFiles : values).add(finding.path());
        }
        return render(wholeFiles, values);
    }

    private static List<String> render(Set<String> wholeFiles, Set<String> values) {
        List<String> lines = new ArrayList<>();
        lines.add("# 1. Rotate every secret found first: a purge does not un-leak what was pushed.");
        lines.add("# 2. Work on a fresh mirror clone: git clone --mirror <url> repo.git && cd repo.git");
        if (!wholeFiles.isEmpty()) {
            lines.add("# Files that should never have been committed (remove them from every commit):");
            lines.add("git filter-repo --sensitive-data-removal --invert-paths"
                    + wholeFiles.stream().map(p -> " --path '" + p + "'").reduce("", String::concat));
            wholeFiles.forEach(p -> lines.add("#   or with BFG: bfg --delete-files '" + fileName(p) + "'"));
        }
        if (!values.isEmpty()) {
            lines.add("# Values inside files that stay (" + String.join(", ", values) + "):");
            lines.add("#   write each leaked value on its own line as VALUE==>***REMOVED*** in " + REPLACEMENTS_FILE);
            lines.add("git filter-repo --sensitive-data-removal --replace-text " + REPLACEMENTS_FILE);
            lines.add("#   or with BFG: bfg --replace-text " + REPLACEMENTS_FILE);
        }
        lines.add("git reflog expire --expire=now --all && git gc --prune=now --aggressive");
        lines.add("git push --force --mirror");
        lines.add("# then ask every clone to re-clone, and ask your forge to purge cached views and pull requests.");
        return lines;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
