package org.dateline.core.event;

import java.util.HashSet;
import java.util.Set;

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
}
