package org.dateline.core.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the connect stage (actors, threads), kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class ConnectWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(ConnectWords.class, "word-lists.txt");

    private ConnectWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }

    /** A list by its name, or no words when the file defines none of that name (one list of a family per code). */
    static Set<String> optional(String name) { return LISTS.names().contains(name) ? LISTS.get(name) : Set.of(); }

    /**
     * A list of {@code word=kind} entries by its name, as a map from each word to its kind ("exhibition=display
     * concert=performance"): the lists that sort the words of one dimension into kinds.
     */
    static Map<String, String> kinds(String name) {
        Map<String, String> out = new HashMap<>();
        for (String entry : get(name)) {
            String[] kv = entry.split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return Map.copyOf(out);
    }
}
