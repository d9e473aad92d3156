package org.dateline.core.connect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a report's trigger is a noun a copula predicates of someone: "Sihanouk was a close friend of the Korean
 * people", "the leader was the great commander who...", "Japan is a war criminal". Such a clause tells what someone
 * is, a state, and not a deed done on a day: a condolence, a eulogy and an editorial say it again in other stories,
 * dated by their own news, and no two of them are one happening ({@link Telling#HABIT}).
 *
 * <p>The noun is read back to its copula ({@code copulas}) over the words of its noun phrase only: a determiner
 * ({@code party-determiners}) must open the phrase ("a friend", "the arch criminal"), and a preposition, a conjunction,
 * a relative or a pronoun ({@code noun-phrase-breaks}) ends it ("was presented with a gift" is a deed, its gift the
 * object of "with"). A copula with no one to predicate of ({@code expletive-subjects}: "there was an explosion", "it
 * was the first visit") introduces a happening, not a description. A trigger that is a verb form ("-ed", "-ing") is
 * no predicate noun.
 */
final class PredicateNouns {
    private static final Set<String> COPULAS = ConnectWords.get("copulas");
    private static final Set<String> EXPLETIVES = ConnectWords.get("expletive-subjects");
    private static final Set<String> DETERMINERS = ConnectWords.get("party-determiners");
    private static final Set<String> BREAKS = ConnectWords.get("noun-phrase-breaks");
    /** How many words a noun phrase may hold before its noun: "a prominent international statesman". */
    static final int PHRASE_REACH = 5;

    private PredicateNouns() {}

    /** True when the report's trigger is a noun its clause predicates of someone by a copula. */
    static boolean tells(EventMention m) {
        String trigger = m.event().trigger();
        if (trigger == null || trigger.isBlank()) return false;
        String clause = Tellings.clause(m);
        int at = firstWord(clause, trigger);
        if (at < 0) return false;
        String before = Tellings.before(m, 80) + " " + clause.substring(0, at);
        // a comma ends the clause the noun stands in ("Sihanouk, called father of the nation, was a friend")
        int comma = before.lastIndexOf(',');
        String lead = comma < 0 ? before : before.substring(comma + 1);
        return predicated(Tellings.words(lead), trigger.toLowerCase(Locale.ROOT), leadSubject(before, comma));
    }

    /**
     * True when {@code trigger} stands after a copula at the end of {@code lead} (the clause's words before it, lower
     * case), over a noun phrase opened by a determiner; {@code subject} is the word before the copula when the lead
     * holds none (a subject set off by commas), else ignored.
     */
    static boolean predicated(List<String> lead, String trigger, String subject) {
        if (trigger.endsWith("ed") || trigger.endsWith("ing")) return false;
        boolean determined = false;
        for (int j = lead.size() - 1; j >= Math.max(0, lead.size() - PHRASE_REACH); j--) {
            String w = lead.get(j);
            if (DETERMINERS.contains(w)) {
                determined = true;
                continue;
            }
            if (COPULAS.contains(w)) {
                String before = j > 0 ? lead.get(j - 1) : subject;
                return determined && (before == null || !EXPLETIVES.contains(before));
            }
            if (BREAKS.contains(w) || w.endsWith("ing")) return false;
        }
        return false;
    }

    /** The clause's words read alone: "Sihanouk was a friend of the people". */
    static boolean predicated(String clauseBeforeNoun, String trigger) {
        return predicated(Tellings.words(clauseBeforeNoun), trigger, null);
    }

    /** The last word before the comma that cut the lead, lower case, or null. */
    private static String leadSubject(String before, int comma) {
        if (comma < 0) return null;
        List<String> w = Tellings.words(before.substring(0, comma));
        return w.isEmpty() ? null : w.get(w.size() - 1);
    }

    /** Where a word first stands in a text as a whole word, ignoring case; -1 when it does not. */
    private static int firstWord(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT), w = word.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
            boolean start = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            int end = i + w.length();
            boolean stop = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (start && stop) return i;
        }
        return -1;
    }
}
