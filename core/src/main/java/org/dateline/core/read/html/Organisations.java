package org.dateline.core.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a part of a byline names an organisation rather than a person: the site or its publisher, or a name that
 * ends in a word newsrooms and institutions end in ("Financial Times", "Bleacher Report", "Harbour Gazette"). Bylines
 * credit a person's employer or partner after the person ("Jane Doe, Financial Times"); that is no co-author.
 */
final class Organisations {
    private static final Set<String> LAST_WORDS = HtmlWords.get("organisation-words");
    private static final Set<String> HEADS = HtmlWords.get("organisation-heads");
    private static final Set<String> CREDENTIALS = HtmlWords.get("credentials");
    /** "University of Tokyo", "The Institute for Basic Science": a head word, "of" or "for", capitalised words. */
    private static final Pattern OF_NAME = Pattern.compile(
            "(?:The\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.&'-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.&'-]*|of|and|for|the|&))*");
    /** "CNN", "WBEZ", "KQED": an acronym after a person's name is where the person works. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private Organisations() {}

    /**
     * True when {@code part} is one of {@code organisations} (lower case), a name of two or more words ending in an
     * organisation's word, an acronym ("CNN") or an institution named with "of" ("University of Tokyo").
     */
    static boolean is(String part, List<String> organisations) {
        String lower = part.toLowerCase(Locale.ROOT).replaceAll("[\\s.,]+$", "").strip();
        if (organisations.contains(lower)) return true;
        if (ACRONYM.matcher(part.strip()).matches() && !CREDENTIALS.contains(lower)) return true;
        String[] words = lower.split("\\s+");
        return words.length >= 2 && LAST_WORDS.contains(words[words.length - 1]) || ofName(part);
    }

    /** "CFP®", "CEPF™": letters in capitals under a registration or trade mark name a certification. */
    private static final Pattern CERTIFIED = Pattern.compile("\\p{Lu}{2,6}\\s*[\u00ae\u2122]");

    /**
     * True when {@code part} is a degree or licence written after a name ("MD", "Ph.D.", "RD"), or a certification
     * under its registration mark ("CFP®"): a newsroom's acronym carries no such mark in a byline.
     */
    static boolean credential(String part) {
        String p = part.strip().replaceAll("[.,]+$", "");
        if (CERTIFIED.matcher(p).matches()) return true;
        return !p.isEmpty() && CREDENTIALS.contains(p.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** True when {@code part} is an institution named with "of" or "for" ("University of Tokyo", "Ministry for Roads"). */
    static boolean ofName(String part) {
        String p = part.strip().replaceAll("[.,]+$", "");
        if (!OF_NAME.matcher(p).matches()) return false;
        String head = p.split("\\s+(?:of|for)\\s+", 2)[0].toLowerCase(Locale.ROOT);
        for (String w : head.split("\\s+")) if (HEADS.contains(w)) return true;
        return false;
    }
}
