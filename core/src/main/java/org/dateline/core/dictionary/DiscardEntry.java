package org.dateline.core.dictionary;

/**
 * One phrase of the discard list: a sentence (or, with {@code +}, a whole story) that contains it is not coded,
 * for sports results, film titles, historical chronologies and the like. Matching ignores letter case.
 *
 * @param phrase    the phrase, without its {@code +} and final {@code _}
 * @param story     true when the phrase discards the whole story, not only its sentence
 * @param wholeWord true when the match must end at a blank or punctuation (final {@code _}); else it is a stem
 */
public record DiscardEntry(String phrase, boolean story, boolean wholeWord, int line) {}
