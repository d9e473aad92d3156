package org.dateline.core.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a part of a byline names an organisation rather than a person: the site or its publisher, or a name that
 * ends in a word newsrooms and institutions end in ("Financial Times", "Bleacher Report", "Harbour Gazette"). Bylines
 * credit a person's employer or partner after the person ("Jane Doe, Financial Times"); that is no co-author.
 */
final class Organisations {
    private static final Set<String> LAST_WORDS = HtmlWords.get("organisation-words");

    private Organisations() {}

    /** True when {@code part} is one of {@code organisations} (lower case) or a name of two or more words ending in an organisation's word. */
    static boolean is(String part, List<String> organisations) {
        String lower = part.toLowerCase(Locale.ROOT).replaceAll("[\\s.,]+$", "").strip();
        if (organisations.contains(lower)) return true;
        String[] words = lower.split("\\s+");
        return words.length >= 2 && LAST_WORDS.contains(words[words.length - 1]);
    }
}
