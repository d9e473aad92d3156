package org.dateline.core.dictionary;

/**
 * One meaningful line of a dictionary after its comments are removed.
 *
 * @param number   1-based line number in the file
 * @param text     the content without comments, stripped; never blank
 * @param comment  the text of a {@code #} or {@code ;} comment on the line (coders note there which word a pattern
 *                 was written for), or "" when none
 * @param indented true when the raw line began with a tab or space (actor date restrictions are indented)
 */
record DictionaryLine(int number, String text, String comment, boolean indented) {}
