package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who wrote the page: JSON-LD authors first (structured, per person), then author meta tags, rel=author links,
 * itemprop=author and byline-classed elements. Names come back without "By", roles or e-mail addresses.
 */
final class Authors {
    private static final Pattern BY = Pattern.compile("^(?:written\\s+)?by[:\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|de|van|von|der|da|di|la|le|bin|al)){0,4}");
    private static final Set<String> NOT_NAMES = Set.of("staff", "admin", "editor", "editors", "reporter", "news",
            "contributor", "guest", "correspondent", "updated", "published", "posted", "and", "more", "follow", "the");

    private Authors() {}

    static List<String> of(Document doc, JsonLd ld) {
        if (!ld.authors().isEmpty()) return names(ld.authors());
        List<String> raw = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"}) {
            String c = Meta.content(doc, key);
            if (c != null && !c.startsWith("http")) raw.add(c);
        }
        if (raw.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                raw.add(e.text());
                if (raw.size() >= 4) break;
            }
        }
        if (raw.isEmpty()) {
            for (Element e : doc.select("[class~=(?i)byline|author-name|article-author|^author$], [id~=(?i)byline]")) {
                String t = e.text();
                if (!t.isBlank() && t.length() < 120) { raw.add(t); break; }
            }
        }
        return names(raw);
    }

    /** A "By X and Y" line at the head of a body, as names; empty when the line is no byline. */
    static List<String> fromByLine(String line) {
        Matcher m = BY.matcher(line);
        if (!m.lookingAt() || line.length() > 120) return List.of();
        return names(List.of(line));
    }

    static List<String> names(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = BY.matcher(r.replace('\u00a0', ' ').strip()).replaceFirst("");
            s = s.replaceAll("\\S+@\\S+", " ").replaceAll("\\s+", " ").strip();
            for (String part : SPLIT.split(s)) {
                Matcher m = NAME.matcher(part.strip());
                if (!m.lookingAt()) continue;
                String name = m.group().replaceAll("[.,]+$", "").strip();
                if (name.length() < 3 || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) continue;
                out.add(name);
                if (out.size() >= 8) break;
            }
        }
        return List.copyOf(out);
    }
}
