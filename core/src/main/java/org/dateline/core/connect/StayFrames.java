package org.dateline.core.connect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a report's stay is told only as the time of another deed: "during his recent visit to Velmar, the leader
 * went sightseeing at a lake", "when visiting the capital some time ago, he admired its parks", "the chairman, who
 * visited the country last month, gave an interview". The sentence tells of the sightseeing, the admiration, the
 * interview; the visit is their backdrop, and the events stage codes it all the same, with the visitor and the host
 * of the visit. Two such reports share the visitor, the host and the month with every report of the visit and with
 * each other, while they tell other deeds of the stay, so a framed stay joins no story ({@link Telling#FRAME}),
 * unless its sentence is filed again in the same words.
 *
 * <p>The frame is a word of time or a relative ({@code stay-frame-cues}: during, when, while, who, which) among the
 * {@link #REACH} words before the report's trigger, a stay's verb or noun ({@link EventMention#isStay}), in the
 * trigger's own clause (back to a comma). A stay its article recalls from long before ({@link RecalledPast}: "the
 * pastor, who visited the country last year, was arrested") is a deed of its own, and keeps its telling.
 * "Congratulated him on his visit", "his visit was a historic event" and
 * "he returned home after the visit" name the visit itself, and are left as they are.
 */
final class StayFrames {
    private static final Set<String> CUES = ConnectWords.get("stay-frame-cues");
    /** The progressive forms of a stay a frame may hold ("when visiting the capital"), beside its verbs and nouns. */
    private static final Set<String> PROGRESSIVES = ConnectWords.get("stay-progressives");
    /** How many words may stand between the frame's word and the stay: "when leader Kim Jong Il was visiting". */
    static final int REACH = 6;

    private StayFrames() {}

    /** True when a report's trigger is a stay told as the time of another deed. */
    static boolean frames(EventMention m) {
        String trigger = m.event().trigger();
        if (trigger == null || !EventMention.isStay(m.event()) && !PROGRESSIVES.contains(trigger.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // a stay dated long before its article ("who visited the country last year") is a past deed of its own
        if (RecalledPast.read(m)) return false;
        String clause = Tellings.clause(m);
        int at = PredicateNouns.firstWord(clause, trigger);
        if (at < 0) return false;
        String before = Tellings.before(m, 80) + clause.substring(0, at);
        int comma = before.lastIndexOf(',');
        return framed(Tellings.words(comma < 0 ? before : before.substring(comma + 1)));
    }

    /** True when a frame's word stands among the last {@link #REACH} words of a clause before its stay. */
    static boolean framed(List<String> lead) {
        for (int j = lead.size() - 1; j >= Math.max(0, lead.size() - REACH); j--) {
            if (CUES.contains(lead.get(j).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The clause's words before the stay, read alone: "during his recent". */
    static boolean framed(String clauseBeforeStay) { return framed(Tellings.words(clauseBeforeStay)); }
}
