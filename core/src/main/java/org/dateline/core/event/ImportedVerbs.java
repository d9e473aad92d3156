package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/**
 * The verbs of the generated PETRARCH lexicon ({@code petrarch/verbs.tsv}, made by {@code dateline dictionaries
 * import}) that the coder may use where the hand-written triggers say nothing: one-word verbs whose CAMEO code has a
 * PLOVER type, less the general-purpose verbs of {@code imported-verbs-excluded.txt}. PETRARCH codes a verb only
 * between two named actors it recognises; this coder starts from the verb, so verbs of everyday English ("give",
 * "lead", "think") would make events of ordinary sentences and stay out.
 *
 * <p>Phrasal verbs ({@code phrasal} rows: "lash out", "kick out", "side with") are triggers of their verb bound to their
 * particle, read as the hand-written particle rows of {@code triggers.tsv} are ({@code prep=out}): "kicked out the
 * envoy" is an expulsion, "kicked the ball" nothing. The excluded list names those as {@code verb_particle}.
 */
final class ImportedVerbs {
    private ImportedVerbs() {}

    /** Lemma to CAMEO code, in file order; the first row of a lemma wins. */
    static Map<String, String> codes() {
        Map<String, String> out = new LinkedHashMap<>();
        triggers().forEach((lemma, t) -> out.put(lemma, t.cameo()));
        return out;
    }

    /**
     * Lemma to the trigger it makes, in file order (the first row of a lemma wins): a plain verb, no required
     * preposition or object; a verb whose code is the other side's act ("offend" [:110]: the offended disapprove)
     * swaps the sides.
     */
    static Map<String, Trigger> triggers() {
        Set<String> excluded = ResourceFile.wordSets(ImportedVerbs.class, "imported-verbs-excluded.txt").get("excluded");
        Map<String, Trigger> out = new LinkedHashMap<>();
        for (String[] r : ResourceFile.rows(ImportedVerbs.class, "petrarch/verbs.tsv")) {
            if (r.length < 8 || !r[0].equals("verb") || r[1].contains(" ") || r[4].equals("-")) continue;
            if (!excluded.contains(r[1])) out.putIfAbsent(r[1], trigger(r[1], r[3], r[7].equals("other")));
        }
        return out;
    }

    /**
     * Verb lemma to its phrasal triggers, each bound to its particle, in file order (the first row of a phrasal verb
     * wins), less the excluded ones ("go_away").
     */
    static Map<String, List<Trigger>> phrasal() {
        Set<String> excluded = ResourceFile.wordSets(ImportedVerbs.class, "imported-verbs-excluded.txt").get("excluded");
        Map<String, List<Trigger>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (String[] r : ResourceFile.rows(ImportedVerbs.class, "petrarch/verbs.tsv")) {
            if (r.length < 8 || !r[0].equals("phrasal") || r[4].equals("-") || !seen.add(r[1])) continue;
            String[] words = r[1].split(" ");
            int v = Integer.parseInt(r[2]);
            if (excluded.contains(String.join("_", words)) || v + 1 >= words.length) continue;
            Trigger t = new Trigger(words[v], false, r[3], false, Set.of(words[v + 1]), Set.of(), Set.of(), false, false,
                    r[7].equals("other"), false);
            out.computeIfAbsent(words[v], k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** The trigger a verb makes with a code of its own, as a pattern's ({@link PatternGrammar}) or an imported verb's. */
    static Trigger trigger(String lemma, String cameo, boolean swapped) {
        return new Trigger(lemma, false, cameo, false, Set.of(), Set.of(), Set.of(), false, false, swapped, false);
    }
}
