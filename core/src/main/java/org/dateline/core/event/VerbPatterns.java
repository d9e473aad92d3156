package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.core.resources.ResourceFile;

/**
 * The object and preposition patterns of the generated PETRARCH verb dictionary ({@code petrarch/verb-patterns.tsv}):
 * "open fire", "freeze assets", "sign an accord with". A verb like "open" or "freeze" is no event alone; with that
 * object it is one, and often another event than the verb's family would say. The patterns are read over the
 * dependency parse, not over the words in a row, so "froze the assets of three banks" matches "freeze asset".
 */
final class VerbPatterns {
    private static final VerbPatterns STANDARD = new VerbPatterns();
    /** How many words from its verb a pattern's noun may stand, for the cheap test before parsing. */
    private static final int WINDOW = 8;

    /**
     * One pattern: the object's words (last one the head), the prepositional phrases, the code it gives, and whether
     * that code is the other side's act on the subject ("received a loan from X": X's aid).
     */
    record Pattern(List<String> object, List<Prep> preps, String cameo, boolean swapped) {
        int weight() { return object.size() + 2 * preps.size(); }
    }

    /** "(with)", "(to border)", "(of {banned parties})": a preposition and, when given, its noun's words. */
    record Prep(String prep, List<String> noun) {}

    private final Map<String, Set<String>> familiesOf = new HashMap<>();
    private final Map<String, List<Pattern>> byFamily = new HashMap<>();
    private final Map<String, Set<String>> synsets = new HashMap<>();
    /** For each verb, the words one of which any match needs, to tell cheaply whether a sentence is worth parsing. */
    private final Map<String, Set<String>> cueWords = new HashMap<>();

    private VerbPatterns() {
        for (String[] r : ResourceFile.rows(VerbPatterns.class, "petrarch/synsets.tsv")) {
            if (r.length >= 3) synsets.put(r[1], Set.of(r[2].toLowerCase(Locale.ROOT).split("\\|")));
        }
        for (String[] r : ResourceFile.rows(VerbPatterns.class, "petrarch/verb-patterns.tsv")) {
            if (r.length < 8 || r[4].equals("-")) continue;
            Pattern p = PatternText.parse(r[2], r[3], r[7].equals("other"));
            if (p != null) byFamily.computeIfAbsent(r[1], k -> new ArrayList<>()).add(p);
        }
        // verbs that take none of their family's patterns either ("greeted the delegation": the visit's ceremony)
        Set<String> unpatterned = ResourceFile.wordSets(VerbPatterns.class, "imported-verbs-excluded.txt")
                .get("unpatterned");
        for (String[] r : ResourceFile.rows(VerbPatterns.class, "petrarch/verbs.tsv")) {
            if (r.length < 7 || !r[0].equals("verb") || r[1].contains(" ") || !byFamily.containsKey(r[6])) continue;
            if (unpatterned.contains(r[1])) continue;
            familiesOf.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[6]);
        }
        familiesOf.forEach((verb, fams) -> {
            Set<String> cues = new HashSet<>();
            for (String f : fams) for (Pattern p : byFamily.get(f)) addCues(p, cues);
            cueWords.put(verb, cues);
        });
    }

    static VerbPatterns standard() { return STANDARD; }

    /** The patterns a verb lemma may take (its families' patterns), empty when none. */
    List<Pattern> patternsOf(String lemma) {
        List<Pattern> out = new ArrayList<>();
        for (String f : familiesOf.getOrDefault(lemma, Set.of())) out.addAll(byFamily.get(f));
        return out;
    }

    /**
     * True when a verb of the sentence has a pattern and a word that pattern needs stands near it: in the few words
     * after it (the object, the preposition's noun), or before a participle ("the assets were frozen"). An event noun
     * of the hand-written lexicon does not count: that noun makes the event, and the sentence is parsed for it anyway.
     */
    boolean mayMatch(List<Token> tokens, TriggerLexicon lex) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Set<String> cues = t.pos().startsWith("VB") ? cueWords.get(TriggerLexicon.lemma(t)) : null;
            if (cues == null) continue;
            int from = t.pos().equals("VBN") ? Math.max(0, i - WINDOW) : i + 1;
            for (int k = from; k < Math.min(tokens.size(), i + 1 + WINDOW); k++) {
                Token w = tokens.get(k);
                if (k == i || lex.triggerFor(w) != null) continue;
                if (cues.contains(w.word().toLowerCase(Locale.ROOT)) || cues.contains(TriggerLexicon.lemma(w))) return true;
            }
        }
        return false;
    }

    /** Whether a word of a pattern ("asset", "&treaty") is this word of the text. */
    boolean wordIs(String patternWord, String word, String lemma) {
        if (patternWord.startsWith("&")) {
            Set<String> members = synsets.get(patternWord);
            return members != null && (members.contains(word) || members.contains(lemma));
        }
        return patternWord.equals(word) || patternWord.equals(lemma);
    }

    /** The word a match cannot do without: the object's head, else the noun of a prepositional phrase. */
    private void addCues(Pattern p, Set<String> cues) {
        List<String> words = p.object();
        for (Prep q : p.preps()) if (words.isEmpty()) words = q.noun();
        String w = words.get(words.size() - 1);
        if (!w.startsWith("&")) cues.add(w);
        else for (String m : synsets.getOrDefault(w, Set.of())) cues.add(m.substring(m.lastIndexOf(' ') + 1));
    }
}
