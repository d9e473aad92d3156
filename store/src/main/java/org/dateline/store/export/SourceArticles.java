package org.dateline.store.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.dateline.model.Article;

/**
 * The articles events were reported in, by article id, remembered once looked up: an export names the same few
 * articles for many events (URLs, agencies), and each lookup reads a whole article.
 */
public final class SourceArticles {
    private final Function<String, Optional<Article>> lookup;
    private final Map<String, Optional<Article>> seen = new HashMap<>();

    public SourceArticles(Function<String, Optional<Article>> lookup) {
        this.lookup = lookup;
    }

    /** For tests and stores without articles: nothing is found. */
    public static SourceArticles none() {
        return new SourceArticles(id -> Optional.empty());
    }

    public Optional<Article> find(String id) {
        return seen.computeIfAbsent(id, lookup);
    }

    /** The article's URL, else where it was read from, else its id: something a reader can follow. */
    public String locator(String id) {
        return find(id).map(a -> a.url() != null ? a.url() : a.source() != null ? a.source() : id).orElse(id);
    }
}
