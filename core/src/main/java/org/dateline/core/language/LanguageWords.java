package org.dateline.core.language;

import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the language layer (coreference, metonymy, roles), kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class LanguageWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(LanguageWords.class, "word-lists.txt");

    private LanguageWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }
}
