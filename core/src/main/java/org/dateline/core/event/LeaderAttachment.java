package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Puts "led by X" / "headed by X" back on the group it names. The parser often hangs a leading participle on the
 * wrong noun: on the event noun of a light verb, made the participle's subject ("met and had a talk with the
 * delegation of Z led by X": "talk" the subject of "led", "led" a clause under "had"), on the object of a hosting
 * ("a banquet in honour of the delegation led by X": "led" on "banquet"), or on the group itself read as the subject
 * of a clause of its own ("met the delegation headed by X"). A participle that names a leader modifies a group; so
 * when the noun the parser chose is no group, the nearest group noun to the participle's left inside that noun's
 * phrase is its noun, and a noun read as the participle's subject after a verb is that verb's object. After a long
 * leader phrase the parser may also take the participle for the sentence's verb ("a delegation headed by X, title,
 * returned home"): the verb it hung under it is the main verb again. Run once by {@link Clause} on its arcs, before any
 * coding.
 */
final class LeaderAttachment {
    private static final Set<String> LEADING = EventWords.get("leading-participles");
    private static final Set<String> GROUPS = EventWords.get("leadable-group-nouns");

    private LeaderAttachment() {}

    static void repair(Clause c) {
        for (int v = 0; v < c.size(); v++) {
            // the tagger often calls "led" past tense after a noun ("the delegation of Z led by X"): with a "by"
            // agent and no auxiliary it is the participle all the same
            if (namesLeader(c, v)) repair(c, v);
        }
    }

    /**
     * Whether word v is a leading participle with its "by" agent ("a delegation led by X", "the mission, headed by
     * X"): it tells who leads a group, which is no act of its own. PETRARCH's "lead a delegation" (AGREE 036, intent
     * to meet) is the active verb of one who takes a delegation somewhere; read on the participle it would make an
     * event of every "led by" in a list of delegations.
     */
    static boolean namesLeader(Clause c, int v) {
        return LEADING.contains(c.lower(v)) && (c.pos(v).equals("VBN") || c.pos(v).equals("VBD")) && agent(c, v) >= 0;
    }

    private static void repair(Clause c, int v) {
        if (c.head(v) < 0) {
            raiseMainVerb(c, v);
            return;
        }
        if (c.relIs(v, "acl")) {
            int n = c.head(v);
            int g = n >= 0 && n < v && !isGroup(c, n) ? nearestGroup(c, n, v) : -1;
            if (g < 0) return;
            int verb = c.head(n);
            c.move(v, g, "acl");
            if (verb >= 0 && c.pos(verb).startsWith("VB")) moveCircumstances(c, v, verb);
            return;
        }
        if (!c.relIs(v, "ccomp", "dep", "parataxis", "xcomp") || !c.children(v, "aux", "cop").isEmpty()) return;
        List<Integer> subjects = c.childrenExact(v, "nsubj");
        int verb = c.head(v);
        if (subjects.size() != 1 || verb < 0 || !c.pos(verb).startsWith("VB") || !c.children(verb, "obj").isEmpty()) return;
        int n = subjects.get(0);
        if (n <= verb || !c.pos(n).startsWith("NN")) return;
        int g = nearestGroup(c, n, v);
        if (g < 0) return;
        c.move(n, verb, "obj");
        c.move(v, g, "acl");
        moveCircumstances(c, v, verb);
    }

    /**
     * "A delegation headed by X, vice-chairman of its committee, returned home on Thursday": after a long leader
     * phrase the parser may take the leading participle for the sentence's verb, with the group as its subject, and
     * hang the real verb under it as a loose dependent. A verb of its own tense (no auxiliary, no subject of its own)
     * hung so after the participle's agent is the main verb: the group is its subject and the participle qualifies
     * the group again.
     */
    private static void raiseMainVerb(Clause c, int v) {
        List<Integer> subjects = c.childrenExact(v, "nsubj");
        int by = agent(c, v);
        if (subjects.size() != 1 || subjects.get(0) > v || !isGroup(c, subjects.get(0))) return;
        for (int w : c.children(v, "dep", "parataxis")) {
            if (w < by || !c.pos(w).equals("VBD") && !c.pos(w).equals("VBN")) continue;
            if (!c.subjects(w).isEmpty() || !c.children(w, "aux", "aux:pass", "cop").isEmpty()) continue;
            int group = subjects.get(0);
            c.makeRoot(w);
            c.move(group, w, "nsubj");
            c.move(v, group, "acl");
            moveCircumstances(c, v, w);
            return;
        }
    }

    /** "led by X on Monday": what else the parser hung on the participle (a date, a place) is the clause verb's. */
    private static void moveCircumstances(Clause c, int v, int verb) {
        int by = agent(c, v);
        for (int k : List.copyOf(c.children(v, "obl"))) if (k != by && k > by) c.move(k, verb, "obl");
    }

    /** The nearest group noun left of the participle within the phrase of noun {@code n} (n itself included), or -1. */
    private static int nearestGroup(Clause c, int n, int v) {
        for (int k = v - 1; k >= n; k--) {
            if (isGroup(c, k) && within(c, k, n)) return k;
        }
        return -1;
    }

    /** Whether k hangs below n through a chain of nominal modifiers ("talk with the delegation of the ministry"). */
    private static boolean within(Clause c, int k, int n) {
        for (int x = k; x >= 0; x = c.head(x)) {
            if (x == n) return true;
            if (!c.relIs(x, "nmod")) return false;
        }
        return false;
    }

    private static boolean isGroup(Clause c, int k) {
        return c.pos(k).startsWith("NN") && GROUPS.contains(c.lemma(k));
    }

    private static int agent(Clause c, int v) {
        for (int by : c.children(v, "obl")) if (c.caseOf(by).equals("by")) return by;
        return -1;
    }
}
