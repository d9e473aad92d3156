package org.dateline.core.connect;

import java.util.List;
import java.util.Set;

/**
 * A report that tells its deed as one more of a series: "staged another round of air drills", "launched a new wave of
 * strikes", "yet another provocation". Such a clause says that its occasion came after those the news told before: an
 * agency that reported the drills of one week and, ten days later, "another round" of them at the same base, reported
 * two drills, however alike its two sentences and whoever staged them.
 *
 * <p>A series word is a determiner of one more ({@code next-occasion-determiners}: "another", "new", "fresh") right
 * before a noun of a series' item ({@code next-occasion-nouns}: "round", "wave", "spate"), or "yet another". It tells
 * against joining only in one direction: a report so marked, published on a later day than an unmarked report of the
 * story's core, is the next occasion; the unmarked one published later ("the drill at the base on Monday") may well
 * recall the marked one. Two reports stating the same date are left to the other rules.
 */
final class NextOccasions {
    private static final Set<String> DETERMINERS = ConnectWords.get("next-occasion-determiners");
    private static final Set<String> NOUNS = ConnectWords.get("next-occasion-nouns");

    private NextOccasions() {}

    /** True when a report's clause tells its deed as one more of a series. */
    static boolean marked(EventMention m) { return marked(Tellings.words(Tellings.clause(m))); }

    /** True when the words hold a series word: a determiner of one more before an item's noun, or "yet another". */
    static boolean marked(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i), next = words.get(i + 1);
            if (DETERMINERS.contains(w) && NOUNS.contains(next)) return true;
            if (w.equals("yet") && next.equals("another")) return true;
        }
        return false;
    }

    /**
     * True when {@code m}, told as the next of a series, was published on a later day than the unmarked report
     * {@code o}: it tells a newer occasion than {@code o} does, unless both state the same date.
     */
    static boolean after(EventMention o, EventMention m) {
        if (o.day() == null || m.day() == null || !o.day().isBefore(m.day())) return false;
        if (DeedEvidence.sameStatedDate(o, m)) return false;
        return marked(m) && !marked(o);
    }
}
