package org.rotationscheduler.domain.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Edit distance, for "did you mean" suggestions in error messages. */
public final class Similarity {
    private Similarity() {
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The closest candidate when it is close enough to be a likely typo. */
    public static Optional<String> closest(String text, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(text.toLowerCase(), c.toLowerCase())))
                .filter(c -> distance(text.toLowerCase(), c.toLowerCase()) <= Math.max(2, c.length() / 3));
    }
}
