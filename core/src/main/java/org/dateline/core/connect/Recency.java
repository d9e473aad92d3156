package org.dateline.core.connect;

import java.util.List;
import java.util.Set;

/**
 * Tells a report whose sentence marks its deed as recent news ("recently", "some time ago", "earlier", "days after
 * the envoy left", "last week") from one that tells a deed of no time at all ("he developed the idea in depth").
 * A report the text gives no date is news of the last days when such a word stands in its sentence; without one it
 * may be history or the agency's standing praise and blame, which a story repeats in the same phrases year after
 * year. Words in {@code recency-words}; two-word cues in {@code recency-phrases}, written with an underscore.
 */
final class Recency {
    private static final Set<String> WORDS = ConnectWords.get("recency-words");
    private static final Set<String> PHRASES = ConnectWords.get("recency-phrases");

    private Recency() {}

    /**
     * True when the report's sentence, up to the end of the report's own words, marks what it tells as recent: a cue
     * after them belongs to another clause ("the friendship they built, he said, adding the leader recently
     * visited").
     */
    static boolean marked(EventMention m) {
        String sentence = m.mention().sentence();
        if (sentence == null) return false;
        String clause = Tellings.clause(m);
        int at = clause == null ? -1 : sentence.indexOf(clause);
        return marked(Tellings.words(at < 0 ? sentence : sentence.substring(0, at + clause.length())));
    }

    static boolean marked(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (WORDS.contains(words.get(i))) return true;
            if (i > 0 && PHRASES.contains(words.get(i - 1) + "_" + words.get(i))) return true;
        }
        return false;
    }
}
