package org.dateline.core.lexicon;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ordinary words of English: words that text writes in lower case as a common noun, verb, adjective, pronoun or
 * function word. An actor phrase made only of them ("youth", "organization", "zero", "us", "autonomous cells") is a
 * name only when written as one ("Youth" as a group's name, "US"): read case-blind, the Phoenix actors turned "the
 * youth" into a French rebel group and "told us" into the United States. The test is taken from the part-of-speech
 * tagger's own lexicon (CoreNLP's English tagger, trained on hand-tagged treebank text): a word form written in
 * lower case at least {@link #MIN_COUNT} times with a tag that is not a proper noun's. Function words (the tagger's
 * closed classes: determiners, prepositions, conjunctions) stay lower case in a name written out ("League of Women
 * Voters").
 */
public final class CommonWords {
    /** How often the tagger's training text must write a form in lower case, not as a name, for it to be ordinary. */
    static final int MIN_COUNT = 2;
    /** The tagger whose lexicon is read (the model the pipeline tags with). */
    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final Set<String> PROPER = Set.of("NNP", "NNPS");
    private static final Set<String> CLOSED = Set.of("DT", "IN", "CC", "TO", "PDT", "POS", "PRP$", "WDT");

    private final Set<String> words;
    private final Set<String> functionWords;

    private CommonWords(Set<String> words, Set<String> functionWords) {
        this.words = words;
        this.functionWords = functionWords;
    }

    /** Ordinary words and, among them, the function words, both in lower case. */
    public static CommonWords of(Collection<String> words, Collection<String> functionWords) {
        Set<String> all = new HashSet<>(words);
        all.addAll(functionWords);
        return new CommonWords(all, Set.copyOf(functionWords));
    }

    /** These words and more ordinary ones (the Phoenix agents' sector nouns: "police", "rebels", "students"). */
    public CommonWords with(Collection<String> more) {
        Set<String> all = new HashSet<>(words);
        more.stream().filter(CommonWords::hasLetter).map(w -> w.toLowerCase(Locale.ROOT)).forEach(all::add);
        return new CommonWords(all, functionWords);
    }

    /** True when every word of the phrase (lower case, one space apart) is an ordinary word. */
    public boolean allOrdinary(String phrase) {
        if (phrase.isBlank()) return false;
        for (String w : phrase.split(" ")) if (!words.contains(w)) return false;
        return true;
    }

    /** The phrase as a name is written: each word capitalised but function words ("league of women voters"). */
    public String asName(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) b.append(' ');
            boolean lower = b.length() > 0 && functionWords.contains(w);
            b.append(lower || w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }

    static boolean hasLetter(String s) { return s.chars().anyMatch(Character::isLetter); }

    /**
     * The ordinary words of the tagger's lexicon. CoreNLP keeps the lexicon (word form, tag, count) inside the model
     * without a public accessor, so it is read by reflection; a CoreNLP upgrade that renames it fails here, loudly.
     */
    public static CommonWords fromTagger() {
        try {
            Class<?> taggerClass = Class.forName("edu.stanford.nlp.tagger.maxent.MaxentTagger");
            Object tagger = taggerClass.getConstructor(String.class).newInstance(TAGGER);
            Object dictionary = field(taggerClass, "dict").get(tagger);
            Class<?> dictClass = dictionary.getClass();
            Map<?, ?> forms = (Map<?, ?>) field(dictClass, "dict").get(dictionary);
            Method tags = dictClass.getDeclaredMethod("getTags", String.class);
            Method count = dictClass.getDeclaredMethod("getCount", String.class, String.class);
            tags.setAccessible(true);
            count.setAccessible(true);
            Set<String> ordinary = new HashSet<>(), function = new HashSet<>();
            for (Object key : forms.keySet()) {
                String w = (String) key;
                if (!hasLetter(w) || !w.equals(w.toLowerCase(Locale.ROOT))) continue;
                int common = 0, closed = 0;
                for (String tag : (String[]) tags.invoke(dictionary, w)) {
                    int n = (Integer) count.invoke(dictionary, w, tag);
                    if (!PROPER.contains(tag)) common += n;
                    if (CLOSED.contains(tag)) closed += n;
                }
                if (common >= MIN_COUNT) ordinary.add(w);
                if (closed * 2 > common && common >= MIN_COUNT) function.add(w);
            }
            return of(ordinary, function);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot read the tagger's lexicon from " + TAGGER, e);
        }
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
