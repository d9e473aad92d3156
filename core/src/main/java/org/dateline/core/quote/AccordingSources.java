package org.dateline.core.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Who an "according to" phrase that names no known entity first gives as the source, as the text writes it. The
 * phrase often opens with the information, not its owner ("according to data available at the weather service",
 * "according to figures released by the ministry"): the source is what follows the preposition of origin. A date or
 * place after the source ("the ministry on March 26") is no part of its name.
 */
final class AccordingSources {
    private static final Set<String> INFORMATION = QuoteWords.get("according-information-nouns");
    private static final Set<String> ORIGIN = QuoteWords.get("according-origin-prepositions");
    private static final Set<String> TRAILING = QuoteWords.get("according-trailing-prepositions");

    private AccordingSources() {}

    /** The source in a phrase written after "according to". */
    static String of(String written) {
        String[] w = written.strip().split("\\s+");
        int first = w.length > 1 && Set.of("the", "a", "an").contains(lower(w[0])) ? 1 : 0;
        if (INFORMATION.contains(lower(w[first]))) {
            for (int i = first + 1; i < w.length - 1; i++) {
                if (ORIGIN.contains(lower(w[i]))) return join(w, i + 1, w.length);
            }
        }
        for (int i = first + 1; i < w.length - 1; i++) if (TRAILING.contains(lower(w[i]))) return join(w, 0, i);
        return written;
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    private static String join(String[] w, int from, int to) { return String.join(" ", Arrays.copyOfRange(w, from, to)); }
}
