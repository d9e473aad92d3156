package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.Agencies;
import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who wrote the page: JSON-LD authors first (structured, per person), then author meta tags, rel=author links,
 * itemprop=author, links to an author's own page ("/author/jane-doe") and byline-classed elements. Names come back without "By", roles or e-mail addresses.
 */
final class Authors {
    /** The credit's label before the names: "By", "Written by", "Posted by", "Author:", "Authors". */
    private static final Pattern BY = Pattern.compile("^(?:(?:(?:written|posted|authored)\\s+)?by[:\\s]+"
            + "|authors?(?:\\s*[:|]\\s*|\\s+))", Pattern.CASE_INSENSITIVE);
    /** A body paragraph that opens a credit: "By" or "Written by" only, as "Authors of the study..." opens prose. */
    private static final Pattern BY_LINE = Pattern.compile("^(?:written\\s+)?by[:\\s]+", Pattern.CASE_INSENSITIVE);
    /** An address's scheme and host, and its query or fragment: what is left is the path. */
    private static final Pattern HOST = Pattern.compile("^[a-z]+://[^/]+");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Set<String> AUTHOR_PATHS = HtmlWords.get("author-paths");
    /** Meta tags that name the writer, asked in order. */
    private static final List<String> AUTHOR_META = ResourceFile.entries(Authors.class, "author-meta.txt");
    /** Labels of a share card's writer field ("Written by"), in the languages pages are written in. */
    private static final Set<String> CREDIT_LABELS = Set.copyOf(ResourceFile.entries(Authors.class, "credit-labels.txt"));
    /** A share card's label and data fields are numbered from 1; pages use two or three. */
    private static final int MAX_CARD_FIELDS = 4;
    /** Co-authors' links sit side by side; a byline names few people. */
    private static final int MAX_LINKED = 4;
    /** Items of a list from which on it may be a menu rather than a byline set as a list. */
    private static final int MENU_ITEMS = 3;

    /** "Tomas Reed (AFP)": a credit in brackets at the end of a part. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]{2,40}\\)\\s*$");
    /** "Slate Staff", "The Times Staff": a newsroom credited as a whole, kept (where no person is) though "staff" is otherwise a role. */
    private static final Pattern STAFF = Pattern.compile("(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'\u2019-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'\u2019-]*){0,3}\\s+Staff");

    private Authors() {}

    /**
     * The people a page credits and the news agency it credits, if any: a wire credit ("By Reuters", "Jane Doe,
     * The Associated Press") names whose report it is, so it is kept apart from the authors.
     */
    record Byline(List<String> people, String agency) {
        static final Byline NONE = new Byline(List.of(), null);

        boolean isEmpty() { return people.isEmpty() && agency == null; }
    }

    static Byline of(Document doc, JsonLd ld) {
        return of(doc, ld, false);
    }

    /**
     * As {@link #of(Document, JsonLd)}, for a page that shows itself a discussion thread ({@code thread}): there the
     * thread's opener, as the forum marks posts' writers, comes before tags and links, which name repliers as well.
     */
    static Byline of(Document doc, JsonLd ld, boolean thread) {
        String site = Meta.content(doc, "og:site_name");
        List<String> organisations = organisations(site, doc, ld);
        Byline found = credits(ld.authors(), site, organisations);
        if (!found.people().isEmpty()) return widened(found, doc, site, organisations);
        if (!found.isEmpty()) return found;
        String poster = poster(ld.poster());
        if (poster == null && thread) poster = ThreadOpener.of(doc);
        if (poster != null) return new Byline(List.of(poster), null);
        List<String> raw = new ArrayList<>();
        for (String key : AUTHOR_META) {
            String c = Meta.content(doc, key);
            if (c != null && !c.startsWith("http")) raw.add(c);
        }
        found = credits(raw, site, organisations);
        if (!found.people().isEmpty()) return widened(found, doc, site, organisations);
        if (!found.isEmpty()) return found;
        List<String> declared = List.copyOf(raw);
        raw.clear();
        for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
            raw.add(e.text());
            if (raw.size() >= 4) break;
        }
        found = credits(raw, site, organisations);
        if (!found.isEmpty()) return found;
        found = credits(linkedAuthors(doc), site, organisations);
        if (!found.isEmpty()) return found;
        for (String t : BylineElements.texts(doc)) {
            found = credits(List.of(t), site, organisations);
            if (!found.isEmpty()) return found;
        }
        found = credits(BylineNearHeadline.of(doc), site, organisations);
        if (!found.isEmpty()) return found;
        for (String t : LabelledCredit.of(doc)) {
            found = credits(List.of(t), site, organisations);
            if (!found.isEmpty()) return found;
        }
        found = sharedCardWriter(doc);
        if (found.isEmpty()) found = credits(NameUnderHeadline.of(doc, organisations), site, organisations);
        return found.isEmpty() ? siteOwner(declared, site) : found;
    }

    /**
     * The owner of a personal site, who writes its pages: the page declares as its writer the very name the site
     * goes by ("Jane Doe" by og:site_name "Jane Doe"), and that name has a person's shape (two to four capitalised
     * words of a name, no role, no organisation's word). A site named for a business or a newsroom ("Harbour
     * Gazette", "ABC News") credits no one by naming itself. Asked last: where the page credits anyone else, a
     * site whose name only looks like a person's ("One Tree Planted") is no writer.
     */
    private static Byline siteOwner(List<String> declared, String site) {
        if (site == null) return Byline.NONE;
        for (String d : declared) {
            String name = Spaces.squeeze(d).strip();
            if (CreditParts.sameWords(name, site) && CreditParts.personLike(name, List.of())) return new Byline(List.of(name), null);
        }
        return Byline.NONE;
    }

    /**
     * The writer a page's share-card data names under a label such as "Written by" (twitter:label1 / twitter:data1),
     * taken as written, when nothing else credits anyone: the publishing system's own record of who posted the page,
     * though it be a handle ("jdoe") or a business, which the person-name tests above would refuse. Not an e-mail
     * address, nor a system's default account ("admin"), which credits no one.
     */
    private static Byline sharedCardWriter(Document doc) {
        for (int i = 1; i <= MAX_CARD_FIELDS; i++) {
            String label = Meta.content(doc, "twitter:label" + i);
            if (label == null || !CREDIT_LABELS.contains(label.strip().toLowerCase(Locale.ROOT))) continue;
            String name = Meta.content(doc, "twitter:data" + i);
            if (name == null || name.contains("@") || name.startsWith("http") || name.length() > 80
                    || CreditParts.NOT_NAMES.contains(name.strip().toLowerCase(Locale.ROOT))) {
                return Byline.NONE;
            }
            return new Byline(List.of(name.strip()), null);
        }
        return Byline.NONE;
    }

    /**
     * The structured credit, or the visible byline where that names the same people and more: metadata often keeps
     * only the first of several writers ("By Jane Doe and Omar Haddad" above the story, "Jane Doe" in JSON-LD).
     */
    private static Byline widened(Byline structured, Document doc, String site, List<String> organisations) {
        Byline found = withoutHelpers(structured, doc);
        for (String t : BylineElements.texts(doc)) {
            Byline seen = credits(List.of(t), site, organisations);
            if (seen.people().size() > found.people().size() && seen.people().containsAll(found.people())
                    && seen.people().stream().filter(n -> !found.people().contains(n))
                            .allMatch(n -> CreditParts.personLike(n, organisations))) {
                return new Byline(seen.people(), found.agency() != null ? found.agency() : seen.agency());
            }
        }
        return found;
    }

    /**
     * The structured credit without the people the visible byline names only after a helper's label: metadata often
     * lists every contributor as an author ("Jane Doe", "Omar Haddad" in JSON-LD; "By Jane Doe Contributions from
     * Omar Haddad" above the story). Kept whole when that would leave no one.
     */
    private static Byline withoutHelpers(Byline found, Document doc) {
        List<String> people = new ArrayList<>(found.people());
        for (String t : HelperCredits.lines(doc)) HelperCredits.drop(people, t);
        return people.isEmpty() || people.size() == found.people().size() ? found : new Byline(List.copyOf(people), found.agency());
    }

    /**
     * A forum poster's name as the forum shows it: handles ("blue_kite", "mara.q") are no written names, so they are
     * not held to the shape of one; null when blank or too long to be a name.
     */
    static String poster(String name) {
        if (name == null) return null;
        String s = Spaces.squeeze(name.replace('\u00a0', ' ')).strip();
        return s.length() < 2 || s.length() > 60 || s.startsWith("http") ? null : s;
    }

    /**
     * The text of the first link to an author's own page ("/author/jane-doe", "/writer/123/Jane_Doe") outside
     * menus and teaser boxes, and of the links to other authors' pages in the same block (co-authors).
     */
    static List<String> linkedAuthors(Document doc) {
        List<String> out = new ArrayList<>();
        Element block = null;
        String host = host(doc.location());
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!toAuthorPage(href) || a.text().isBlank() || !onSite(a, href, host) || OtherStories.holds(a)
                    || inMenuList(a)) {
                continue;
            }
            if (block == null) {
                block = a.parent() != null && a.parent().parent() != null ? a.parent().parent() : a.parent();
            } else if (!block.equals(a.parent()) && !a.parents().contains(block)) {
                break;
            }
            out.add(a.text());
            if (out.size() >= MAX_LINKED) break;
        }
        // a byline-sized block that goes on to credit helpers ("Contributions from ..."): their links are no authors
        String line = block == null ? "" : BylineElements.spacedText(block);
        if (line.length() <= 300) HelperCredits.drop(out, line);
        return out;
    }

    /**
     * A link that is one item of a menu: a list of at least {@value #MENU_ITEMS} items, some of which link to pages
     * that are no author's ("/voices/letters" beside "/author/jane-doe" in a section's drop-down). A byline set as a
     * list links every item to an author's page.
     */
    private static boolean inMenuList(Element a) {
        Element item = a.closest("li");
        Element list = item == null ? null : item.parent();
        if (list == null || list.children().size() < MENU_ITEMS) return false;
        for (Element other : list.children()) {
            Element link = other.selectFirst("a[href]");
            if (link != null && !toAuthorPage(link.attr("href"))) return true;
        }
        return false;
    }

    /** A relative link, or one to the page's own host (without "www."): a social site's profile is no byline. */
    private static boolean onSite(Element a, String href, String host) {
        if (!href.matches("(?i)^(https?:)?//.*")) return true;
        return host != null && host.equals(host(a.absUrl("href")));
    }

    private static String host(String url) {
        try {
            String h = url == null || url.isBlank() ? null : java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean toAuthorPage(String href) {
        String path = QUERY.matcher(HOST.matcher(href).replaceFirst("")).replaceFirst("");
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        // the author segment, then at least one more naming the person
        for (int i = 0; i + 1 < segments.length; i++) {
            if (AUTHOR_PATHS.contains(segments[i]) && !segments[i + 1].isEmpty()) return true;
        }
        return false;
    }

    /** A "By X and Y" line at the head of a body, as names and agency; empty when the line is no byline. */
    static Byline fromByLine(String line) {
        Matcher m = BY_LINE.matcher(line);
        if (!m.lookingAt() || line.length() > 120) return Byline.NONE;
        return credits(List.of(line), null, List.of());
    }

    /**
     * Names of the site and its publisher, never authors: og:site_name, the JSON-LD publisher, application-name and
     * the short last part of the title ("... | The Daily Journal"). Bylines often run into them
     * ("Greyson Steele Battle Creek Enquirer") or list them as an author.
     */
    private static List<String> organisations(String site, Document doc, JsonLd ld) {
        List<String> out = new ArrayList<>();
        for (String o : new String[] {site, ld.publisher(),
                Meta.content(doc, "application-name"), Headline.siteSuffix(doc.title())}) {
            if (o != null && o.strip().length() >= 4) out.add(o.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Person names from raw author strings; parts that are roles, dates, agencies or the site itself are dropped. */
    static List<String> names(List<String> raw, String siteName, List<String> organisations) {
        return credits(raw, siteName, organisations).people();
    }

    /**
     * Person names and the agency credited in raw author strings. Within one string, an organisation after a person
     * ("Jane Doe, Financial Times") is where the person works, not a second author; a newsroom credited as staff
     * ("Slate Staff") is the author only where no person is named.
     */
    static Byline credits(List<String> raw, String siteName, List<String> organisations) {
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        Set<String> staff = new LinkedHashSet<>();
        String agency = null;
        for (String r : raw) {
            String s = BY.matcher(HelperCredits.writersOnly(r.replace('\u00a0', ' ').strip())).replaceFirst("");
            s = Spaces.squeeze(s.replaceAll("\\S+@\\S+", " ")).strip();
            s = CreditParts.withoutTrailingOrganisation(s, organisations);
            if (s.startsWith(",") || s.startsWith(";")) continue;   // ", The Daily Journal": the name is missing, only the employer is left
            boolean personSeen = false;
            boolean fullNameSeen = false;
            for (String part : SPLIT.split(s)) {
                part = part.strip();
                Matcher bracket = BRACKETED.matcher(part);
                if (bracket.find() && bracket.start() > 0 && Agencies.named(bracket.group()).isPresent()) {
                    if (agency == null) agency = Agencies.named(bracket.group()).get();
                    part = part.substring(0, bracket.start()).strip();
                }
                String wire = Agencies.named(part).orElse(null);
                int at = wire == null ? Agencies.trailingAt(part) : -1;
                if (at > 0) {
                    wire = Agencies.named(part.substring(at)).orElse(null);
                    part = part.substring(0, at).strip();
                }
                if (wire != null && agency == null) agency = wire;
                if (wire != null && at <= 0) continue;
                // "Jane Doe, MD, RD": the letters stay with the person's credit, short as they are
                if (personSeen && Organisations.credential(part)) {
                    out.add(part.replaceAll(",+$", "").strip());
                    continue;
                }
                if (personSeen && Organisations.is(part, organisations)) continue;
                // "Zoe Marsh, Hardware": after a person named in full, a word alone is her desk or title; co-authors
                // are named alike, in full
                if (fullNameSeen && !part.contains(" ")) continue;
                if (STAFF.matcher(part).matches() || Organisations.ofName(part)) {
                    staff.add(part.replaceAll("[.,]+$", ""));
                    continue;
                }
                String name = CreditParts.name(part, organisations, site);
                if (name == null) continue;
                out.add(name);
                personSeen = true;
                fullNameSeen |= name.contains(" ");
                if (out.size() >= 8) break;
            }
        }
        return new Byline(List.copyOf(out.isEmpty() ? staff : out), agency);
    }

}
