package org.dateline.core.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/**
 * The verbs of the generated PETRARCH lexicon ({@code petrarch/verbs.tsv}, made by {@code dateline dictionaries
 * import}) that the coder may use where the hand-written triggers say nothing: one-word verbs whose CAMEO code has a
 * PLOVER type, less the general-purpose verbs of {@code imported-verbs-excluded.txt}. PETRARCH codes a verb only
 * between two named actors it recognises; this coder starts from the verb, so verbs of everyday English ("give",
 * "lead", "think") would make events of ordinary sentences and stay out.
 */
final class ImportedVerbs {
    private ImportedVerbs() {}

    /** Lemma to CAMEO code, in file order; the first row of a lemma wins. */
    static Map<String, String> codes() {
        Set<String> excluded = ResourceFile.wordSets(ImportedVerbs.class, "imported-verbs-excluded.txt").get("excluded");
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : ResourceFile.rows(ImportedVerbs.class, "petrarch/verbs.tsv")) {
            if (r.length < 6 || !r[0].equals("verb") || r[1].contains(" ") || r[4].equals("-")) continue;
            if (!excluded.contains(r[1])) out.putIfAbsent(r[1], r[3]);
        }
        return out;
    }

    /** The trigger an imported verb makes: a plain verb, no required preposition or object. */
    static Trigger trigger(String lemma, String cameo) {
        return new Trigger(lemma, false, cameo, false, Set.of(), Set.of(), Set.of(), false, false);
    }
}
