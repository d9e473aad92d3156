package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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
 * @param datePublished the raw {@code datePublished} (or {@code dateCreated}, {@code uploadDate}), or null
 * @param articleBody   the raw {@code articleBody} text, or null
 * @param publisher     the publisher's name (an organisation, never an author), or null
 * @param dateModified  the raw {@code dateModified}: never the publication date, an upper bound for it; or null
 * @param poster        who opened the discussion a forum or question page describes (a DiscussionForumPosting's or
 *                      Question's author, often a handle such as "blue_kite"), or null
 * @param news          whether an article node declares a news story (NewsArticle and its kinds, a live blog):
 *                      a report of the day, not an evergreen guide
 * @param stamps        every date stamp of every node of every block ({@link Stamps}), read in the same pass
 */
record JsonLd(String headline, List<String> authors, String datePublished, String articleBody, String publisher,
        String dateModified, String poster, boolean news, Stamps stamps) {
    private static final Set<String> ARTICLE_TYPES = HtmlWords.get("article-types");
    private static final Set<String> POSTING_TYPES = HtmlWords.get("posting-types");
    private static final Set<String> NEWS_TYPES = HtmlWords.get("news-types");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    static final JsonLd NONE = new JsonLd(null, List.of(), null, null, null, null, null, false, Stamps.NONE);
    /** First publication, strongest first; dateModified is left out on purpose. */
    private static final String[] PUBLISHED = {"datePublished", "dateCreated", "uploadDate"};
    private static final Set<String> PUBLISHED_KEYS = Set.of(PUBLISHED);
    /** The key that states a change, never the first publication. */
    private static final String MODIFIED_KEY = "dateModified";
    /** A block longer than this is a data dump, not a page's description: not read. */
    private static final int MAX_BLOCK = 2_000_000;

    /** The text of each JSON-LD block of the page worth reading: not empty, not over {@link #MAX_BLOCK}. */
    private static List<String> blocks(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String text = script.data().strip();
            if (!text.isEmpty() && text.length() <= MAX_BLOCK) out.add(text);
        }
        return out;
    }

    /**
     * The best article node of the page's JSON-LD, or {@link #NONE}, with every date stamp of the page's blocks. Each
     * block is read once, token by token ({@link #read}): a malformed block gives no node, and the stamps written
     * before its break.
     */
    static JsonLd of(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        List<JsonNode> postings = new ArrayList<>();
        List<String> published = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        for (String text : blocks(doc)) {
            collect(read(text, published, modified), articles, pages, postings, 0);
        }
        Stamps stamps = published.isEmpty() && modified.isEmpty() ? Stamps.NONE : new Stamps(published, modified);
        String poster = poster(postings);
        if (articles.isEmpty()) return pages.isEmpty() && poster == null && stamps == Stamps.NONE ? NONE
                : new JsonLd(null, List.of(), published(pages), null, null, modified(pages), poster, false, stamps);
        JsonNode best = articles.stream()
                .max((a, b) -> Integer.compare(richness(a), richness(b))).orElseThrow();
        String date = text(best, PUBLISHED);
        // the article node may leave the date to another node of the same @graph (its WebPage)
        if (date == null) date = published(articles);
        if (date == null) date = published(pages);
        JsonNode publisher = best.path("publisher");
        return new JsonLd(text(best, "headline", "name"), authors(best.get("author")), date,
                text(best, "articleBody"), publisher.isObject() ? text(publisher, "name") : text(best, "publisher"),
                text(best, MODIFIED_KEY) != null ? text(best, MODIFIED_KEY) : modified(pages), poster,
                articles.stream().anyMatch(n -> isOfType(n.get("@type"), NEWS_TYPES)), stamps);
    }

    /**
     * Every date the page's JSON-LD states, in any node of any block, as written: {@code published} the values of
     * {@code datePublished}, {@code dateCreated} and {@code uploadDate}, {@code modified} those of {@code dateModified}.
     */
    record Stamps(List<String> published, List<String> modified) {
        static final Stamps NONE = new Stamps(List.of(), List.of());
    }

    /**
     * One block read once, token by token: the value of every date key into {@code published} or {@code modified}
     * as the tokens go by, so that a block broken part way (a missing comma, a quote left unescaped in a description)
     * still states the stamps written before the break, as a publisher meant them; and its first value, as Jackson
     * reads a block into a tree, built from the same tokens once that value closes. Null when the first value is
     * broken (a broken block says nothing of its article; the other blocks still may).
     */
    private static JsonNode read(String text, List<String> published, List<String> modified) {
        JsonNode first = null;
        try (JsonParser p = JSON.createParser(text)) {
            TokenBuffer tokens = null;   // the first value's tokens, until it closes
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING && p.currentName() != null) {
                    String key = p.currentName();
                    if (PUBLISHED_KEYS.contains(key)) published.add(unescape(p.getText()));
                    else if (key.equals(MODIFIED_KEY)) modified.add(unescape(p.getText()));
                }
                if (first != null) continue;   // the first value is read: the rest is only looked through for stamps
                if (tokens == null) tokens = new TokenBuffer(p);
                tokens.copyCurrentEvent(p);
                if (t.isStructStart()) depth++;
                else if (t.isStructEnd()) depth--;
                if (depth == 0) {
                    try (JsonParser replay = tokens.asParser()) {
                        first = JSON.readTree(replay);
                    }
                }
            }
        } catch (Exception e) {
            // the stamps read before the break stand, and so does a first value closed before it
        }
        return first;
    }

    /** The first posting's author: the thread's opener, named as the forum shows the name. */
    private static String poster(List<JsonNode> postings) {
        for (JsonNode p : postings) {
            List<String> names = authors(p.get("author"));
            if (!names.isEmpty()) return names.get(0);
        }
        return null;
    }

    private static String published(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            String d = text(n, PUBLISHED);
            if (d != null) return d;
        }
        return null;
    }

    private static String modified(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            String d = text(n, MODIFIED_KEY);
            if (d != null) return d;
        }
        return null;
    }

    private static int richness(JsonNode n) {
        int r = 0;
        if (n.hasNonNull("headline")) r += 2;
        if (n.hasNonNull("datePublished")) r += 2;
        if (n.hasNonNull("articleBody")) r += 1;
        if (n.hasNonNull("author")) r += 1;
        return r;
    }

    /**
     * Article nodes into {@code out}; web page nodes (WebPage, ItemPage, ...), which may carry the date, into
     * {@code pages}; a forum's opening post or a question page's question into {@code postings}.
     */
    private static void collect(JsonNode n, List<JsonNode> out, List<JsonNode> pages, List<JsonNode> postings,
            int depth) {
        if (n == null || depth > 8) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, pages, postings, depth + 1);
            return;
        }
        if (!n.isObject()) return;
        if (isArticle(n.get("@type"))) out.add(n);
        else if (isOfType(n.get("@type"), POSTING_TYPES)) postings.add(n);
        else if (n.path("@type").asText().endsWith("Page")) pages.add(n);
        collect(n.get("@graph"), out, pages, postings, depth + 1);
        collect(n.get("mainEntity"), out, pages, postings, depth + 1);
        collect(n.get("mainEntityOfPage"), out, pages, postings, depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        return isOfType(type, ARTICLE_TYPES);
    }

    private static boolean isOfType(JsonNode type, Set<String> types) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isOfType(t, types)) return true;
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        t = t.substring(t.lastIndexOf('/') + 1);
        return types.contains(t);
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
