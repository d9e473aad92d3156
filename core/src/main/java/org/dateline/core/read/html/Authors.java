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
    private static final Set<String> NOT_NAMES = HtmlWords.get("not-names");

    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:reporter|editor|correspondent|officer|head|staff"
            + "|writer|contributor|columnist|sponsored|updated|published|posted|producer|director|manager|intern)\\b");
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)(?:view|read|more|follow|see|email|share|about)\\b");

    private Authors() {}

    /** "Ken Yu August 3, 2023" -> "Ken Yu": bylines often run into the date that follows them. */
    private static String cutAtDate(String part) {
        String[] words = part.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.matches("\\d.*")) break;
            boolean month = org.dateline.core.read.draft.Months.number(w) != null;
            boolean dateFollows = i + 1 < words.length && words[i + 1].matches("\\d.*");
            boolean abbreviation = w.replace(".", "").length() <= 4 && !w.matches("(?i)may|june|july");
            if (month && (dateFollows || abbreviation || i == 0)) break;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    static List<String> of(Document doc, JsonLd ld) {
        String site = Meta.content(doc, "og:site_name");
        List<String> found = names(ld.authors(), site);
        if (!found.isEmpty()) return found;
        List<String> raw = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"}) {
            String c = Meta.content(doc, key);
            if (c != null && !c.startsWith("http")) raw.add(c);
        }
        found = names(raw, site);
        if (!found.isEmpty()) return found;
        raw.clear();
        for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
            raw.add(e.text());
            if (raw.size() >= 4) break;
        }
        found = names(raw, site);
        if (!found.isEmpty()) return found;
        raw.clear();
        for (Element e : doc.select("[class~=(?i)byline|author-name|article-author|^author$], [id~=(?i)byline]")) {
            String t = e.text();
            if (!t.isBlank() && t.length() < 120) { raw.add(t); break; }
        }
        return names(raw, site);
    }

    /** A "By X and Y" line at the head of a body, as names; empty when the line is no byline. */
    static List<String> fromByLine(String line) {
        Matcher m = BY.matcher(line);
        if (!m.lookingAt() || line.length() > 120) return List.of();
        return names(List.of(line), null);
    }

    /** Person names from raw author strings; parts that are roles, dates, or the site itself are dropped. */
    static List<String> names(List<String> raw, String siteName) {
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = BY.matcher(r.replace('\u00a0', ' ').strip()).replaceFirst("");
            s = s.replaceAll("\\S+@\\S+", " ").replaceAll("\\s+", " ").strip();
            for (String part : SPLIT.split(s)) {
                Matcher m = NAME.matcher(cutAtDate(part.strip()));
                if (!m.lookingAt()) continue;
                String name = m.group().replaceAll("[.,]+$", "").strip();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.length() < 3 || NOT_NAMES.contains(lower) || lower.equals(site)) continue;
                if (ROLE.matcher(part).find() || LEAD_WORD.matcher(name).lookingAt()) continue;
                out.add(name);
                if (out.size() >= 8) break;
            }
        }
        return List.copyOf(out);
    }
}
