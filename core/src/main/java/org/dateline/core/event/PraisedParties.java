package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * Whom a reported judgement praises when its subject is no named person: a capitalised title standing
 * for one named earlier ("the President is a gifted strategist, she said"), a person's own act or quality ("His
 * visit was an epochal event", "Silva's wisdom is great"), or the person under whose leadership the clause's subject
 * did well ("under the wise leadership of Silva the army has become the main force", "thanks to the line pursued by
 * Silva"): the nouns of guidance ({@code praised-guidance-nouns}) whose "of" phrase, possessor or "by" agent is a
 * person. A part of {@link ReportedPraise}, which has checked the saying and the word of acclaim already.
 */
final class PraisedParties {
    private static final Set<String> GUIDANCE = EventWords.get("praised-guidance-nouns");
    private static final Set<String> POSSESSIVES = EventWords.get("person-possessives");
    private static final Set<String> REVERENCE = EventWords.get("reverence-verbs");
    private static final Set<String> REGARD = EventWords.get("praised-regard-nouns");
    private static final Set<String> REGARD_CASES = EventWords.get("praised-regard-cases");

    private PraisedParties() {}

    /** The person the reported clause (headed by content) judges, beyond a named subject; empty when none. */
    static List<Participant> of(Clause c, int content, ArticleContext ctx, TitledReferents titles) {
        // "said she felt the benevolence of Silva": the one regarded, not the subject who regards him
        Entity regarded = regardedIn(c, content);
        if (regarded != null) return List.of(ctx.participant(regarded));
        for (int s : c.children(content, "nsubj")) {
            Entity e = person(c, s); // "the president Ana Silva is a great leader": the name in the subject's core
            if (e == null) e = titled(c, s, titles);
            if (e == null) e = possessor(c, s, titles);
            if (e == null) e = byAgent(c, s, titles); // "the feats performed by the President"
            if (e != null) return List.of(ctx.participant(e));
        }
        Entity done = agentOrRevered(c, content, titles);
        if (done != null) return List.of(ctx.participant(done));
        for (int n : c.subtree(content)) {
            if (!GUIDANCE.contains(c.lemma(n)) || !c.pos(n).startsWith("NN")) continue;
            Entity e = leaderOf(c, n, titles);
            if (e != null) return List.of(ctx.participant(e));
        }
        return List.of();
    }

    /**
     * Whether the reported clause holds a noun of a person's virtue or of regard for a person ({@code
     * praised-regard-nouns}: "the warm benevolence of Silva", "their reverence for Silva", "the love of Silva") that
     * names the person: words that acclaim, though no adjective of acclaim is there.
     */
    static boolean regards(Clause c, int content) {
        return regardedIn(c, content) != null;
    }

    /** The person the first noun of virtue or regard in the clause names ({@link #regarded}), or null. */
    private static Entity regardedIn(Clause c, int content) {
        for (int n : c.subtree(content)) {
            Entity r = REGARD.contains(c.lemma(n)) && c.pos(n).startsWith("NN") ? regarded(c, n) : null;
            if (r != null) return r;
        }
        return null;
    }

    /** Whether a sentence holds a noun of virtue or regard ({@link #regards}), for its first look. */
    static boolean mayRegard(String lemma) {
        return REGARD.contains(lemma);
    }

    /**
     * The person a noun of virtue or regard is about: its possessor or its "of", "for" or "towards" phrase, by name
     * ("Silva's benevolence", "reverence for Silva"); a pronoun or a bare title is not enough here, for the regard of
     * someone unnamed ("his love of the sea") praises no one. Null if none.
     */
    private static Entity regarded(Clause c, int n) {
        for (int k : c.children(n, "nmod", "nmod:poss")) {
            if (!c.relIs(k, "nmod:poss") && !REGARD_CASES.contains(c.caseOf(k))) continue;
            for (int w : c.subtreeWithout(k, ParticipantFinder.CORE_CUT)) {
                for (Entity e : c.entitiesAt(w)) if (e.type() == EntityType.PERSON) return e;
            }
        }
        return null;
    }

    /** "the President", "the respected General": a capitalised title after "the", for the one named with it before. */
    private static Entity titled(Clause c, int s, TitledReferents titles) {
        if (!c.pos(s).startsWith("NNP") || !c.entitiesAt(s).isEmpty()) return null;
        if (c.children(s, "det").stream().noneMatch(d -> c.lower(d).equals("the"))) return null;
        if (!c.children(s, "compound", "nmod", "appos", "flat").isEmpty()) return null;
        return titles.titled(c.lower(s), c.sentence.index());
    }

    /**
     * The person a passive reported clause names as its doer ("a new continuity is given by Silva to the
     * cause"), or whom a clause of reverence has for its object ("mankind reveres and follows Silva"): the doer of an
     * acclaimed deed, the one revered, as a named subject is.
     */
    private static Entity agentOrRevered(Clause c, int content, TitledReferents titles) {
        for (int k : c.children(content, "obl")) {
            if (!c.caseOf(k).equals("by")) continue;
            Entity e = person(c, k);
            if (e == null) e = titled(c, k, titles);
            if (e != null) return e;
        }
        if (!REVERENCE.contains(c.lemma(content))) return null;
        for (int o : c.children(content, "obj")) {
            Entity e = person(c, o);
            if (e == null) e = titled(c, o, titles);
            if (e != null) return e;
        }
        return null;
    }

    /** "His visit", "Silva's wisdom", "the President's life": the subject's possessor, a named person, a capitalised
     *  title for the one named with it before, or "his"/"her" for the one last named. */
    private static Entity possessor(Clause c, int s, TitledReferents titles) {
        for (int p : c.childrenExact(s, "nmod:poss")) {
            Entity named = person(c, p);
            if (named == null) named = titled(c, p, titles);
            if (named != null) return named;
            if (POSSESSIVES.contains(c.lower(p))) return titles.lastBefore(c.sentence.index(), c.tokens.get(0).start());
        }
        return null;
    }

    /**
     * The person whose leadership the noun n is: its "of" phrase, its possessor, or the "by" agent of its participle.
     * A possessive pronoun ("under his wise leadership", "the history of his party leadership") stands for the person
     * last named before the clause, as it does on a judged subject ({@link #possessor}).
     */
    private static Entity leaderOf(Clause c, int n, TitledReferents titles) {
        for (int k : c.children(n, "nmod", "nmod:poss")) {
            // relIs reads "nmod" as any nmod:* too: a possessor has no case and must not be taken for another phrase
            boolean possessor = c.relIs(k, "nmod:poss");
            if (!possessor && !c.caseOf(k).equals("of")) continue;
            Entity e = person(c, k);
            if (e == null) e = titled(c, k, titles);
            if (e == null && possessor && POSSESSIVES.contains(c.lower(k))) {
                e = titles.lastBefore(c.sentence.index(), c.tokens.get(0).start());
            }
            if (e != null) return e;
        }
        // "under the wise leadership of X" where the parser hung "of X" on the verb: the "of" phrase right after the noun
        int last = c.subtree(n).get(c.subtree(n).size() - 1);
        for (int k : c.children(c.head(n), "obl", "nmod")) {
            if (k <= n || !c.caseOf(k).equals("of") || c.subtree(k).get(0) != last + 1) continue;
            Entity e = person(c, k);
            if (e != null) return e;
        }
        return byAgent(c, n, titles);
    }

    /**
     * The person the "by" phrase of a participle on the noun n names, by name or by a title: "the line pursued by
     * Silva", and on a judged subject "the feats performed by the President are great", "the idea founded by Silva
     * is invincible": a deed or work its participle credits to a person, whose praise it is. Null if none.
     */
    private static Entity byAgent(Clause c, int n, TitledReferents titles) {
        for (int a : c.children(n, "acl")) {
            for (int k : c.children(a, "obl")) {
                if (!c.caseOf(k).equals("by")) continue;
                Entity e = person(c, k);
                if (e == null) e = titled(c, k, titles);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** A person the nominal at i names, on its head or in its core ("General Secretary Silva"). */
    private static Entity person(Clause c, int i) {
        for (int k : c.subtreeWithout(i, ParticipantFinder.CORE_CUT)) {
            for (Entity e : c.entitiesAt(k)) if (e.type() == EntityType.PERSON || e.type() == EntityType.PRONOUN) return e;
        }
        return null;
    }
}
