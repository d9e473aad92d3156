package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * A lead that tells an act without its day, and the next sentences that tell the occasion it was done at with the day:
 * "The Swiss organizations slammed the drills. The Swiss Group issued a joint statement on Feb. 6.", "The committee
 * condemned the massacre. They held a rally on Jan. 19.". Wire copy writes the gist first and its occasion after; the lead's act was done at that occasion, on
 * its day, not on the day the story came out. The occasion is a document issued or a gathering held by the lead's
 * actor (named again by a pronoun or a word of its name), or a saying of that actor. A thing of the lead handed over
 * later ("received a gift. It was handed over on Wednesday") is no such occasion: the judges dated the gift by the
 * handover as often as they left it undated. Only the first sentences after the lead are read, up to the first one that names a calendar
 * time: a day the story comes to later, or the day of what the lead is about ("The drills began on March 1"), is
 * not its occasion.
 */
final class LeadOccasions {
    private static final Set<String> ISSUING = EventWords.get("document-issuing-verbs");
    private static final Set<String> HOLDING = EventWords.get("roundup-verbs");
    private static final Set<String> SAYING = EventWords.union("reporting-verbs", "saying-verbs", "narrative-voice-verbs",
            "speech-occasion-verbs");
    private static final Set<String> OCCASIONS = EventWords.union("utterance-nouns", "speech-occasion-nouns", "roundup-gathering-nouns");
    private static final Set<String> PRONOUNS = EventWords.get("lead-occasion-pronouns");
    private static final Set<String> NAME_FILLERS = EventWords.get("lead-occasion-name-fillers");
    /** "call:urge": the noun that names again an act told by a verb of that stem ("urged ... The call was made"). */
    private static final Set<String> ACT_NOUNS = EventWords.get("restated-act-nouns");
    private static final Set<String> RESTATING_DETERMINERS = EventWords.get("restating-determiners");
    /** How many sentences after the lead may tell its occasion. */
    private static final int WINDOW = 2;
    /** How far above a date's head word the occasion's verb may be ("on Feb. 6" under "statement" under "issued"). */
    private static final int MAX_HOPS = 3;

    /** Whether the lead is still waiting for its occasion: no sentence after it named a calendar time yet. */
    private boolean waiting = true;
    /** Whether the sentence being read names a calendar time: the window closes after it. */
    private boolean timed;

    /** Opens sentence s: the window closes after a sentence that named a calendar time, or past its last sentence. */
    void enter(Sentence s, List<TimeExpression> timexes) {
        if (timed || s.index() > WINDOW) waiting = false;
        timed = s.index() >= 1 && Circumstances.namesDate(s, timexes);
    }

    /** Whether sentence s may tell the lead's occasion: one of the first after it, naming a full day. */
    boolean mayDate(Sentence s, List<TimeExpression> timexes) {
        return waiting && s.index() >= 1 && s.index() <= WINDOW && Circumstances.namesDay(s, timexes);
    }

    /**
     * Reads a parsed sentence after its events were coded: in a sentence after the lead, the occasion of the lead's
     * undated acts with a full day, whose day they take.
     */
    void read(Clause c, List<TimeExpression> timexes, List<Draft> events, String body) {
        if (c.sentence.index() == 0 || !waiting || !timed) return;
        waiting = false;
        List<Draft> leads = new ArrayList<>();
        for (Draft d : events) {
            if (d.sentence == 0 && d.date == null && !d.undatedPast && EventStatus.OCCURRED.equals(d.status)) leads.add(d);
        }
        if (leads.isEmpty()) return;
        TimeExpression day = occasionDay(c, timexes, leads);
        if (day == null) return;
        for (Draft d : leads) ClauseTimes.set(d, day, timexes, body);
    }

    /** The full day of this sentence that dates an occasion of the leads, or null. */
    private static TimeExpression occasionDay(Clause c, List<TimeExpression> timexes, List<Draft> leads) {
        for (int i = 0; i < c.size(); i++) {
            TimeExpression t = Circumstances.timeAt(c, i, timexes);
            if (t == null || Circumstances.timeAt(c, c.head(i), timexes) == t || ClauseTimes.day(Circumstances.dateValue(t)) == null) continue;
            for (int v = c.head(i), hop = 0; v >= 0 && hop < MAX_HOPS; v = c.head(v), hop++) {
                if (!c.pos(v).startsWith("VB")) continue;
                if (past(c, v) && occasionOf(c, v, leads)) return t;
                break;
            }
        }
        return null;
    }

    /** Whether past verb v tells the occasion of the leads' acts. */
    private static boolean occasionOf(Clause c, int v, List<Draft> leads) {
        // dates (s57): "This call was made in its statement on Feb. 5", "The demand came in a letter on Monday"
        if (c.children(v, "nsubj").stream().anyMatch(s -> restatesAct(c, s, leads))) return true;
        boolean byActor = c.subjects(v).stream().anyMatch(s -> namesActor(c, s, leads));
        for (int o : c.children(v, "obj", "nsubj:pass", "obl")) {
            String lemma = c.lemma(o);
            boolean issued = (ISSUING.contains(c.lemma(v)) || HOLDING.contains(c.lemma(v))) && OCCASIONS.contains(lemma);
            if (issued && (byActor || c.relIs(o, "nsubj:pass"))) return true;
        }
        return byActor && SAYING.contains(c.lemma(v));
    }

    /**
     * dates (s57): whether subject s names a lead's act again by its noun, made definite ("the call", "this appeal",
     * "that demand") and owned by no one named ("the company's demand" is another party's): the sentence then dates the
     * lead's act itself, whatever its verb ("was made", "came", "was voiced"). "A similar call" is another act.
     */
    private static boolean restatesAct(Clause c, int s, List<Draft> leads) {
        if (!c.pos(s).startsWith("NN")) return false;
        if (c.children(s, "det").stream().noneMatch(d -> RESTATING_DETERMINERS.contains(c.lower(d)))) return false;
        for (int o : c.children(s, "nmod:poss")) if (!c.pos(o).startsWith("PRP")) return false;
        String noun = c.lemma(s);
        for (Draft d : leads) {
            if (d.trigger == null) continue;
            String verb = d.trigger.toLowerCase(Locale.ROOT).split("\\s+")[0];
            for (String pair : ACT_NOUNS) {
                int colon = pair.indexOf(':');
                if (!pair.substring(0, colon).equals(noun)) continue;
                String stem = pair.substring(colon + 1);
                if (stem.endsWith("e")) stem = stem.substring(0, stem.length() - 1); // "urge" -> "urged", "urging"
                if (verb.startsWith(stem)) return true;
            }
        }
        return false;
    }

    /** Whether subject s names a lead's actor again: a pronoun, or a word of the actor's name. */
    private static boolean namesActor(Clause c, int s, List<Draft> leads) {
        if (c.pos(s).startsWith("PRP")) return PRONOUNS.contains(c.lower(s));
        Set<String> words = new HashSet<>();
        for (int k : c.subtreeWithout(s, Set.of("acl", "acl:relcl"))) words.add(c.lower(k));
        for (Draft d : leads) {
            for (Participant p : d.actors) {
                for (String w : p.name().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    if (!NAME_FILLERS.contains(w) && words.contains(w)) return true;
                }
            }
        }
        return false;
    }

    /** A past form with no modal, or a passive participle. */
    private static boolean past(Clause c, int v) {
        if (c.hasModal(v)) return false;
        return c.pos(v).equals("VBD") || c.pos(v).equals("VBN");
    }
}
