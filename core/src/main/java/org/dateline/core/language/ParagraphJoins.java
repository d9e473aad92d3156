package org.dateline.core.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph breaks a corpus flattened into a period and a comma ("... stunning the world.,  The statement said ..."),
 * restored before sentences are split. Left as they are, the splitter reads the two paragraphs as one sentence, and a
 * date, an actor or a trigger of one leaks into the other. A period (or "!", "?", with any closing quote) that ends a
 * word, followed by a comma and a blank and then a capital, a digit or an opening quote, is such a join; the comma and
 * the first blank become two line breaks, which the splitter takes for a paragraph end. The text keeps its length, so
 * every offset still points into the article's body.
 * <p>
 * An abbreviation's period is followed by a comma inside a sentence ("the U.S., Japan and ...", "Co., Ltd."): a word
 * with a period inside ("U.S", "C.C"), a single letter (an initial) or a listed abbreviation
 * (abbreviations-before-comma) before the period makes no join.
 */
final class ParagraphJoins {
    private static final Set<String> ABBREVIATIONS = LanguageWords.get("abbreviations-before-comma");
    /** The word before the stop, the stop with any closing quote or bracket, the comma, one blank, what opens the next. */
    private static final Pattern JOIN = Pattern.compile(
            "(\\S+?)[.!?][\"'\u2019\u201d)]*(,\\s)(?=\\s*[\\p{Lu}\\p{N}\"'\u2018\u201c(])");

    private ParagraphJoins() {}

    /** The text with each join's comma and first blank turned into two line breaks; the same text when none. */
    static String restore(String text) {
        Matcher m = JOIN.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (abbreviation(m.group(1))) continue;
            if (out == null) out = new StringBuilder(text);
            out.replace(m.start(2), m.end(2), "\n\n");
        }
        return out == null ? text : out.toString();
    }

    /** Whether the word before a period is an abbreviation, whose period ends no sentence. */
    private static boolean abbreviation(String word) {
        String w = word.replaceAll("^\\p{Punct}+", "");
        if (w.indexOf('.') >= 0 || w.length() == 1 && Character.isLetter(w.charAt(0))) return true;
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }
}
