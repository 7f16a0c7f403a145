package io.arrflow.rotator.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Scans the lines of one text, keeping only the lines a caller asks for (e.g. lines a commit added). */
public final class TextScanner {

    private TextScanner() {}

    /** The rules broken on each selected line, as findings built by {@code at}. */
    public static List<Finding> scan(String path, String text, IntPredicate selectedLine, FindingFactory at) {
        FileKind kind = FileKind.of(path);
        List<Finding> findings = new ArrayList<>();
        if (!kind.scanned()) {
            return findings;
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (selectedLine.test(number)) {
                LineScanner.scan(kind, lines[i]).forEach(rule -> findings.add(at.at(path, number, rule)));
            }
        }
        return findings;
    }

    /** Builds a finding for a path, line and rule. */
    @FunctionalInterface
    public interface FindingFactory {
        Finding at(String path, int line, SecretRule rule);
    }
}
