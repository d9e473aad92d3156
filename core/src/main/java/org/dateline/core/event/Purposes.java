package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;

/**
 * Infinitives of purpose and intent: "held talks to resolve the dispute", "travelled to the capital to kill the
 * governor", "launched a campaign to defeat the rebels", "in order to protect the farmers", "sought to topple the
 * government". The text gives such an act as someone's aim, not as something that happened, so a material act
 * (an attack, aid, an agreement, a concession) named so is no event of its own: it is at most the aim of the act that
 * governs it.
 *
 * <p>Three kinds of infinitive stay events: one under a word that itself tells status ("plans to", "refused to",
 * "is expected to": {@link Modality} reads those), one under a verb that implies its complement happened ("managed
 * to", "began to", "went on to", "were forced to", and an attempt, coded as the act as CAMEO does: {@code
 * implicative-verbs}), and a verbal act
 * ({@code said-purposes}: "issued a statement to denounce X", "visited the embassy to offer condolences"), which
 * the governing act itself performs. A meeting as the purpose of a journey ("flew to Seoul to meet X") is kept as
 * planned: the journey is its first step.
 */
final class Purposes {
    private static final Set<String> IMPLICATIVE = EventWords.get("implicative-verbs");
    private static final Set<String> PURPOSE_MARKS = EventWords.get("purpose-marks");
    private static final Set<String> IMPLICATIVE_PASSIVES = EventWords.get("implicative-passives");
    private static final Set<String> PRESENCE = EventWords.get("presence-verbs");
    private static final Set<String> SAID = EventWords.get("said-purposes");
    private static final Set<String> EFFORT = EventWords.get("effort-verbs");
    private static final Set<String> TOPIC_GERUND = EventWords.get("topic-gerund-cases");
    private static final Set<String> AIM_GERUND = EventWords.get("aim-gerund-cases");
    private static final Set<String> REASON_FOR = EventWords.get("reason-for-verbs");

    private final Clause c;
    private final TriggerLexicon lex;

    Purposes(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
    }

    /**
     * Whether the event of this type whose verb is v is only an aim: an infinitive of purpose or intent, not of a
     * verbal act. A meeting aimed at is not dropped here ({@link #aimedAt}).
     */
    boolean onlyAnAim(int v, EventType type) {
        if (type == null || type == EventType.CONSULT || SAID.contains(type.name())) return false;
        return aimedAt(v);
    }

    /**
     * "to resolve", "in order to protect", "so as to avoid" (and a verb joined to one: "to kill X and destroy Y"): a
     * bare active infinitive that is the purpose or intent of the word above it, that word telling no status of its
     * own and implying nothing done. A perfect ("to have attacked") or passive ("to be held") infinitive is not one.
     */
    boolean aimedAt(int v) {
        v = Coordination.firstConjunct(c, v);
        if (v < 0 || !c.pos(v).equals("VB") || !toInfinitive(v)) return false;
        if (!c.children(v, "aux:pass").isEmpty() || c.perfect(v)) return false;
        if (purposeMarked(v)) return true;
        int h = c.head(v);
        if (h < 0 || cue(h)) return false;
        // "a campaign to defeat", "efforts to curb", "arms to defend"; but "an attempt to kill" is the act attempted
        if (c.pos(h).startsWith("NN")) return !IMPLICATIVE.contains(c.lemma(h));
        return c.pos(h).startsWith("VB") && !implicative(h);
    }

    /**
     * "left for Seoul to meet X", "flew to Quito to hold talks": a meeting that is the aim of a journey is still ahead
     * of it. Not when the governing verb is being there ("arrived on Wednesday to pay a visit", "visited China to
     * exchange views"): the meeting is then the occasion of the arrival or visit, under way or done.
     */
    boolean aheadOfJourney(int v) {
        if (!aimedAt(v)) return false;
        int h = c.head(Coordination.firstConjunct(c, v));
        return h < 0 || !PRESENCE.contains(c.lemma(h));
    }

    /**
     * "sought to overthrow the government", "seeks to reduce migration": a verb of seeking with an infinitive is an
     * effort, no request of anyone (it is one with an object: "sought aid from X"); what it seeks is an aim.
     */
    boolean effortWithInfinitive(int v) {
        if (!c.pos(v).startsWith("VB") || !EFFORT.contains(c.lemma(v))) return false;
        return c.children(v, "xcomp", "ccomp", "advcl").stream().anyMatch(x -> c.pos(x).equals("VB") && toInfinitive(x));
    }

    /**
     * "exchanged views on boosting trade", "a law on enforcing military service", "warned against arming the
     * militia", "staged drills for invading the north": an "-ing" form right after a preposition of topic or aim
     * (topic-gerund-cases, aim-gerund-cases; adverbs between: "for swiftly invading") names what something is about or
     * for, not an act that happened. Read from the words, not the parse: the tagger often makes such a gerund a
     * modifier of the noun after it. A "for" phrase of reason under a verb of praise, blame or punishment
     * (reason-for-verbs: "thanked X for supporting Y", "arrested him for attacking a guard") presupposes the act and
     * stays an event.
     */
    boolean topicOrAimGerund(int v) {
        if (!c.pos(v).equals("VBG")) return false;
        int p = v - 1;
        while (p > 0 && c.pos(p).startsWith("RB")) p--;
        // a preposition opening the sentence is of time: "On visiting the plant, he ..."
        if (p <= 0 || !c.pos(p).equals("IN")) return false;
        String prep = c.lower(p);
        if (TOPIC_GERUND.contains(prep)) return true;
        return AIM_GERUND.contains(prep) && !underReasonVerb(v);
    }

    /** Whether the nearest verb above v (its own head first) is a verb of reason-for ("thanked ... for helping"). */
    private boolean underReasonVerb(int v) {
        for (int h = c.head(v), guard = 0; h >= 0 && guard < 4; h = c.head(h), guard++) {
            if (c.pos(h).startsWith("VB")) return REASON_FOR.contains(c.lemma(h));
        }
        return false;
    }

    private boolean toInfinitive(int v) {
        return c.caseOf(v).equals("to") || c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
    }

    /** "in order to", "so as to": the marker says purpose whatever governs the clause. */
    private boolean purposeMarked(int v) {
        for (int m : c.children(v, "mark")) { // the parser marks with either word: "in" (+ "order"), "as" (after "so")
            if (m + 1 < c.size() && PURPOSE_MARKS.contains(c.lower(m) + "_" + c.lower(m + 1))) return true;
            if (m > 0 && PURPOSE_MARKS.contains(c.lower(m - 1) + "_" + c.lower(m))) return true;
        }
        return false;
    }

    /** A governing word that tells status itself ("plan", "refuse", "expect", "chance"): Modality reads it. */
    private boolean cue(int h) {
        return lex.cue(c.lemma(h)) != null || lex.cue(c.lower(h)) != null;
    }

    /** "managed to", "began to", "went on to", "were forced to": the complement happened. */
    private boolean implicative(int h) {
        String lemma = c.lemma(h);
        if (IMPLICATIVE.contains(lemma)) return true;
        for (int prt : c.children(h, "compound:prt")) if (IMPLICATIVE.contains(lemma + "_" + c.lower(prt))) return true;
        // "were forced to withdraw", "was allowed to leave": a passive of making or letting
        return !c.children(h, "aux:pass").isEmpty() && IMPLICATIVE_PASSIVES.contains(lemma);
    }
}
