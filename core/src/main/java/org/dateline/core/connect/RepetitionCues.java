package org.dateline.core.connect;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues of how often a report's deed happens that {@link Tellings} reads beside the words of its clause: a period that
 * repeats it ("provides 20 million dollars every year": a habit), the count of the clause a participle hangs on
 * ("invited him to the capital several times, encouraging him to ...": the encouraging is summed up as the
 * invitations are), and a named happening going on ("are staging the Spring Shield joint exercises": one exercise in
 * progress, not a habit), and an adjective of repetition on the deed's noun ("staged ceaseless war exercises": occasions
 * summed up).
 */
final class RepetitionCues {
    private static final Set<String> PERIODIC_ADVERBS = ConnectWords.get("periodic-adverbs");
    private static final Set<String> PERIODIC_QUANTIFIERS = ConnectWords.get("periodic-quantifiers");
    private static final Set<String> PERIOD_UNITS = ConnectWords.get("period-units");
    private static final Set<String> HAPPENING_NOUNS = ConnectWords.get("named-happening-nouns");
    private static final Set<String> REPETITION_ADJECTIVES = ConnectWords.get("repetition-adjectives");
    private static final Set<String> PHRASE_BREAKS = ConnectWords.get("noun-phrase-breaks");
    private static final Set<String> DETERMINERS = ConnectWords.get("party-determiners");
    /** How many words may stand between an adjective and the noun it qualifies: "ceaseless large-scale war exercises". */
    static final int MODIFIER_REACH = 4;
    /** A capitalised word, then up to four lower-case words, then a word: a name before its head noun. */
    private static final Pattern NAMED_HEAD = Pattern.compile(
            "(?<=\\S\\s)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*((?:\\s+\\p{Ll}[\\p{L}-]*){0,4})");
    /** How far back a participle's head clause is read, in characters. */
    static final int HEAD_REACH = 300;

    private RepetitionCues() {}

    /**
     * True when a clause repeats its deed by a period ({@code periodic-adverbs}: "annually"; or one of
     * {@code periodic-quantifiers} before one of {@code period-units}: "every year", "each month"): what is done
     * every year is no occasion, and the agency repeats it in the same words in many stories.
     */
    static boolean periodic(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PERIODIC_ADVERBS.contains(w)) return true;
            if (PERIODIC_QUANTIFIERS.contains(w) && i + 1 < words.size() && PERIOD_UNITS.contains(words.get(i + 1))) return true;
        }
        return false;
    }

    /**
     * The words of the clause a participle hangs on, when the report's span opens with a participle right after a
     * comma ("invited him several times, [encouraging him to ...]"); empty otherwise. Read back to the sentence's
     * start, at most {@link #HEAD_REACH} characters.
     */
    static List<String> participleHead(EventMention m) {
        String body = m.context().body();
        int s = m.mention().start();
        if (body == null || s <= 1 || s > body.length()) return List.of();
        List<String> own = Tellings.words(Tellings.clause(m));
        if (own.isEmpty() || !participle(own.get(0))) return List.of();
        String before = body.substring(Math.max(0, s - HEAD_REACH), s).stripTrailing();
        if (!before.endsWith(",")) return List.of();
        int cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
        return Tellings.words(before.substring(cut + 1));
    }

    private static boolean participle(String word) {
        return word.endsWith("ing") && word.length() > 4;
    }

    /**
     * True when a clause names a happening by its proper name before its head noun ({@code named-happening-nouns}:
     * "the Spring Shield joint exercises", "the Arirang festival"): a progressive of it tells that one happening
     * going on, as "have been on strike for ten days" does, not a habit; "U.S. forces are killing civilians" names
     * none.
     */
    static boolean namesHappening(String clause) {
        if (clause == null) return false;
        Matcher m = NAMED_HEAD.matcher(clause);
        while (m.find()) {
            List<String> after = Tellings.words(m.group(1));
            for (String w : after) if (HAPPENING_NOUNS.contains(w)) return true;
        }
        return false;
    }

    /**
     * True when the deed's noun ({@code trigger}, lower case) is qualified by an adjective of repetition ({@code
     * repetition-adjectives}) in its own noun phrase: "staged ceaseless large-scale war exercises", "the frequent
     * visits", "incessant attacks". What is done ceaselessly is many occasions summed up, as "repeatedly" sums up a
     * verb's, and two such clauses share their doers and their words whichever drills each meant. The adjective must
     * stand in the noun's phrase, no determiner, preposition or conjunction between ({@code noun-phrase-breaks}):
     * "kicked off the drills despite repeated warnings" sums up the warnings, not the drills.
     */
    static boolean repeatedNoun(List<String> words, String trigger) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(trigger)) continue;
            for (int j = i - 1; j >= Math.max(0, i - MODIFIER_REACH); j--) {
                String w = words.get(j);
                if (REPETITION_ADJECTIVES.contains(w)) return true;
                if (PHRASE_BREAKS.contains(w) || DETERMINERS.contains(w)) break;
            }
        }
        return false;
    }
}
