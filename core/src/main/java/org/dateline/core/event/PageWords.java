package org.dateline.core.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Article;

/**
 * The words of a page, its headline and body in lower case, as the page-level judgements read them
 * ({@link SportsPages}, {@link LeisurePages}): how many different words of a word list the page uses. Made once per
 * article by {@link ArticleContext}, so the body is lowered once whatever the number of judgements.
 */
final class PageWords {
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private final String text;

    private PageWords(String text) {
        this.text = text;
    }

    /** The words of a page with this headline and body (either may be null). */
    static PageWords of(String headline, String body) {
        return new PageWords(((headline == null ? "" : headline) + " " + (body == null ? "" : body))
                .toLowerCase(Locale.ROOT));
    }

    /** The words of an article's headline and body. */
    static PageWords of(Article article) {
        return of(article.headline(), article.body());
    }

    /**
     * How many different words of {@code words} the page uses, counted up to {@code enough}: a judgement asks only
     * whether a page reaches its bound, so the count stops there.
     */
    int distinct(Set<String> words, int enough) {
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && seen.size() < enough) {
            if (words.contains(m.group())) seen.add(m.group());
        }
        return seen.size();
    }
}
