package org.dateline.core.event;

import java.util.Map;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * An event its own words left undated that takes the date of a word it is linked to in the same sentence: a verb it is
 * coordinated with ("met X and the same day signed"; "On Monday, X arrived and signed the deal"), the document whose
 * content it tells ("issued a statement on April 7 denouncing X", "the paper on May 2 carried an article praising X"), the saying that reports an intention ("Last week,
 * the North said that it was open to talks"), the clause introduced by "when" or "while" that it happened during, the
 * dated verb a bare participle adjunct hangs on ("visited X on Saturday, praising Y") or the dated noun a relative
 * clause tells the act of ("an Oct. 7 attack, which killed 40").
 * Each method is one construction; {@link ClauseDates} applies them in a fixed order, the first to date an event wins.
 */
final class LinkedDates {
    private static final Set<String> SAME_DAY_MODIFIERS = EventWords.get("same-day-modifiers");
    private static final Set<String> SIMULTANEITY_MARKS = EventWords.get("simultaneity-marks");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");
    private static final Set<String> RELATIVE_SUBJECTS = EventWords.get("subject-relative-pronouns");
    private static final Set<String> HOLDING = EventWords.union("roundup-verbs", "gathering-convening-verbs");
    private static final Set<String> GATHERINGS = EventWords.union("speech-occasion-nouns", "roundup-gathering-nouns",
            "protest-occasion-nouns");
    /** How far above a gathering's date its holding verb may be ("on Feb. 15" under "Seoul" under "building" under "held"). */
    private static final int MAX_GATHERING_HOPS = 4;
    /** How far up open complements a stated intention may climb to the reporting verb. */
    private static final int MAX_SAYING_CLIMB = 6;

    private final ClauseTimes times;
    private final Clause c;

    LinkedDates(ClauseTimes times) {
        this.times = times;
        this.c = times.c;
    }

    /** "... and the same day signed": a coordinated verb with "the same day" takes the first verb's date. */
    void sameDayConjuncts(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            if (e.getKey().date != null) continue;
            for (int a : e.getValue()) {
                if (!c.relIs(a, "conj") || !sameDay(a)) continue;
                TimeExpression t = times.dateOfWord(c.head(a));
                if (t != null) times.set(e.getKey(), t);
            }
        }
    }

    /** "the same day", "that day" as an object or oblique of a verb: a day named earlier in the sentence. */
    private boolean sameDay(int v) {
        for (int k : c.children(v, "obj", "obl", "nmod")) {
            if (!c.lemma(k).equals("day")) continue;
            for (int m : c.children(k, "amod", "det")) if (SAME_DAY_MODIFIERS.contains(c.lower(m))) return true;
        }
        return false;
    }

    /**
     * "issued a statement on April 7 denouncing X": a participle telling what a document or forum said (its doer is the
     * issuer, see {@link Subjects#documentAdjunctHost}) happens when the document was issued, also with the date parsed
     * as the participle's head.
     */
    void participles(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                int host = Subjects.documentAdjunctHost(c, a);
                if (e.getKey().date != null || host < 0) continue;
                TimeExpression t = c.relIs(a, "acl") ? times.timexHeadedBy(c.head(a)) : times.dateOfWord(host);
                if (t != null) times.set(e.getKey(), t);
            }
        }
    }

    /**
     * "The newspaper on May 2 carried an article praising X", "issued on Monday a statement denouncing Y": a participle
     * on the document that a verb issues tells what the document says, so it happens when the document was issued:
     * the date on the issuing verb, or, as news agencies write it, on the verb's subject.
     */
    void documentContents(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                int verb = issuingVerb(a);
                if (e.getKey().date != null || verb < 0) continue;
                TimeExpression t = times.dateOfWord(verb);
                for (int s : c.subjects(verb)) if (t == null) t = times.dateOfWord(s);
                if (t != null) times.set(e.getKey(), t);
            }
        }
    }

    /** The verb whose object is the document a participle describes ("carried an article praising"), else -1. */
    private int issuingVerb(int a) {
        if (!c.pos(a).equals("VBG") || !c.relIs(a, "acl")) return -1;
        int noun = c.head(a);
        if (noun < 0 || !UTTERANCES.contains(c.lemma(noun)) || !c.relIs(noun, "obj")) return -1;
        int verb = c.head(noun);
        return verb >= 0 && c.pos(verb).startsWith("VB") ? verb : -1;
    }

    /**
     * "Last week, the North said that it was open to talks": a stated intention takes the day of the saying that
     * reports it, climbing open complements to the that-clause of the reporting verb.
     */
    void sayings(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            if (e.getKey().date != null || !e.getKey().statement) continue;
            for (int a : e.getValue()) {
                TimeExpression t = dateOfSaying(a);
                if (t != null && e.getKey().date == null) times.set(e.getKey(), t);
            }
        }
    }

    private TimeExpression dateOfSaying(int a) {
        for (int n = a, guard = 0; n >= 0 && guard < MAX_SAYING_CLIMB; n = c.head(n), guard++) {
            if (c.relIs(n, "ccomp")) return times.dateOfWord(c.head(n));
            if (!c.relIs(n, "xcomp")) return null;
        }
        return null;
    }

    /**
     * "In 1950 he visited the front and met the soldiers", "On Monday, X arrived and signed the deal": a date put
     * before the first of coordinated verbs (also on its subject: "the paper on May 2 carried an article and praised
     * X") dates each of them; one written after the first verb is that verb's own, unless that verb holds a gathering
     * ("held a press conference on Feb. 15 and urged Y", "staged a rally on May 3 and demanded"): what its holders
     * go on to do in the same sentence they did there, that day (s57).
     */
    void coordinated(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                if (e.getKey().date != null || !c.relIs(a, "conj") || !c.pos(a).startsWith("VB")) continue;
                int first = c.head(a);
                TimeExpression t = times.dateOfWord(first);
                for (int s : c.subjects(first)) if (t == null) t = times.dateOfWord(s);
                if (t != null && t.start() < c.tokens.get(first).start()) times.set(e.getKey(), t);
                // s57: "held a press conference in Seoul on Feb. 15 and urged Y": the gathering's day, wherever it hangs
                if (e.getKey().date == null && holdsGathering(first)) {
                    TimeExpression held = times.dateBelow(first, MAX_GATHERING_HOPS);
                    if (held != null && held.start() < c.tokens.get(a).start()) times.set(e.getKey(), held);
                }
            }
        }
    }

    /** Whether verb v holds a gathering as its object: "held a press conference", "staged a rally", "convened a meeting". */
    private boolean holdsGathering(int v) {
        if (!HOLDING.contains(c.lemma(v))) return false;
        for (int o : c.childrenExact(v, "obj")) if (GATHERINGS.contains(c.lemma(o))) return true;
        return false;
    }

    /**
     * "When visiting Iraq in 2008, the president was pelted with shoes": what happened when or while something else
     * did shares the date the clause of the other gives, either way round.
     */
    void whenClauses(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                for (int clause : c.children(a, "advcl")) {
                    if (e.getKey().date != null || !simultaneous(clause)) continue;
                    TimeExpression t = times.dateOfWord(clause);
                    if (t != null) times.set(e.getKey(), t);
                }
                // and the other way: "In 1968, when the navy was threatening Peru, Lima rejected ...": the threat too
                TimeExpression main = c.relIs(a, "advcl") && simultaneous(a) ? times.dateOfWord(c.head(a)) : null;
                if (e.getKey().date == null && main != null) times.set(e.getKey(), main);
            }
        }
    }

    /** An adverbial clause introduced by "when" or "while". */
    private boolean simultaneous(int clause) {
        for (int m : c.children(clause, "mark", "advmod")) if (SIMULTANEITY_MARKS.contains(c.lower(m))) return true;
        return false;
    }

    /**
     * "Biden visits the plant on Thursday, celebrating the contract": a bare participle adjunct (no subject, no
     * subordinator of its own) tells what the dated act does, so it takes the date on the verb it hangs from, or on
     * that verb's open complement ("is scheduled to visit X on Thursday, celebrating Y").
     */
    void participleAdjuncts(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                if (e.getKey().date != null || !bareParticipleAdjunct(c, a)) continue;
                int verb = c.head(a);
                TimeExpression t = times.dateOfWord(verb);
                for (int x : c.children(verb, "xcomp")) if (t == null && x != a) t = times.dateOfWord(x);
                if (t != null) times.set(e.getKey(), t);
            }
        }
    }

    /** A participle clause of a verb: "advcl", or the parser's "dep" for one set off by a comma ("on Monday, praising"). */
    static boolean bareParticipleAdjunct(Clause c, int a) {
        boolean adjunct = c.relIs(a, "advcl") || c.rel(a).equals("dep") && a > 0 && c.lower(a - 1).equals(",");
        return adjunct && c.pos(a).equals("VBG") && c.subjects(a).isEmpty() && c.children(a, "mark", "case").isEmpty()
                && c.head(a) >= 0 && c.pos(c.head(a)).startsWith("VB");
    }

    /**
     * "an Oct. 7 attack on the town, which killed 40 people": a past act told in a relative clause whose subject is
     * the relative pronoun is the act of the noun it hangs on, and happened on the day written on that noun.
     */
    void relativeClauses(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                if (e.getKey().date != null || !c.relIs(a, "acl:relcl") || !c.pos(a).equals("VBD")) continue;
                boolean pronounSubject = false;
                for (int s : c.subjects(a)) pronounSubject |= RELATIVE_SUBJECTS.contains(c.lower(s));
                TimeExpression t = pronounSubject ? times.dateOfWord(c.head(a)) : null;
                if (t != null) times.set(e.getKey(), t);
            }
        }
    }
}
