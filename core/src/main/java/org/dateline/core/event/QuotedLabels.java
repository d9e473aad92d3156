package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * A label put in quotes after a verb of naming: 'She called Mr. Ramaswamy "scum"', 'called Walsh's record
 * "extremely problematic"'. The quote mark makes the parser read the label as the verb's only object and the one
 * named as a loose dependent of the label ("dep", "compound", "nmod:poss"), so the naming has no one it names and the
 * label is no second object. When the label's phrase opens with a quote mark and every word between the verb and
 * that mark hangs inside the label's phrase, those words are the named one: the last noun before the mark becomes
 * the verb's object (the others hang on it, as they would have) and the label the verb's second object (xcomp), as
 * the parser reads "called X a liar" without quotes; a bare label the parser left as a loose dependent of the named
 * one ("branded Prime Minister X a coward") is read the same way. Run once by {@link Clause} on its arcs, before any coding.
 */
final class QuotedLabels {
    private static final Set<String> NAMING = EventWords.get("naming-verbs");

    private QuotedLabels() {}

    static void repair(Clause c) {
        for (int v = 0; v < c.size(); v++) {
            if (!c.pos(v).startsWith("VB") || !NAMING.contains(c.lemma(v))) continue;
            for (int o : List.copyOf(c.children(v, "obj", "iobj", "xcomp"))) {
                if (o > v && (labelOverNamed(c, v, o) || labelUnderNamed(c, v, o))) break;
            }
        }
    }

    /**
     * 'called Mr. X "scum"', 'called X's record "extremely problematic"': the label is the verb's object or second
     * object, and the named words hang below it, before its quote mark.
     */
    private static boolean labelOverNamed(Clause c, int v, int label) {
        int quote = openingQuote(c, v, label, label);
        int named = quote - 1;
        if (quote < 0 || named <= v || !c.pos(named).startsWith("NN") || !allBelow(c, v, quote, label)) return false;
        for (int k = v + 1; k < quote; k++) if (k != named && c.head(k) == label) c.move(k, named, c.rel(k));
        c.move(named, v, "obj");
        c.move(label, v, "xcomp");
        return true;
    }

    /**
     * 'called the new rules "a disaster"', 'called Mr. X "a liar"', 'called the vote "outrageous"': the named one is
     * the verb's object or second object, and the quoted label a loose dependent of it right after it ("dep", "appos",
     * or "amod" for an adjective, which never follows its noun inside a quote as a modifier).
     */
    private static boolean labelUnderNamed(Clause c, int v, int named) {
        if (!c.pos(named).startsWith("NN")) return false;
        for (int label : c.children(named, "dep", "appos", "amod")) {
            if (label < named || !c.pos(label).matches("NN.*|JJ.*")) continue;
            int quote = openingQuote(c, named, label, named);
            if (quote < 0) quote = openingQuote(c, named, label, label);
            // "branded Prime Minister X a coward": a bare label may hang loose too ("dep"), with no comma before it
            if (quote < 0 && c.relIs(label, "dep") && noPunctuationBetween(c, named, label)) quote = firstOf(c, label);
            if (quote < 0) continue;
            List<Integer> own = c.subtree(named);
            for (int k = named + 1; k < quote; k++) if (!own.contains(k) || c.subtree(label).contains(k)) return false;
            c.move(named, v, "obj");
            c.move(label, v, "xcomp");
            return true;
        }
        return false;
    }

    private static boolean noPunctuationBetween(Clause c, int from, int to) {
        for (int k = from + 1; k < to; k++) if (c.pos(k).matches("[,:;.]|-LRB-|-RRB-")) return false;
        return true;
    }

    /** The first word of the label's phrase (its determiner): the words before it are the named one's. */
    private static int firstOf(Clause c, int label) {
        return c.subtree(label).stream().mapToInt(Integer::intValue).min().orElse(label);
    }

    /** The opening quote mark hung on {@code on}, after word {@code after} and before the label; -1 when none. */
    private static int openingQuote(Clause c, int after, int label, int on) {
        for (int k : c.children(on)) {
            if (k > after && k < label && isOpeningQuote(c, k)) return k;
        }
        return -1;
    }

    private static boolean isOpeningQuote(Clause c, int k) {
        return c.pos(k).equals("``") || c.lower(k).equals("\u201c") || c.lower(k).equals("\"") && c.relIs(k, "punct");
    }

    /** Whether every word after the verb and before the quote mark lies below the label (none is the verb's own). */
    private static boolean allBelow(Clause c, int v, int quote, int label) {
        List<Integer> below = c.subtree(label);
        for (int k = v + 1; k < quote; k++) if (!below.contains(k)) return false;
        return true;
    }
}
