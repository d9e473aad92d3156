package org.dateline.core.quote;

import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the quote finder, kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class QuoteWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(QuoteWords.class, "word-lists.txt");

    private QuoteWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }
}
