package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventType;

/**
 * A label of blame a verb of naming gives ("called the plan a disaster", 'called the weather "extremely
 * problematic"') accuses someone only when what it names is a party or a party's own thing ("called the senator a
 * liar", "called the Senate's new rules a disaster", where the possessor is the one blamed): a verdict on a thing no
 * one is named for is an opinion, not an accusation. A label of praise ("called Wilson an outstanding nominee",
 * "calling Azerbaijan's stance fair") is praise of the one named on the same terms: "called the deal excellent" judges
 * a state of affairs and praises no one. Read after the clause's parties are found.
 */
final class NamingLabels {
    private static final Set<String> NAMING = EventWords.get("naming-verbs");
    private static final Set<String> EPITHETS = EventWords.get("epithet-nouns");
    private static final Set<String> ACCLAIM = EventWords.get("acclaim-words");
    private static final Set<String> PRAISE_LABELS = EventWords.get("praise-label-words");

    private final Clause c;

    NamingLabels(Clause c) {
        this.c = c;
    }

    /**
     * Whether word k is a label of blame a verb of naming gives its second object ("called X a coward", "branded the
     * plan a cynical ploy", "called the move reckless"): a predicate of blame of triggers.tsv, an epithet, or a noun an
     * adjective of blame judges ({@link ReportedBlame#culpability}), as the second object ({@link #isSecondObject}).
     */
    static boolean blames(Clause c, TriggerLexicon lex, int k) {
        if (!isSecondObject(c, k)) return false;
        Trigger t = new ReportedBlame(c, lex).culpability(k);
        return t != null && t.objs().isEmpty() || EPITHETS.contains(c.lemma(k));
    }

    /**
     * Whether word k is a label of praise a verb of naming gives its second object: a word of acclaim or of praise
     * ({@code acclaim-words}, {@code praise-label-words}) that is the label or one of its adjectives ("a hero", "an
     * outstanding nominee", "fair"). A label of blame beside it ("a great liar") is no praise.
     */
    static boolean praises(Clause c, int k) {
        if (!isSecondObject(c, k) || EPITHETS.contains(c.lemma(k))) return false;
        if (isPraise(c, k)) return true;
        return c.children(k, "amod", "advmod").stream().anyMatch(a -> isPraise(c, a));
    }

    private static boolean isPraise(Clause c, int k) {
        return ACCLAIM.contains(c.lemma(k)) || PRAISE_LABELS.contains(c.lemma(k)) || PRAISE_LABELS.contains(c.lower(k));
    }

    /**
     * Whether word k, a noun or adjective, is the verb's second object, the label: "branded the minister a coward"
     * may come parsed as two objects, the one named the first (iobj). Only a second object: "called the corrupt
     * minister" is a telephone call, whatever its object is called.
     */
    private static boolean isSecondObject(Clause c, int k) {
        boolean second = c.relIs(k, "xcomp") || c.relIs(k, "obj") && c.children(c.head(k), "iobj").stream().anyMatch(o -> o < k);
        return second && c.pos(k).matches("NN.*|JJ.*");
    }

    /** Whether verb v is a verb of naming whose label of blame or praise lands on no party of coding e. */
    boolean onNoParty(int v, Coding e) {
        if (e.type != EventType.ACCUSE && e.type != EventType.SUPPORT || !c.pos(v).startsWith("VB") || !NAMING.contains(c.lemma(v))
                || c.children(v, "xcomp", "iobj").isEmpty() || !e.others.isEmpty()) return false;
        List<Integer> named = new ArrayList<>(c.childrenExact(v, "obj"));
        named.addAll(c.childrenExact(v, "iobj")); // "branded the minister a coward" read as two objects
        for (int x : c.children(v, "xcomp")) named.addAll(c.childrenExact(x, "nsubj")); // "called his rival a failure"
        return named.stream().noneMatch(this::namesSomeone);
    }

    /**
     * Whether the named phrase names someone the coder could not place: a name, a pronoun or a possessor ("his
     * rival"), or an actor noun ("the minister"); "the plan", "the weather" name no one.
     */
    private boolean namesSomeone(int o) {
        if (CommonNounActors.sectorOf(c.lemma(o)) != null || ImportedAgents.sectorOf(c.lower(o)) != null) return true;
        for (int w : c.subtree(o)) {
            if (c.pos(w).startsWith("NNP") || c.pos(w).startsWith("PRP") || c.relIs(w, "nmod:poss")) return true;
        }
        return false;
    }
}
