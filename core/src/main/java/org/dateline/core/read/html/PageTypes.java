package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells an article from a listing, a forum thread, a product page or anything else: first what the page says it
 * is (JSON-LD {@code @type}, {@code og:type}), then its address (publishing, forum and shop software name their
 * paths alike; {@code page-type-hints.txt}), then its shape: a story has prose, a listing has many headline links
 * and little prose of its own. Judged on the page as parsed, before furniture is taken out.
 */
final class PageTypes {
    private record Hint(PageType type, String kind, String value, Pattern url) {}

    private static final List<Hint> HINTS = hints();
    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");
    /** Story prose below this many characters is no article (a teaser, a stub, an index). */
    private static final int MIN_STORY = 500;
    /** A page with at least this many linked headlines and little prose lists other pages. */
    private static final int MIN_TEASERS = 8;

    private PageTypes() {}

    /** What the page shows of its type before furniture is taken out: declared types and linked headlines. */
    record Signs(Set<String> declared, int teasers) {
        static Signs of(Document doc) { return new Signs(declaredTypes(doc), PageTypes.teasers(doc)); }

        PageType.Judged judge(String url, long storyChars) { return PageTypes.judge(this, url, storyChars); }
    }

    private static PageType.Judged judge(Signs signs, String url, long storyChars) {
        Set<String> declared = signs.declared();
        // An article with prose wins over the products, lists and questions its structured data also mentions;
        // an "article" with next to no prose claims more than it holds.
        PageType.Judged claimed = null;
        for (Hint h : HINTS) {
            if (!h.kind().equals("schema") || !declared.contains(h.value().toLowerCase(Locale.ROOT))) continue;
            if (h.type() == PageType.ARTICLE && storyChars >= MIN_STORY / 2) {
                return new PageType.Judged(PageType.ARTICLE, "declares itself " + h.value());
            }
            if (h.type() != PageType.ARTICLE && claimed == null) claimed = new PageType.Judged(h.type(), "declares itself " + h.value());
        }
        if (claimed != null) return claimed;
        String address = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Hint h : HINTS) {
            if (h.url() != null && h.url().matcher(address).find() && !(h.type() == PageType.LISTING && storyChars >= 2 * MIN_STORY)) {
                String looks = h.type() == PageType.OTHER ? "documentation" : "a " + h.type().spelling() + " page";
                return new PageType.Judged(h.type(), "its address looks like " + looks);
            }
        }
        int teasers = signs.teasers();
        if (teasers >= MIN_TEASERS && storyChars < 3 * MIN_STORY) {
            return new PageType.Judged(PageType.LISTING, teasers + " linked headlines and little prose");
        }
        if (storyChars >= MIN_STORY) return new PageType.Judged(PageType.ARTICLE, storyChars + " characters of story prose");
        return new PageType.Judged(PageType.OTHER, "little prose (" + storyChars + " characters) and no sign of a type");
    }

    /** JSON-LD {@code @type} values and the {@code og:type}, lower case. */
    private static Set<String> declaredTypes(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Matcher m = LD_TYPE.matcher(s.data());
            while (m.find()) out.add(m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^https?://schema.org/", ""));
        }
        String og = Meta.content(doc, "og:type");
        if (og != null) out.add(og.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Headings that are links: the teasers of an index or category page. */
    private static int teasers(Document doc) {
        return doc.select("h2 a[href], h3 a[href], h4 a[href], article a[href] h2, article a[href] h3").size();
    }

    private static List<Hint> hints() {
        List<Hint> out = new ArrayList<>();
        for (String line : ResourceFile.entries(PageTypes.class, "page-type-hints.txt")) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException("page-type-hints.txt: not TYPE, KIND, VALUE: " + line);
            PageType type = PageType.valueOf(f[0].toUpperCase(Locale.ROOT));
            Pattern url = f[1].equals("url") ? Pattern.compile(f[2], Pattern.CASE_INSENSITIVE) : null;
            out.add(new Hint(type, f[1], f[2], url));
        }
        return List.copyOf(out);
    }
}
