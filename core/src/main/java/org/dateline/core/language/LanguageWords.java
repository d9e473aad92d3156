package org.dateline.core.language;

import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the language layer (coreference, metonymy, roles), kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class LanguageWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(LanguageWords.class, "word-lists.txt");

    private LanguageWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }

    /** A list by its name, or no words when the file defines none of that name (one list of a family per code). */
    static Set<String> optional(String name) { return LISTS.names().contains(name) ? LISTS.get(name) : Set.of(); }
}
