package org.dateline.core.time;

import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/** The word lists of the time rules, kept in {@code word-lists.txt} next to this class so that they are edited as lists. */
final class TimeWords {
    private static final ResourceFile.WordSets LISTS = ResourceFile.wordSets(TimeWords.class, "word-lists.txt");

    private TimeWords() {}

    /** A list by its name in the file; an unknown name fails when the using class loads. */
    static Set<String> get(String name) { return LISTS.get(name); }
}
