package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org article a page describes in its JSON-LD blocks, when it has one. Publishers fill these for
 * search engines, so they are the most reliable source for headline, authors and dates; the body they carry
 * ({@code articleBody}) is often truncated or flattened, so it is used as a guide, not trusted blindly.
 *
 * @param headline      the {@code headline} (or {@code name}), or null
 * @param authors       author names in order, without duplicates
 * @param datePublished the raw {@code datePublished} (or {@code dateCreated}), or null
 * @param articleBody   the raw {@code articleBody} text, or null
 */
record JsonLd(String headline, List<String> authors, String datePublished, String articleBody) {
    private static final Set<String> ARTICLE_TYPES = HtmlWords.get("article-types");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    static final JsonLd NONE = new JsonLd(null, List.of(), null, null);

    /** The best article node of the page's JSON-LD, or {@link #NONE}. Malformed blocks are skipped. */
    static JsonLd of(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String text = script.data().strip();
            if (text.isEmpty() || text.length() > 2_000_000) continue;
            try {
                collect(JSON.readTree(text), articles, 0);
            } catch (Exception e) {
                // a broken block says nothing; others may still
            }
        }
        if (articles.isEmpty()) return NONE;
        JsonNode best = articles.stream()
                .max((a, b) -> Integer.compare(richness(a), richness(b))).orElseThrow();
        return new JsonLd(text(best, "headline", "name"), authors(best.get("author")),
                text(best, "datePublished", "dateCreated"), text(best, "articleBody"));
    }

    private static int richness(JsonNode n) {
        int r = 0;
        if (n.hasNonNull("headline")) r += 2;
        if (n.hasNonNull("datePublished")) r += 2;
        if (n.hasNonNull("articleBody")) r += 1;
        if (n.hasNonNull("author")) r += 1;
        return r;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 8) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, depth + 1);
            return;
        }
        if (!n.isObject()) return;
        if (isArticle(n.get("@type"))) out.add(n);
        collect(n.get("@graph"), out, depth + 1);
        collect(n.get("mainEntity"), out, depth + 1);
        collect(n.get("mainEntityOfPage"), out, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticle(t)) return true;
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        t = t.substring(t.lastIndexOf('/') + 1);
        return ARTICLE_TYPES.contains(t);
    }

    private static String text(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isArray() && !v.isEmpty()) v = v.get(0);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return unescape(v.asText());
        }
        return null;
    }

    /** Some publishers HTML-escape inside JSON ("&amp;", "&#8217;"). */
    private static String unescape(String s) {
        return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false).strip() : s.strip();
    }

    private static List<String> authors(JsonNode a) {
        Set<String> names = new LinkedHashSet<>();
        addAuthors(a, names, 0);
        return List.copyOf(names);
    }

    private static void addAuthors(JsonNode a, Set<String> names, int depth) {
        if (a == null || depth > 3) return;
        if (a.isArray()) {
            for (JsonNode x : a) addAuthors(x, names, depth + 1);
        } else if (a.isTextual()) {
            String s = unescape(a.asText());
            if (!s.isBlank() && !s.startsWith("http")) names.add(s);
        } else if (a.isObject()) {
            JsonNode type = a.get("@type");
            if (type != null && type.asText().toLowerCase(Locale.ROOT).contains("organization")) return;
            JsonNode name = a.get("name");
            if (name != null) addAuthors(name, names, depth + 1);
        }
    }
}
