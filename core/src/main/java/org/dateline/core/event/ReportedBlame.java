package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Blame told by report in general news: a verb of saying whose reported clause holds a predicate of blame
 * (rows of part of speech C in triggers.tsv) is the speaker's accusation ({@link TriggerGrammar#culpabilityTrigger}).
 * This class says which clauses a verb of saying reports and whether one of them blames someone, for three shapes the
 * that-clause reading alone missed:
 * <ul>
 * <li>the quote told first, the verb of saying hung on it as an aside ("'The deal is illegal,' the senator said"), or
 * after a colon ("said: 'The troops committed massacres'");</li>
 * <li>a predicate of blame after a verb of seeming ("said it looks very suspicious", "the plan seems reckless");</li>
 * <li>a subject that is an actor noun rather than a name ("said the government was corrupt", "said ministers had
 * failed to consult anyone"): a body of public life is someone, as a name or a pronoun is;</li>
 * <li>a deed whose object an adjective of blame judges ("said X had made inappropriate comments").</li>
 * </ul>
 * A row may bind its predicate to objects ("committed massacres", not "committed funds"), and a verb that blames only
 * a party ({@code party-blame-verbs}: "failed") needs a subject that names one and a past, not a forecast: "said the
 * talks failed" and "said X would fail to win" blame no one.
 */
final class ReportedBlame {
    private static final Set<String> SEEMING = EventWords.get("seeming-verbs");
    private static final Set<String> PARTY_VERBS = EventWords.get("party-blame-verbs");

    private final Clause c;
    private final TriggerLexicon lex;
    private final ResponsibilityBlame responsibility;

    ReportedBlame(Clause c, TriggerLexicon lex) {
        this.c = c;
        this.lex = lex;
        this.responsibility = new ResponsibilityBlame(c, lex);
    }

    /**
     * The heads of the clauses verb of saying v reports: its that-clauses; a quote after a colon; or, when v is an
     * aside hung on the sentence's root that comes before it ("X is corrupt, he said"), that root.
     */
    static List<Integer> contents(Clause c, int v) {
        List<Integer> out = new ArrayList<>(c.childrenExact(v, "ccomp"));
        if (v + 1 < c.size() && c.lower(v + 1).equals(":")) {
            for (int k : c.childrenExact(v, "parataxis")) if (k > v) out.add(k);
        }
        int h = c.head(v);
        if (out.isEmpty() && h >= 0 && h < v && c.relIs(h, "root") && c.relIs(v, "parataxis", "ccomp")) out.add(h);
        return out;
    }

    /** The row of blame clause k lays on its subject, or null when it blames no one. */
    Trigger blame(int k) {
        int pred = k;
        Trigger t = culpability(k);
        if (t == null && SEEMING.contains(c.lemma(k))) {
            for (int a : c.childrenExact(k, "xcomp")) {
                t = culpability(a);
                if (t != null) {
                    pred = a;
                    break;
                }
            }
        }
        // "said X had made inappropriate comments", "said X made racist remarks": the doer of what an
        // adjective of blame judges is blamed, as "said X's comments were inappropriate" blames X
        if (t == null && c.pos(k).startsWith("VB") && !c.hasModal(k)) {
            for (int o : c.childrenExact(k, "obj")) {
                // the adjective only: "said the police investigated the crime" blames no one
                t = c.pos(o).startsWith("NN") ? judgingAdjective(o) : null;
                if (t != null) {
                    pred = o;
                    break;
                }
            }
        }
        // "said Iraq was responsible for the attack", "said the rebels were behind the bombing": a harm laid on a party
        if (t == null && responsibility.lays(k)) return namesParty(k) ? ResponsibilityBlame.CHARGE : null;
        // "said the danger of war is growing due to the moves of X": a harm laid at a party's door
        if (t == null && CausedHarms.lays(c, k)) return CausedHarms.BLAME;
        if (t == null || c.childrenExact(k, "nsubj").isEmpty()) return null;
        Trigger row = t;
        if (!row.objs().isEmpty() && c.children(pred, "obj").stream().noneMatch(o -> row.objs().contains(c.lemma(o)))) return null;
        // the row's objects are its predicate's, not the verb of saying's that carries the blame
        Trigger said = row.withoutObjects();
        boolean verb = pred == k && c.pos(k).startsWith("VB");
        if (verb && !PARTY_VERBS.contains(c.lemma(k))) return said; // "said X had lied": the verb's doer is blamed
        // "said X would fail to win": a forecast, not a fault laid on X
        if (verb && c.hasModal(k)) return null;
        if (!verb && !c.children(pred, "xcomp").isEmpty()) return null; // "illegal to drive on" judges the act, not its subject
        return namesParty(k) ? said : null;
    }

    /**
     * The row of blame of predicate k: its word, or for a noun predicate with no row of its own, an
     * adjective of blame it carries ("said it was a regrettable sign of weakness", "said the move was a reckless
     * gamble"): the noun only names what the adjective judges.
     */
    Trigger culpability(int k) {
        Trigger t = culpabilityOfWord(k);
        return t != null || !c.pos(k).startsWith("NN") ? t : judgingAdjective(k);
    }

    /** The row of an adjective of blame noun k carries ("a reckless gamble"), or null. */
    private Trigger judgingAdjective(int k) {
        for (int a : c.childrenExact(k, "amod")) {
            // not a participle of a verb of blame: "said Somalia was a failed state" blames no one
            Trigger m = c.pos(a).startsWith("JJ") && !PARTY_VERBS.contains(c.lemma(a)) ? culpabilityOfWord(a) : null;
            if (m != null && m.objs().isEmpty()) return m;
        }
        return null;
    }

    private Trigger culpabilityOfWord(int k) {
        Trigger t = lex.culpability(c.lower(k)); // a word form first: "lied", not the "lie" of "the answer lies in"
        return t != null ? t : lex.culpability(c.lemma(k));
    }

    /**
     * Whether clause k's subject names someone: a proper name, a pronoun or a possessor in its phrase ("Iran's
     * actions"), or an actor noun at its head ("the government", "ministers": actor-nouns.tsv or the Phoenix agents).
     */
    private boolean namesParty(int k) {
        for (int s : c.childrenExact(k, "nsubj")) {
            if (CommonNounActors.sectorOf(c.lemma(s)) != null || ImportedAgents.sectorOf(c.lower(s)) != null) return true;
            for (int w : c.subtree(s)) {
                String pos = c.pos(w);
                if (pos.startsWith("NNP") || pos.startsWith("PRP") || c.relIs(w, "nmod:poss")) return true;
            }
        }
        return false;
    }
}
