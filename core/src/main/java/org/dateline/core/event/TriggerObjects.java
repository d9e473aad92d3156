package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.EntityType;

/**
 * The objects a verb's trigger row asks for ("pressed charges", "called X a liar", "received Ali Hassan"): which
 * words of the clause are the verb's objects, and whether one of them is what the row names, by lemma or by one of
 * the row's object classes ({@value TriggerGrammar#PERSON_OBJECT}, {@value TriggerGrammar#TOLD_OBJECT},
 * {@value TriggerGrammar#BLAME_LABEL}, {@value TriggerGrammar#PRAISE_LABEL}). Kept apart from {@link TriggerGrammar}, which asks it while it confirms a
 * verb, because finding and matching objects is one job of its own with its parse quirks.
 */
final class TriggerObjects {
    private final Clause c;
    private final TriggerLexicon lex;

    TriggerObjects(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
    }

    /** A verb's objects for its row's lemmas: object, passive subject, second object ("called X a liar"), and the
     *  noun of the verbless clause the parser makes of a quoted label ('called the remarks "rhetoric"'). */
    List<Integer> of(int i) {
        List<Integer> out = new ArrayList<>(c.children(i, "obj", "nsubj:pass", "xcomp"));
        for (int k : c.childrenExact(i, "ccomp")) {
            if (c.pos(k).startsWith("NN") && !c.childrenExact(k, "nsubj").isEmpty() && c.children(k, "cop").isEmpty()) out.add(k);
        }
        return out;
    }

    /**
     * Whether word k is one of the objects a trigger needs: one of its lemmas, or, for
     * {@value TriggerGrammar#PERSON_OBJECT}, a person by name ("received Ali Hassan": whoever is received in person is
     * a guest, whatever the name).
     */
    boolean is(int k, Trigger t) {
        if (t.objs().contains(c.lemma(k))) return true;
        if (CountedWords.counted(c, k).stream().anyMatch(m -> t.objs().contains(c.lemma(m)))) return true;
        if (t.objs().contains(TriggerGrammar.TOLD_OBJECT) && toldTo(k)) return true;
        if (t.objs().contains(TriggerGrammar.BLAME_LABEL) && NamingLabels.blames(c, lex, k)) return true; // "called X a coward"
        if (t.objs().contains(TriggerGrammar.PRAISE_LABEL) && NamingLabels.praises(c, k)) return true; // "called X a hero"
        return t.objs().contains(TriggerGrammar.PERSON_OBJECT)
                && c.entitiesAt(k).stream().anyMatch(e -> e.type() == EntityType.PERSON);
    }

    /** "pressed Israel to allow aid": object k comes before an infinitive complement ("to" + verb) of its verb. */
    private boolean toldTo(int k) {
        return c.children(c.head(k), "xcomp").stream().anyMatch(x -> x > k && c.pos(x).startsWith("VB")
                && c.children(x, "mark").stream().anyMatch(m -> c.lower(m).equals("to")));
    }
}
