package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Acts summed up over a span of time are a total, no event: "300 civilians have been killed since the invasion
 * began", "the number of soldiers killed since January rose to 120", "over the past ten years the regime has
 * arrested thousands", "over half a century the two governments have supported the regime". A span that runs from a
 * starting point ({@code starting-point-marks}: "since January", "since the war broke out") or one measured in long units
 * ({@code aggregate-span-units}: years, decades) after a preposition of extent ({@code aggregate-span-cases}: "over",
 * "throughout") or after any preposition with a "past"/"last" ({@code aggregate-span-modifiers}) counts many acts with none of them in
 * view, as the hand-coding conventions say of aggregates. A single act with its date ("on May 3", "in 2003") and an
 * act that lasted a while ("talks for two days") have neither and stay events. A negated span ("have held no talks
 * since their leaders met") counts no acts at all: it is a negation over a span, which the status tells, not a total.
 *
 * <p>A span may also start at a time named before, by a pro-form ({@code starting-point-proforms}: "since then"); "and
 * then" orders two acts and starts no span.
 *
 * <p>A perfect counted in times ("has been arrested more than a dozen times") is a record too, but a lead that
 * counts acts the same sentence then tells one by one ("have met three times during the visit, as they met in
 * Washington last week and then held talks on Tuesday") must keep the told acts, which a drop of the lead's verb
 * took with it (the seeds' gold A6): left for a rule that can tell them apart.
 */
final class Aggregates {
    private static final Set<String> START = EventWords.get("starting-point-marks");
    private static final Set<String> SPAN_CASES = EventWords.get("aggregate-span-cases");
    private static final Set<String> UNITS = EventWords.get("aggregate-span-units");
    private static final Set<String> SPAN_MODIFIERS = EventWords.get("aggregate-span-modifiers");
    private static final Set<String> NEGATIONS = EventWords.get("vow-negations");
    private static final Set<String> STARTING_NOUNS = EventWords.get("starting-point-nouns");
    private static final Set<String> RUNNING = EventWords.get("running-total-phrases");
    private static final Set<String> PROFORMS = EventWords.get("starting-point-proforms");

    private final Clause c;

    Aggregates(Clause c) {
        this.c = c;
    }

    /** Whether the verb v (or the participle an event is told by) counts its acts over a span of time. */
    boolean aggregate(int v) {
        if (v < 0 || !c.pos(v).startsWith("VB") || negated(v)) return false;
        if (c.perfect(v) && runningTotal(v) && counted(v)) return true;
        if (sinceProform(v)) return true;
        for (int k : c.children(v, "obl", "nmod", "advcl")) {
            if (c.relIs(k, "advcl") ? sinceClause(v, k) : sinceTime(k) || longSpan(k)) return true;
        }
        return false;
    }

    /**
     * "have been killed since the war broke out", "soldiers killed since January": a clause from whose time on the acts
     * are counted, on a verb in the perfect or a bare participle (the parser may read "since January rose" as a clause).
     * A simple past keeps its "since" causal or a mere landmark: "held talks since the crisis demanded them".
     */
    private boolean sinceClause(int v, int k) {
        boolean summing = c.perfect(v) || c.pos(v).equals("VBN") && c.children(v, "aux", "aux:pass").isEmpty();
        return summing && c.children(k, "mark").stream().anyMatch(m -> START.contains(c.lower(m)));
    }

    /**
     * "since January", "since 2003": a starting point that is a time. A starting point that is an event of its own
     * ("have been demobilized since the peace accord") tells what followed from it, and stays an event; the beginning
     * of one ("since the start of the war", "since the outbreak of fighting") is a time all the same.
     */
    private boolean sinceTime(int k) {
        return START.contains(c.caseOf(k)) && (c.isTime(k) || STARTING_NOUNS.contains(c.lemma(k)));
    }

    /**
     * "over the years", "throughout the decades", "over half a century": a long unit after a preposition of extent;
     * "in the past ten years", "for the last decade": a long unit reaching back from now after any preposition. A bare
     * "last year" (no preposition) dates one act, and "jailed for ten years" measures one; neither is a span of acts.
     */
    private boolean longSpan(int k) {
        String prep = preposition(k);
        if (!UNITS.contains(c.lemma(k)) || prep.isEmpty()) return false;
        if (SPAN_CASES.contains(prep)) return true;
        return c.children(k, "amod").stream().anyMatch(a -> SPAN_MODIFIERS.contains(c.lower(a)));
    }

    /**
     * "since then": a starting point named by a pro-form of time. The parser hangs the two words on the verb either
     * way ("then" with its preposition, or "since" with its object), so a short phrase of the verb that reads so is
     * enough.
     */
    private boolean sinceProform(int v) {
        for (int k : c.children(v)) {
            List<Integer> words = c.subtree(k);
            if (words.size() > 2) continue;
            int first = words.get(0);
            int second = words.size() == 2 ? words.get(1) : first + 1;
            if (second < c.size() && START.contains(c.lower(first)) && PROFORMS.contains(c.lower(second))) return true;
        }
        return false;
    }

    /**
     * The phrase's preposition; when the parser hung it elsewhere, the preposition that opens the phrase ("over" made
     * an adverb of "half" in "over half a century") or stands right before it.
     */
    private String preposition(int k) {
        String own = c.caseOf(k);
        if (!own.isEmpty()) return own;
        int first = c.subtree(k).get(0);
        if (first != k && c.pos(first).equals("IN")) return c.lower(first);
        return first > 0 && c.pos(first - 1).equals("IN") ? c.lower(first - 1) : "";
    }

    /**
     * "have so far killed 20,000", "have been arrested to date", "has given $2 billion in total": a phrase that makes a
     * perfect a running total ({@code running-total-phrases}, its words joined by "_"), however short the span, when
     * what it counts is given a number ({@link #counted}).
     */
    private boolean runningTotal(int v) {
        for (int k : c.children(v, "advmod", "obl", "nmod")) {
            List<Integer> words = c.subtree(k);
            if (words.size() > 3) continue;
            StringBuilder b = new StringBuilder();
            for (int w : words) b.append(b.length() == 0 ? "" : "_").append(c.lower(w));
            if (RUNNING.contains(b.toString())) return true;
        }
        return false;
    }

    /**
     * "have so far killed about 2,000 civilians", "300 protesters have been arrested to date": the acts are counted, a
     * number stands in the object or the passive's subject. "Has so far refused to resign" counts nothing: one refusal
     * that lasts.
     */
    private boolean counted(int v) {
        for (int k : c.children(v, "obj", "nsubj:pass")) {
            for (int w : c.subtree(k)) if (c.relIs(w, "nummod")) return true;
        }
        return false;
    }

    /** "have not met since", "have held no talks since": the verb or its object negated. */
    private boolean negated(int v) {
        if (c.modifiedBy(v, NEGATIONS)) return true;
        return c.children(v, "obj").stream().anyMatch(c::determinedByNo);
    }
}
