package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What a verb coordinated with another takes from it. English lets a bare verb after "and" lean on the first verb's
 * auxiliary and subject: in "will track down the smugglers and punish them" both acts are future, in "plans to visit
 * Lima and meet the president" both are planned. A verb with a tense, an auxiliary or a subject of its own is a clause
 * of its own, whatever it is coordinated with: in "troops killed two men and will pursue the rest" the killing is past,
 * in "will never pardon them and will punish them" the punishment is not refused, in "refused to meet the leader and
 * arrested his aides" (the parser hangs the arrest under the meeting) nothing is refused of the arrest.
 *
 * <p>A contrast ("not X but Y") asserts its second verb: "will never pardon them but punish them" refuses the pardon and
 * vows the punishment, so a conjunct after "but" takes the first verb's future and none of its negation.
 *
 * <p>Static helpers over a parsed clause: the rule is one of English, used wherever a status, a mode or a refusal is
 * read off the verb a conjunct hangs from ({@link Modality}, {@link Subjects}, {@link Rhetoric},
 * {@link CandidateFolding}), and wherever a rule reads a listed word together with the words listed with it
 * ({@link #withConjuncts}).
 */
final class Coordination {
    private static final Set<String> CONTRASTS = EventWords.get("contrastive-conjunctions");
    private static final Set<String> PLURAL_OBJECTS = EventWords.get("plural-object-pronouns");
    private static final Set<String> SINGULAR_OBJECTS = EventWords.get("object-personal-pronouns");
    /** Tags of a verb with a tense of its own: past, present third person (a bare verb is VB, or VBP by its form). */
    private static final Set<String> TENSED = Set.of("VBD", "VBZ");

    private Coordination() {}

    /** Whether v is a verb coordinated with (hung as "conj" under) another verb. */
    static boolean verbalConjunct(Clause c, int v) {
        int h = c.head(v);
        return v >= 0 && h >= 0 && c.relIs(v, "conj") && c.pos(v).startsWith("VB") && c.pos(h).startsWith("VB");
    }

    /**
     * "police arrested two men and charged them", "met the president and thanked him": the object pronoun of a verb
     * coordinated with an earlier one and sharing its subject stands for the earlier verb's object (the subject
     * being shared, the pronoun names someone else, the one just acted on). The earlier object, or -1.
     */
    static int sharedObject(Clause c, int obj) {
        if (!c.relIs(obj, "obj") || !PLURAL_OBJECTS.contains(c.lower(obj)) && !SINGULAR_OBJECTS.contains(c.lower(obj))) return -1;
        int v = c.head(obj);
        if (!verbalConjunct(c, v) || !c.subjects(v).isEmpty()) return -1;
        for (int o : c.children(c.head(v), "obj")) if (o < obj && !c.pos(o).startsWith("PRP")) return o;
        return -1;
    }

    /**
     * Whether the conjunct v opens a verb group of its own: a tense ("killed", "says"), an auxiliary ("will pursue",
     * "has met") or a subject ("and the army attacked") of its own. Such a verb shares nothing with the verb before it.
     */
    static boolean ownVerbGroup(Clause c, int v) {
        return TENSED.contains(c.pos(v)) || !c.children(v, "aux", "aux:pass").isEmpty() || !c.subjects(v).isEmpty();
    }

    /**
     * A bare verb coordinated with another and leaning on its auxiliary: "(will track down X and) punish them", with
     * no tense, auxiliary or subject of its own. Its head's "will" or "would" is its own. One step only: the parser
     * hangs every later conjunct on the first verb; {@link #auxiliaryHolder} climbs for readings that need more.
     */
    static boolean sharesAuxiliary(Clause c, int v) {
        return verbalConjunct(c, v) && (c.pos(v).equals("VB") || c.pos(v).equals("VBP")) && !ownVerbGroup(c, v);
    }

    /**
     * The conjunct whose auxiliary v has: from v up each "conj" link whose lower conjunct {@code leans} on the one
     * above it (has no auxiliary or subject of its own, as the caller's reading needs), to the first conjunct that
     * does not lean, or v itself. In "can advise and encourage them" the encouraging leans on "advise" and its "can";
     * in "was taken into custody and charged" the charging leans on "taken" and its passive subject. What counts as
     * leaning differs by reading (a tense, a passive subject), so it is the caller's.
     */
    static int auxiliaryHolder(Clause c, int v, IntPredicate leans) {
        while (c.relIs(v, "conj") && c.head(v) >= 0 && leans.test(v)) v = c.head(v);
        return v;
    }

    /**
     * The first of the conjuncts v is joined to ("to kill X and destroy Y": "kill"), which carries what the others
     * share: the link to the word above ("a relative clause", "a purpose", "a complement of hope"). Climbs at most four
     * "conj" links; v itself when it is no conjunct.
     */
    static int firstConjunct(Clause c, int v) {
        return firstConjunct(c, v, 4);
    }

    /**
     * The first of the conjuncts v is joined to, climbing at most {@code links} "conj" links: a list of places or
     * gatherings may run longer than a pair of verbs ({@link ListedGatherings}).
     */
    static int firstConjunct(Clause c, int v, int links) {
        for (int guard = 0; v >= 0 && guard < links && c.relIs(v, "conj"); guard++) v = c.head(v);
        return v;
    }

    /**
     * The word n with the words coordinated with it: "called on the workers, farmers and intellectuals" read at
     * "workers" gives all three; n first, then its conjuncts in the order they are written.
     *
     * <p>One level of "conj" links is the whole list. Universal Dependencies hangs every later member of a
     * coordination on the first one, not each on the one before it: in "workers, farmers and intellectuals" both
     * "farmers" and "intellectuals" are "conj" dependents of "workers", so the first member's "conj" children are
     * the rest of its list. The list is read from its first member, the one the rest of the clause hangs on (the
     * object, the subject, the modifier a caller finds); a word that is itself a later member has no conjuncts of its
     * own and gives itself alone ({@link #firstConjunct} climbs to the first member when a caller holds a later one).
     * A conjunct's own "conj" children (a misparse, a list inside a list) are not followed.
     */
    static List<Integer> withConjuncts(Clause c, int n) {
        List<Integer> out = new ArrayList<>();
        out.add(n);
        out.addAll(c.children(n, "conj"));
        return out;
    }

    /**
     * Each of the words followed by its conjuncts ({@link #withConjuncts(Clause, int)}), in the order of
     * {@code members}: the modifiers of "Japanese and Korean trade officials" ("Japanese", "trade") give "Japanese",
     * "Korean", "trade". A word given twice (a conjunct the caller also found itself) comes twice.
     */
    static List<Integer> withConjuncts(Clause c, List<Integer> members) {
        List<Integer> out = new ArrayList<>();
        for (int n : members) out.addAll(withConjuncts(c, n));
        return out;
    }

    /** A relative clause, or a verb coordinated with one ("in which 20 people were killed or wounded"). */
    static boolean inRelativeClause(Clause c, int v) {
        return c.relIs(firstConjunct(c, v), "acl:relcl");
    }

    /** Whether a separate clause ({@link #ownVerbGroup}) lies between word j and the word top above it, j included. */
    static boolean separateClauseBetween(Clause c, int j, int top) {
        for (int n = j, guard = 0; n >= 0 && n != top && guard < 12; n = c.head(n), guard++) {
            if (verbalConjunct(c, n) && ownVerbGroup(c, n)) return true;
        }
        return false;
    }

    /** "(will never pardon them) but punish them": a conjunct joined by a conjunction of contrast. */
    static boolean contrasted(Clause c, int v) {
        return c.children(v, "cc").stream().anyMatch(k -> CONTRASTS.contains(c.lower(k)));
    }
}
