package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.Token;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the event coder, kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class EventWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(EventWords.class, "word-lists.txt");

    private EventWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }

    /** The words of several lists together, for a class whose one cue is spread over lists kept apart for others. */
    static Set<String> union(String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) out.addAll(get(name));
        return Set.copyOf(out);
    }

    /**
     * Whether the tokens hold, as consecutive words in any case, one of the phrases of a list written with its words
     * joined by "_" ("due_to", "on_account_of", "thanks_to"): a sentence's cheap test before it is parsed for them.
     * Only phrases of two words or more are looked for.
     */
    static boolean holdsPhrase(List<Token> tokens, Set<String> phrases) {
        int longest = phrases.stream().mapToInt(p -> p.split("_").length).max().orElse(1);
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder phrase = new StringBuilder(tokens.get(i).word().toLowerCase(Locale.ROOT));
            for (int j = i + 1; j < Math.min(tokens.size(), i + longest); j++) {
                phrase.append('_').append(tokens.get(j).word().toLowerCase(Locale.ROOT));
                if (phrases.contains(phrase.toString())) return true;
            }
        }
        return false;
    }
}
