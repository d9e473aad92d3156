package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * A warning is a threat (CAMEO 13) only when it names whom it warns or announces what the warner will do: "warned
 * Japan against sending warships", "warned that it would retaliate", "warned that there will be consequences". A
 * warning of a danger or of a state of things is a forecast, no threat of anyone: "warned of a high risk of famine",
 * "warned that half the population is at risk", "warned that hackers are targeting banks", advice with no one named, "issued advice,
 * warning to be wary of candles". PETRARCH itself codes "warn of disastrous consequences" as a pessimistic
 * comment (012), which PLOVER has no event for. Only a verb of warning ({@code warning-verbs}) with a threat's code
 * is read here; "threatened to", a threat by its own word, is left alone.
 */
final class Warnings {
    private static final Set<String> VERBS = EventWords.get("warning-verbs");
    private static final Set<String> TOPIC_CASES = EventWords.get("warning-topic-cases");
    private static final Set<String> FUTURE = EventWords.get("warning-future-auxiliaries");
    private static final Set<String> OWN_SUBJECTS = EventWords.get("warning-own-subjects");

    private final Clause c;

    Warnings(Clause c) {
        this.c = c;
    }

    /** Whether the word v, a candidate threat, is a warning of a danger or a state of things rather than a threat. */
    boolean forecast(int v, Trigger t) {
        if (t.noun() || !t.cameo().startsWith(CameoCodes.THREATEN_ROOT) || !VERBS.contains(c.lemma(v))) return false;
        // "warned Japan against ...", "Japan was warned": the warning names whom it is addressed to
        if (!c.children(v, "obj", "iobj", "nsubj:pass", "aux:pass").isEmpty()) return false;
        List<Integer> clauses = c.children(v, "ccomp", "parataxis");
        clauses.removeIf(k -> c.infinitival(k));
        boolean topic = c.children(v, "obl").stream().anyMatch(o -> TOPIC_CASES.contains(c.caseOf(o)));
        boolean advice = c.children(v, "xcomp", "ccomp", "advcl").stream().anyMatch(c::infinitival)
                || c.children(v, "xcomp").stream().anyMatch(x -> c.children(x, "mark").stream().anyMatch(m -> c.lower(m).equals("to")));
        if (clauses.isEmpty()) return topic || advice;
        return clauses.stream().noneMatch(this::ownAct);
    }

    /**
     * A that-clause announcing what the warner will do, or what a named party will suffer: a time to come ("will",
     * "would") told of the warner's own pronoun ("it", "they", "we"), of an existential "there" ("there will be
     * consequences"), or of a name ("warned that Seoul will pay dearly"); "prices will rise" is a forecast.
     */
    private boolean ownAct(int clause) {
        boolean future = c.children(clause, "aux", "aux:pass").stream().anyMatch(a -> FUTURE.contains(c.lower(a)));
        if (!future) return false;
        return c.children(clause, "nsubj", "nsubj:pass", "expl").stream()
                .anyMatch(s -> OWN_SUBJECTS.contains(c.lower(s)) || c.pos(s).startsWith("NNP"));
    }
}
