package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Words told before their speaker: '"X is the greatest statesman of our age," said Fidel Castro', '"The plan is a
 * fraud," the minister said', 'Y is a criminal, said the chairman of the party'. The parser reads a clause in quote
 * marks before a verb of saying as a loose dependent of that verb ("dep") instead of its content ("ccomp"), and the
 * speaker put after the verb ("said the chairman") as its object. So the saying has no content and no speaker, and
 * every rule that reads reported speech (praise, blame, demands) finds nothing in it.
 *
 * <p>Two repairs on a verb of saying ({@code reporting-verbs}): a "dep" before it that is a clause (a predicate with a
 * subject of its own) and closes with a quote mark becomes its "ccomp"; then, when the verb has such a content
 * before it, no subject and a nominal object after it, that object is its subject ("nsubj"), the inverted speaker.
 * A verb with an object after its content that is no inversion ("told reporters") keeps it: "tell" takes its hearer
 * as object, so only verbs that take no hearer have their object read as speaker. Run once by {@link Clause} on its
 * arcs, before any coding.
 */
final class FrontedQuotes {
    private static final Set<String> SAYING = EventWords.get("reporting-verbs");
    /** Verbs of saying whose object names the hearer, never an inverted speaker. */
    private static final Set<String> HEARER_OBJECT = EventWords.get("hearer-object-verbs");

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "''", "\u201d");

    private FrontedQuotes() {}

    static void repair(Clause c) {
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !SAYING.contains(c.lemma(v))) continue;
            int content = -1;
            for (int d : List.copyOf(c.children(v))) {
                if (d >= v) continue;
                if (c.relIs(d, "ccomp")) content = d;
                else if (c.rel(d).equals("dep") && isQuotedClause(c, d, v)) {
                    c.move(d, v, "ccomp");
                    content = d;
                }
            }
            if (content < 0 || !c.children(v, "nsubj", "nsubj:pass").isEmpty() || HEARER_OBJECT.contains(c.lemma(v))) continue;
            for (int o : List.copyOf(c.children(v, "obj"))) {
                if (o > v && c.pos(o).startsWith("NN")) {
                    c.move(o, v, "nsubj");
                    break;
                }
            }
        }
    }

    /** A predicate with its own subject whose words, all before the verb of saying, end with a closing quote mark. */
    private static boolean isQuotedClause(Clause c, int d, int v) {
        if (c.children(d, "nsubj", "nsubj:pass").isEmpty()) return false;
        List<Integer> words = c.subtree(d);
        int last = words.get(words.size() - 1);
        return last < v && QUOTE_MARKS.contains(c.lower(last));
    }
}
