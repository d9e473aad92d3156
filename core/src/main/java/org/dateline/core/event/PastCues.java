package org.dateline.core.event;

import java.util.Set;

/**
 * Words under an event that put it in a past the text does not date: "several times in the new century", "in the
 * past", "during the war", "in the postwar period", a running total ("killed so far this year"). The event then gets
 * no date rather than the article's day, which would be years off or stand for one day of a count over many. A time
 * noun pointed at with a demonstrative ("in those days", "at that time") points back instead: {@link LookBacks}
 * gives it the date of the sentence before, when that sentence gives one.
 */
final class PastCues {
    private static final Set<String> UNDATED_PAST = EventWords.get("undated-past-words");
    private static final Set<String> POINTING_DETERMINERS = EventWords.get("past-pointing-determiners");
    private static final Set<String> POINTED_TIMES = EventWords.get("past-pointed-times");
    private static final Set<String> PAST_SPANS = EventWords.get("past-span-nouns");
    private static final Set<String> PAST_SPAN_CASES = EventWords.get("past-span-cases");
    private static final Set<String> RUNNING_TOTAL_HEADS = EventWords.get("running-total-heads");
    private static final Set<String> RUNNING_TOTAL_MARKS = EventWords.get("running-total-marks");
    private static final Set<String> PAST_AGE_MODIFIERS = EventWords.get("past-age-modifiers");
    private static final Set<String> STARTING_POINT_MARKS = EventWords.get("starting-point-marks");
    private static final Set<String> PAST_AUX = EventWords.get("relative-past-auxiliaries");
    private static final Set<String> PERFECT_AUX = EventWords.get("perfect-participle-auxiliaries");
    private static final Set<String> DEED_CAUSE_MARKS = EventWords.get("past-deed-cause-marks");

    private static final Set<String> PAST_AGE_NOUNS = EventWords.get("past-age-nouns");
    private static final Set<String> SCENE_MARKS = EventWords.get("scene-setting-marks");
    private static final Set<String> PAST_PASSIVE_AUX = EventWords.get("past-passive-auxiliaries");

    private final Clause c;
    private final RepeatedActs repeated;

    PastCues(Clause c) {
        this.c = c;
        this.repeated = new RepeatedActs(c);
    }

    /**
     * Whether the word k under an event places it in an undated past, makes it a running total, or tells it as
     * repeated ({@link RepeatedActs}: "almost every day", "on several occasions").
     */
    boolean undated(int k) {
        String word = c.lower(k);
        return UNDATED_PAST.contains(word) || PAST_SPANS.contains(word) && PAST_SPAN_CASES.contains(c.caseOf(k))
                || namedPastSpan(k) || ageGoneBy(k) || runningTotal(k) || repeated.cue(k);
    }

    /**
     * "Sent its troops into the Korean War", "fought in the Second World War": a war written with a capital and a
     * modifier that names it is one history has named, over before the story; an act in it, with any preposition,
     * has no date here (the article's day would be decades off). A war told in lower case ("in the war") may be
     * the one going on.
     */
    private boolean namedPastSpan(int k) {
        String written = c.tokens.get(k).word();
        return PAST_SPANS.contains(c.lower(k)) && Character.isUpperCase(written.charAt(0))
                && !c.children(k, "amod", "compound").isEmpty() && !c.relIs(k, "nsubj", "obj", "nsubj:pass");
    }

    /**
     * Whether an event's verb tells a past act as background, not as the news: the starting point of a span ("forty
     * years have passed since the leader visited Hanoi", "it is 110 days since the rebels seized the airport":
     * starting-point-marks), or a relative clause in the simple past or past perfect, active or passive, that says
     * what someone named had done or undergone ("the general who invaded the south", "the country for which he
     * fought", "the men who were arrested"), or a deed given as a cause ({@link #deedGivenAsCause}). Without a date of its own
     * such an act is no act of the article's day: it may be decades old.
     */
    boolean background(int v) {
        v = Coordination.firstConjunct(c, v);
        if (v < 0 || !c.pos(v).startsWith("VB")) return false;
        for (int m : c.children(v, "mark")) if (STARTING_POINT_MARKS.contains(c.lower(m))) return true;
        if (deedGivenAsCause(v)) return true;
        if (!c.relIs(v, "acl:relcl")) return false;
        if (c.pos(v).equals("VBD")) return c.children(v, "aux", "aux:pass").isEmpty();
        return c.pos(v).equals("VBN")
                && c.children(v, "aux", "aux:pass").stream().anyMatch(a -> PAST_AUX.contains(c.lower(a)));
    }

    /**
     * "Branded as gangsters for having killed people", "praised for having defended the nation": a perfect participle
     * given as the cause of a judgement tells a deed already done, often long ago, on which the news passes
     * judgement; it is no act of the article's day (perfect-participle-auxiliaries, past-deed-cause-marks).
     */
    private boolean deedGivenAsCause(int v) {
        if (!c.pos(v).equals("VBN") || c.children(v, "aux").stream().noneMatch(a -> PERFECT_AUX.contains(c.lower(a)))) {
            return false;
        }
        return c.children(v, "mark", "case").stream().anyMatch(m -> DEED_CAUSE_MARKS.contains(c.lower(m)));
    }

    /**
     * "When the envoy visited Pyongyang, the leader decided ...", "when the ship was seized, the crew ...": an act in the
     * plain past (a past tense, or a past passive) in an adverbial clause opened by a conjunction of the moment
     * ({@code scene-setting-marks}) sets the scene for its main clause's act; the main clause tells the news. The
     * caller asks it only of an act left with no date of its own or of its main clause: a clause of the news shares its
     * main clause's day ({@link LinkedDates#whenClauses}). The past perfect is {@link BackgroundClauses}'s.
     */
    boolean sceneSetting(int v) {
        v = Coordination.firstConjunct(c, v);
        if (v < 0 || !c.relIs(v, "advcl") || !plainPast(v)) return false;
        for (int m : c.children(v, "mark", "advmod")) if (SCENE_MARKS.contains(c.lower(m))) return true;
        return false;
    }

    /** "visited", "was seized": a verb in the past tense with no auxiliary, or a participle under a past "be". */
    private boolean plainPast(int v) {
        if (c.pos(v).equals("VBD")) return c.childrenExact(v, "aux").isEmpty();
        return c.pos(v).equals("VBN") && c.childrenExact(v, "aux").isEmpty()
                && c.childrenExact(v, "aux:pass").stream().anyMatch(a -> PAST_PASSIVE_AUX.contains(c.lower(a)));
    }

    /** Whether the word k tells the event as done again and again, rather than placing it in an age that is over. */
    boolean repeats(int k) {
        return repeated.cue(k);
    }

    /** Whether the word k is a time noun pointed at with a demonstrative ("those days", "that time"). */
    boolean pointsBack(int k) {
        return POINTED_TIMES.contains(c.lower(k)) && pointed(k);
    }

    /**
     * "So far", "thus far", "to date", "until now" under the event: what it tells is a running total over a period
     * ("425 soldiers have been killed so far this year"), not one act of the article's day (running-total-heads with
     * one of running-total-marks under them).
     */
    boolean runningTotal(int k) {
        if (!RUNNING_TOTAL_HEADS.contains(c.lower(k))) return false;
        for (int m : c.children(k)) if (m < k && RUNNING_TOTAL_MARKS.contains(c.lower(m))) return true;
        return false;
    }

    /**
     * "In the postwar period", "in colonial days", "in the war years", "in the days of the occupation", "under the
     * colonial rule" (past-age-nouns): a time noun whose modifier names an age that is over. The text gives that age no date here, so the event gets none; the
     * article's day would be decades off. A time noun with a demonstrative ("those days") is left to {@link #pointed}.
     */
    private boolean ageGoneBy(int noun) {
        if (!POINTED_TIMES.contains(c.lower(noun)) && !PAST_AGE_NOUNS.contains(c.lower(noun)) || pointed(noun)) {
            return false;
        }
        for (int m : c.children(noun, "amod", "compound")) {
            if (PAST_AGE_MODIFIERS.contains(c.lower(m)) || PAST_SPANS.contains(c.lower(m))) return true;
        }
        for (int m : c.children(noun, "nmod")) {
            if (PAST_SPANS.contains(c.lower(m)) && c.caseOf(m).equals("of")) return true;
        }
        return false;
    }

    /** "those days", "that time": a time noun pointed at with a demonstrative. */
    private boolean pointed(int noun) {
        for (int m : c.children(noun, "det")) if (POINTING_DETERMINERS.contains(c.lower(m))) return true;
        return false;
    }
}
