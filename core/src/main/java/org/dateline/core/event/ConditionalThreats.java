package org.dateline.core.event;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.dateline.core.language.Token;
import org.dateline.model.EventType;

/**
 * A hostile act the speaker says it will do on a condition another side can meet is a threat (CAMEO 13): "notified
 * Iraq that it would seize the properties unless Iraq responds", "noted that if the bill passes, he would withhold the
 * state's funds", "said it would strike the bases if Israel attacked". The verb of saying ({@code reporting-verbs},
 * {@code consequence-telling-verbs}) becomes the threat, the act its content. An act of goodwill on a condition is an
 * offer ("said it would resume talks if the U.S. lifted sanctions"), and an act with no condition a plan: neither is
 * read here. A verb of warning has its own row and is left to {@link Warnings}.
 */
final class ConditionalThreats {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    private static final Set<String> TELLING = EventWords.get("consequence-telling-verbs");
    private static final Set<String> CONDITIONS = EventWords.get("threat-condition-marks");
    private static final Set<String> HOSTILE_WORDS = EventWords.get("threatened-hostile-words");
    private static final Set<String> FUTURE = EventWords.get("threat-future-auxiliaries");
    private static final Set<String> OWN_SUBJECTS = EventWords.get("warning-own-subjects");
    private static final Token THREATEN = new Token(0, 0, 0, "threaten", "threaten", "VB", "O");

    private final Clause c;
    private final TriggerLexicon lex;
    private final Function<Trigger, EventType> typeOf;

    ConditionalThreats(Clause c, TriggerLexicon lex, Function<Trigger, EventType> typeOf) {
        this.c = c;
        this.lex = lex;
        this.typeOf = typeOf;
    }

    /** The threat the verb of saying i tells, or null. */
    Trigger trigger(int i) {
        if (!c.pos(i).startsWith("VB") || !SAYING.contains(c.lemma(i)) && !TELLING.contains(c.lemma(i))) return null;
        for (int k : c.children(i, "ccomp", "parataxis")) {
            // "noted if the bill passes, he'd withhold ...": the parser may hang the condition on the verb of saying
            boolean conditioned = conditioned(k, k) || k > i && conditioned(i, k);
            if (conditioned && hostileOwnAct(k)) return lex.triggerFor(THREATEN);
        }
        return null;
    }

    /** Whether verb v has a condition ("if", "unless") before word k or within its own clause k. */
    private boolean conditioned(int v, int k) {
        return c.children(v, "advcl").stream().anyMatch(a -> (v == k || a < k)
                && c.children(a, "mark").stream().anyMatch(m -> CONDITIONS.contains(c.lower(m))));
    }

    /** A clause of the speaker's own hostile act to come ("it would seize ...", "he'd withhold ..."). */
    private boolean hostileOwnAct(int k) {
        boolean future = c.children(k, "aux").stream().anyMatch(a -> FUTURE.contains(c.lower(a)));
        boolean own = c.children(k, "nsubj", "expl").stream().anyMatch(s -> OWN_SUBJECTS.contains(c.lower(s)));
        if (!future || !own) return false;
        Set<Integer> act = new HashSet<>(c.subtreeWithout(k, Set.of("advcl", "ccomp", "parataxis")));
        for (int j : act) {
            if (HOSTILE_WORDS.contains(c.lemma(j)) || HOSTILE_WORDS.contains(c.lower(j))) return true;
            Trigger t = lex.triggerFor(c.tokens.get(j));
            if (t != null && BlamedActs.HOSTILE.contains(typeOf.apply(t))) return true;
        }
        return false;
    }
}
