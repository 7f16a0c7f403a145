package io.arrflow.rotator.audit;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy in bits per character, the measure gitleaks and trufflehog use for tokens. */
public final class Entropy {

    private Entropy() {}

    public static double bitsPerChar(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : value.toCharArray()) {
            counts.merge(c, 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / value.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
