package org.dateline.core.read.html;

import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the HTML reader (bylines, JSON-LD), kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class HtmlWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(HtmlWords.class, "word-lists.txt");

    private HtmlWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }
}
