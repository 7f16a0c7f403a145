package io.arrflow.rotator.audit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which rules one line of a file breaks. Regular expressions find candidates; a
 * candidate that is a placeholder, or a generic value with low entropy, is not a finding.
 */
public final class LineScanner {

    static final double GENERIC_MIN_ENTROPY = 3.5;
    static final int GENERIC_MIN_LENGTH = 16;

    private static final String QUOTE = "[\"']?";
    private static final Pattern ASSIGNMENT =
            Pattern.compile("(?<name>[A-Za-z0-9_.\\-]+)" + QUOTE + "\\s*[:=]\\s*" + QUOTE + "(?<value>[^\\s\"'#,;]+)");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(api[_.-]?key|token|secret|passw(or)?d|pwd|credential|auth).*");
    private static final Pattern URL_PASSWORD =
            Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://[^\\s:/@\"']+:(?<password>[^\\s@/\"']+)@");
    private static final Pattern CONFIG_API_KEY = Pattern.compile("<ApiKey>\\s*(?<value>[^<\\s]+)\\s*</ApiKey>");

    private LineScanner() {}

    public static Set<SecretRule> scan(FileKind kind, String line) {
        Set<SecretRule> broken = EnumSet.noneOf(SecretRule.class);
        if (!kind.scanned() || Placeholders.isAllowedLine(line)) {
            return broken;
        }
        if (kind == FileKind.ARR_CONFIG && configApiKey(line)) {
            broken.add(SecretRule.ARR_CONFIG_API_KEY);
        }
        if (urlCredentials(line)) {
            broken.add(SecretRule.URL_CREDENTIALS);
        }
        Matcher assignment = ASSIGNMENT.matcher(line);
        while (assignment.find()) {
            assignmentRule(kind, assignment.group("name"), assignment.group("value"))
                    .ifPresent(broken::add);
        }
        return broken;
    }

    private static Optional<SecretRule> assignmentRule(FileKind kind, String name, String value) {
        if (Placeholders.isPlaceholder(value) || Placeholders.isReference(value)) {
            return Optional.empty();
        }
        boolean secretName = SECRET_NAME.matcher(name).matches();
        boolean composeEnv = kind == FileKind.COMPOSE || kind == FileKind.ENV;
        if (HEX32.matcher(value).matches() && (secretName || composeEnv)) {
            return Optional.of(SecretRule.ARR_API_KEY);
        }
        if (secretName && looksRandom(value)) {
            return Optional.of(SecretRule.GENERIC_TOKEN);
        }
        return Optional.empty();
    }

    public static boolean looksRandom(String value) {
        return value.length() >= GENERIC_MIN_LENGTH && Entropy.bitsPerChar(value) >= GENERIC_MIN_ENTROPY;
    }

    private static boolean urlCredentials(String line) {
        Matcher url = URL_PASSWORD.matcher(line);
        while (url.find()) {
            if (!Placeholders.isPlaceholder(url.group("password"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean configApiKey(String line) {
        Matcher key = CONFIG_API_KEY.matcher(line);
        return key.find() && !Placeholders.isPlaceholder(key.group("value"));
    }
}
