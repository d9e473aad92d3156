package org.dateline.core.event;

import java.util.Set;

/**
 * Which of the cues that leave an act with no date ({@link PastCues#undated}) also make it background history, no
 * event. CODING.md section 7 and question 126: a past act retold with no date of its own is background ("during the
 * Korean War the invaders bombed the schools", "in the postwar period he called on the workers", "the visits paid in
 * recent years"), and so is conduct kept up over a counted span ("have staged war maneuvers for more than six
 * decades", "the blockade imposed for over 50 years"). Four kinds of such cue are no age and leave the act an event:
 * <ul>
 *   <li>a counted span that measures the act, not its time: a term ("sentenced to five years"), a record ("the largest
 *       drill in 23 years"), a duration of a single past act ("was jailed for five years");</li>
 *   <li>a running total ("has so far refused", "thus far have refused"): a stance held up to the article's day;</li>
 *   <li>an adverb of a prior time ("previously convicted", "formerly"): an act before another, not an age;</li>
 *   <li>a war or an occupation the story tells without naming it ("during the war, the invaders abducted ..."): the
 *       story's own war, which it may date elsewhere; a war history has named ("the Korean War") is an age.</li>
 * </ul>
 */
final class UndatedAges {
    private static final Set<String> SPAN_UNITS = EventWords.get("counted-span-units");
    private static final Set<String> NUMBER_WORDS = EventWords.get("number-words");
    private static final Set<String> LASTING_CASES = EventWords.get("lasting-span-cases");
    private static final Set<String> PRIOR_TIME_ADVERBS = EventWords.get("prior-time-adverbs");
    private static final Set<String> PAST_SPANS = EventWords.get("past-span-nouns");

    private final Clause c;
    private final PastCues past;

    UndatedAges(Clause c, PastCues past) {
        this.c = c;
        this.past = past;
    }

    /**
     * Why the act of verb v, whose dependent k leaves it undated, is background, or null when it stays an event. A
     * cue of repetition is {@link Background#REPEATED}; a counted span over which conduct is kept up {@link
     * Background#LASTING}; any other cue that names an age {@link Background#UNDATED_AGE}.
     */
    Background background(int k, int v) {
        if (past.repeats(k)) return Background.REPEATED;
        if (counted(k)) return lasting(k, v) ? Background.LASTING : null;
        if (past.runningTotal(k) || PRIOR_TIME_ADVERBS.contains(c.lower(k)) || storysOwnSpan(k)) return null;
        return Background.UNDATED_AGE;
    }

    /**
     * "five years", "23 years", "more than six decades", "three-years": a unit of time counted with a numeral. The
     * span counts how long, not when.
     */
    private boolean counted(int k) {
        String word = c.lower(k);
        int dash = word.indexOf('-');
        if (dash > 0 && NUMBER_WORDS.contains(word.substring(0, dash))
                && SPAN_UNITS.contains(word.substring(dash + 1))) return true;
        if (!SPAN_UNITS.contains(word)) return false;
        for (int m : c.children(k, "nummod", "amod", "compound")) {
            if (c.pos(m).equals("CD") || NUMBER_WORDS.contains(c.lower(m))) return true;
        }
        return false;
    }

    /**
     * "Have staged maneuvers for more than six decades", "the blockade imposed for over 50 years": a counted span
     * after a preposition of duration, over which the verb's conduct is kept up: a perfect, or a participle with no
     * auxiliary that modifies a noun. A single act told in the simple past ("was jailed for five years") is no such
     * conduct.
     */
    private boolean lasting(int k, int v) {
        if (!LASTING_CASES.contains(c.caseOf(k))) return false;
        return c.perfect(v) || c.pos(v).equals("VBN") && c.relIs(v, "acl") && c.children(v, "aux").isEmpty();
    }

    /** "During the war", "under the occupation": the story's war in lower case with no word that names it. */
    private boolean storysOwnSpan(int k) {
        String written = c.tokens.get(k).word();
        return PAST_SPANS.contains(c.lower(k)) && Character.isLowerCase(written.charAt(0))
                && c.children(k, "amod", "compound", "nmod").isEmpty();
    }
}
