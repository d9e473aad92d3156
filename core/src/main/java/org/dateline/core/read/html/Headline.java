package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's headline. The visible {@code <h1>} is what readers see, but pages carry several h1s (logo, section
 * name), so an h1 wins only when the page's declared titles (JSON-LD, og:title, twitter:title, {@code <title>})
 * agree with it, or when it is the page's only h1; otherwise the declared titles are used in that order, less a
 * " | Site" / " - Site" suffix.
 */
final class Headline {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|\u2013|\u2014|::|\u00b7|\u2022|\u00bb|/)\\s+");
    private static final Pattern QUOTES = Pattern.compile("[\u2018\u2019\u201c\u201d\"']");

    /** A heading this short that shares nothing with the declared titles names a blog or section, not a story. */
    private static final int SECTION_NAME_WORDS = 3;
    /** "(Video)", "[Watch]", "(Photos)": a bracketed note at the end of a title of what media the page holds. */
    private static final Set<String> MEDIA_TAGS = HtmlWords.get("title-media-tags");
    /** Below this share of words in common (bag F1) a landing page's heading is a tagline, not its title. */
    private static final double TAGLINE_OVERLAP = 0.8;
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{2,30})[)\\]]\\s*$");

    private Headline() {}

    static String of(Document doc, JsonLd ld) {
        String siteName = Meta.content(doc, "og:site_name");
        String site = siteName == null ? null : norm(siteName);
        List<String> sites = siteNames(doc, siteName);
        List<String> declared = declared(doc, ld, site, sites);
        for (Element h1 : doc.select("h1")) {
            String h = withoutNamedSite(withoutMediaTag(clean(h1.text())), sites);
            if (h.length() < 8 || h.length() > 400) continue;
            String nh = norm(h);
            for (String d : declared) {
                String nd = norm(d);
                if (nd.equals(nh) || nd.startsWith(nh) || nd.endsWith(nh) || nh.startsWith(nd) && nd.length() > 20) {
                    return h;
                }
                // a section label run into the heading ("Opinion | Let kids be kids"): the declared title is clean
                if (nh.endsWith(nd) && nd.length() > 20) return d;
            }
        }
        String sole = soleHeading(doc, site, declared);
        if (sole != null) return sole;
        if (declared.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            return h1 == null ? null : clean(h1.text());
        }
        return bestDeclared(declared);
    }

    /**
     * The title of a page that offers something (a service, a tool, a plan: what the reader judges {@code OTHER})
     * when its headline is a tagline: the h1 of a landing page is a slogan ("Your content. Your canvas.", "We make
     * tools for builders") while its declared title names the offer. Null when the headline already shares most
     * of its words with the declared title, or says a part of it ("useState" of "useState - React": a manual's
     * page names itself, its title adds the manual's name), or the page declares none.
     */
    static String ofOfferPage(Document doc, JsonLd ld, String headline) {
        if (headline == null) return null;
        String siteName = Meta.content(doc, "og:site_name");
        List<String> declared = declared(doc, ld, siteName == null ? null : norm(siteName), siteNames(doc, siteName));
        if (declared.isEmpty()) return null;
        String best = bestDeclared(declared);
        String said = words(headline);
        // a headline of no word at all ("???") shares none, save with a title of none either
        if (said.isEmpty()) return words(best).isEmpty() ? null : best;
        boolean partOfTitle = said.split(" ").length * TAGLINE_OVERLAP <= TokenOverlap.shared(said, words(best));
        return partOfTitle || TokenOverlap.f1(words(best), said) >= TAGLINE_OVERLAP ? null : best;
    }

    /** The titles the page declares for search engines and cards, in trust order, less site names and media tags. */
    private static List<String> declared(Document doc, JsonLd ld, String site, List<String> sites) {
        List<String> declared = new ArrayList<>();
        for (String s : new String[] {ld.headline(), Meta.content(doc, "og:title"), Meta.content(doc, "twitter:title"),
                doc.title()}) {
            if (s == null || s.isBlank()) continue;
            String c = withoutMediaTag(withoutSite(clean(s), sites));
            if (site != null && norm(c).equals(site)) continue;
            declared.add(c);
        }
        return declared;
    }

    private static String bestDeclared(List<String> declared) {
        String best = null;
        for (String d : declared) {
            if (!truncated(d)) { best = d; break; }
        }
        if (best == null) best = declared.get(0);
        // JSON-LD headlines are often cut at a fixed length: a declared title that extends it is the full one
        for (String d : declared) {
            String nb = norm(best).replaceAll("[.\u2026]+$", "");
            if (d.length() > best.length() && norm(d).startsWith(nb)) best = d;
        }
        return best;
    }

    /**
     * The page's only {@code <h1>}: what readers see as the headline. Declared titles are written for search
     * engines and social cards ("Top 11 SEO Strategies for 2025", "Best Movers | Top 19 Companies") and differ
     * from it more often than they agree. Not when the h1 is the site's logo (an image, or the site's name in it),
     * nor when it is a short blog or section name ("Latest News") that shares no word with any declared title.
     */
    private static String soleHeading(Document doc, String site, List<String> declared) {
        var h1s = doc.select("h1");
        if (h1s.size() != 1 || !h1s.first().select("img, svg").isEmpty()) return null;
        String h = clean(h1s.first().text());
        if (h.length() < 2 || h.length() > 400) return null;
        String nh = norm(h);
        if (site != null && nh.contains(site)) return null;
        boolean sectionName = Spaces.split(h).length <= SECTION_NAME_WORDS
                && declared.stream().noneMatch(d -> TokenOverlap.f1(norm(d), nh) > 0);
        return sectionName && !declared.isEmpty() ? null : h;
    }

    private static boolean truncated(String s) { return s.endsWith("...") || s.endsWith("\u2026"); }

    /**
     * The names the site goes by: og:site_name, application-name and the name in its host ("politifact" of
     * www.politifact.com), lower case without blanks, so that "PolitiFact - Storm hits coast" loses its prefix.
     */
    static List<String> siteNames(Document doc, String siteName) {
        List<String> out = new ArrayList<>();
        for (String n : new String[] {siteName, Meta.content(doc, "application-name"), hostName(doc.location())}) {
            if (n != null && !n.isBlank()) out.add(compact(n));
        }
        return out;
    }

    /** "www.news.example.co.uk" -> "example": the label before the public suffix (one or two short labels). */
    static String hostName(String url) {
        try {
            String h = url == null || url.isBlank() ? null : java.net.URI.create(url.strip()).getHost();
            if (h == null) return null;
            String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
            if (labels.length < 2) return null;
            int i = labels.length - 2;
            if (labels.length >= 3 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) i--;
            return labels[i].length() >= 3 ? labels[i] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String compact(String s) { return norm(s).replaceAll("[\\s.]+", ""); }

    /**
     * Whether a part of a title names the site: exactly ({@code loose} false: a brand before a product's name,
     * "Nintendo Switch", is no site name), or ({@code loose}) as a part that holds the name or that the name holds.
     */
    private static boolean isSite(String part, List<String> sites, boolean loose) {
        String c = compact(part);
        if (c.length() < 2) return false;
        for (String site : sites) {
            if (c.equals(site) || loose && (c.contains(site) || site.contains(c))) return true;
        }
        return false;
    }

    /** "Storm hits coast | The Daily Planet" -> "Storm hits coast"; a short last part is taken as the site. */
    static String withoutSite(String title, String siteName) {
        return withoutSite(title, siteName == null || siteName.isBlank() ? List.of() : List.of(compact(siteName)));
    }

    /** As {@link #withoutSite(String, String)}, with the site's several names; a first part that is one goes too. */
    static String withoutSite(String title, List<String> sites) {
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        if (seps.isEmpty()) return title;
        int begin = 0;
        String first = title.substring(0, seps.get(0)[0]);
        if (Spaces.split(first).length <= 4 && isSite(first, sites, false)) begin = seps.remove(0)[1];
        int end = title.length();
        for (int i = seps.size() - 1; i >= 0 && seps.get(i)[0] > begin; i--) {
            String last = title.substring(seps.get(i)[1], end);
            if (!isSite(last, sites, true) && Spaces.split(last.strip()).length > 3) break;
            end = seps.get(i)[0];
        }
        String kept = title.substring(begin, end).strip();
        return Spaces.split(kept).length >= 2 ? kept : title;
    }

    /**
     * A heading less a first or last part that is exactly one of the site's names ("Best exhibitions of the year –
     * Artlyst" on artlyst.com): stricter than {@link #withoutSite(String, List)}, as a heading's short last part is
     * more often its own ("Sudo – Examples") than a site's.
     */
    static String withoutNamedSite(String heading, List<String> sites) {
        Matcher m = SEPARATOR.matcher(heading);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) { firstStart = m.start(); firstEnd = m.end(); }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) return heading;
        String h = heading;
        if (isSite(heading.substring(lastEnd), sites, false)) h = heading.substring(0, lastStart).strip();
        else if (isSite(heading.substring(0, firstStart), sites, false)) h = heading.substring(firstEnd).strip();
        return Spaces.split(h).length >= 2 ? h : heading;
    }

    /** "Cat video beamed from deep space (Video)" -> "Cat video beamed from deep space". */
    static String withoutMediaTag(String title) {
        Matcher m = TRAILING_BRACKET.matcher(title);
        if (!m.find() || m.start() == 0) return title;
        for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[\\s+&,/]+")) {
            if (!MEDIA_TAGS.contains(w)) return title;
        }
        return title.substring(0, m.start()).strip();
    }

    /** The last part of a title after a separator when it is short enough to be a site's name, else null. */
    static String siteSuffix(String title) {
        if (title == null) return null;
        Matcher m = SEPARATOR.matcher(title);
        int end = -1;
        while (m.find()) end = m.end();
        if (end < 0) return null;
        String last = clean(title.substring(end));
        return Spaces.split(last).length <= 4 ? last : null;
    }

    /** Blanks folded; the pilcrow documentation generators append to a heading as its permalink dropped. */
    private static String clean(String s) {
        return Spaces.squeeze(s.replace('\u00a0', ' ').replace("\u00b6", "")).strip();
    }

    /** The words of a title, lower case, without punctuation: "Hire & Grow!" -> "hire grow". */
    private static String words(String s) { return norm(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(); }

    static String norm(String s) {
        return QUOTES.matcher(clean(s).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
