package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
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
    /**
     * A hint; {@code sure} marks an address convention plain enough to overrule a plain "Article" stamp, and
     * {@code index} one that names a section's index outright, whatever the length of the prose found on it.
     */
    private record Hint(PageType type, String kind, String value, Pattern url, boolean sure, boolean index) {}

    private static final List<Hint> HINTS = hints();
    /** The schema.org prefix of a JSON-LD type, left off (compiled once: asked of every type of every page). */
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema.org/");
    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");
    /** Story prose below this many characters is no article (a teaser, a stub, an index). */
    private static final int MIN_STORY = 500;
    /** A page with at least this many linked headlines and little prose lists other pages. */
    private static final int MIN_TEASERS = 8;
    /** This many product objects in a page's structured data make it a category page. */
    private static final int MANY_PRODUCTS = 3;
    /** This many alike item cards (and as many prices) make a listing or a shop's category. */
    private static final int MIN_CARDS = 6;
    /**
     * An unsigned page that declares no type and shows this many blocks of code is a manual or reference page:
     * a programmer's blog post is signed or declares itself a post, and shows a few examples, not ten.
     */
    private static final int MANUAL_CODE_BLOCKS = 10;
    private static final Pattern HOME = Pattern.compile(
            "https?://[^/?#]+(?:/(?:[a-z]{2}(?:[-_][a-z]{2})?|index\\.\\w+))*/?(?:[?#].*)?");
    private static final Pattern PRODUCT_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"(?:https?://schema\\.org/)?Product\"");

    private PageTypes() {}

    /** What the page shows of its type before furniture is taken out: declared types, linked headlines, its shape. */
    record Signs(Set<String> declared, int products, int teasers, PageShape shape) {
        static Signs of(Document doc) {
            return new Signs(declaredTypes(doc), productObjects(doc), PageTypes.teasers(doc), PageShape.of(doc.body()));
        }

        /**
         * The page's type given its address and what its text turned out to be; {@code cards} gives the run of
         * teaser cards of the page as cleaned for reading (menus, header, footer, asides gone), asked only of a page
         * about to be taken for an article that declares no news type of its own ({@link #asksCards}): an unsigned
         * page held by alike linked cards is a listing, and so is any page held by teasers with linked headlines of
         * their own ({@link HeadlinedTeasers}), signed or not, as the byline read from an index is one teaser's.
         */
        PageType.Judged judge(String url, Text text, Supplier<TeaserCards> cards) {
            PageType.Judged judged = PageTypes.judge(this, url, text);
            if (judged.type() == PageType.ARTICLE && !text.signed() && text.ownersVoice()) {
                return new PageType.Judged(PageType.OTHER,
                        "unsigned, and speaks as its owner ('we', 'our') under short headings: a service page, no story");
            }
            if (judged.type() == PageType.ARTICLE && text.linesNotSentences()) {
                return new PageType.Judged(PageType.LISTING, text.storyChars() + " characters of text, only "
                        + text.sentenceChars() + " of them in sentences: its lines are titles and names, a list");
            }
            if (judged.type() == PageType.ARTICLE && asksCards()) {
                TeaserCards run = cards.get();
                if (!text.signed() && run.holdThePage()) {
                    return new PageType.Judged(PageType.LISTING, String.format(Locale.ROOT,
                            "unsigned, and %d alike linked cards hold %.0f%% of its text: teasers, no one story",
                            run.cards(), 100 * run.share()));
                }
                // signed or not: the byline read may be one of the teasers' own
                HeadlinedTeasers teasers = run.headlined();
                if (teasers.holdThePage(text.storyChars())) {
                    return new PageType.Judged(PageType.LISTING, String.format(Locale.ROOT,
                            "%d cards with a linked headline each hold %.0f%% of its text, %s: teasers of other stories",
                            teasers.cards(), 100 * teasers.share(),
                            teasers.stamped() ? "each with its own date or byline" : "with no prose of their own"));
                }
            }
            return judged;
        }

        /** Whether the page shows as many linked headlines as an index page does. */
        boolean manyTeasers() { return teasers >= MIN_TEASERS; }

        /**
         * Whether {@link #judge} may ask this page for its run of teaser cards: it declares no article, or only the
         * plain "Article" site software stamps on every page. Known before the text is read, so that the reader
         * takes the cards from the page it cleans anyway.
         */
        boolean asksCards() { return !declaresArticle() || onlyCalledArticle(); }

        /** Whether the page's structured data or og:type calls it an article of some kind. */
        boolean declaresArticle() {
            for (Hint h : HINTS) {
                if (h.type() == PageType.ARTICLE && h.kind().equals("schema")
                        && declared.contains(h.value().toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }

        /**
         * Whether the page shows itself a discussion thread before its text is read (declared a forum posting or a
         * question page, or at a forum's address, and no article declared): its replies are then its text.
         */
        boolean thread(String url) {
            PageType.Judged d = byDeclaration(this, MIN_STORY);
            Hint hinted = addressHint(url, null);
            if (d != null && !(sure(hinted, url) && onlyCalledArticle())) return d.type() == PageType.FORUM;
            return hinted != null && hinted.type() == PageType.FORUM;
        }

        /**
         * Whether the only article type the page declares is the plain one (JSON-LD "Article", og:type "article"):
         * site software stamps that on every page it serves, shop items, forum topics and manuals alike, so it says
         * less of the page than its address does. A news type ("NewsArticle", "BlogPosting") is chosen by the writer.
         */
        boolean onlyCalledArticle() {
            boolean plain = false;
            for (Hint h : HINTS) {
                if (h.type() != PageType.ARTICLE || !h.kind().equals("schema")) continue;
                String v = h.value().toLowerCase(Locale.ROOT);
                if (!declared.contains(v)) continue;
                if (!v.equals("article")) return false;
                plain = true;
            }
            return plain;
        }
    }

    /**
     * What the page's text turned out to be: the length of its story prose; whether it is credited (has a
     * publication date or a byline: a story is told by someone at some time; a service or landing page is not) and
     * signed (a byline); whether it had to be gathered from sections side by side (no one block holds a story); and
     * whether it speaks as its owner to its readers ({@link Voice}).
     */
    record Text(long storyChars, long sentenceChars, boolean credited, boolean signed, boolean sections,
                boolean ownersVoice) {
        /**
         * Whether the text is lines of titles, names and figures rather than sentences: a story tells in sentences,
         * while a list of books, papers, people or things (a reading list, a catalogue, a profile's publications)
         * says as much in length but next to nothing in sentences: fewer characters in sentences than half a short
         * story (a shopping roundup's few lines of prose between its items still tell something), and under a
         * {@value #LIST_SHARE}th part of the text.
         */
        boolean linesNotSentences() {
            return sentenceChars < MIN_STORY / 2 && sentenceChars * LIST_SHARE < storyChars;
        }
    }

    /** A text whose sentences make less than this part of it (one in N characters) is a list of lines. */
    private static final int LIST_SHARE = 4;
    /** A paragraph of at least this many words with a sentence's end is prose. */
    private static final int SENTENCE_WORDS = 10;
    /**
     * The end of a sentence: a stop after a word or a closing bracket, then a blank or the end; or the full stop of
     * a script written without blanks or case (Chinese, Japanese, Hindi, Arabic), where the count of words says
     * nothing.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\p{N})][.!?][\"\u201d\u2019)]?(?=\\s|$)");
    private static final Pattern UNSPACED_END = Pattern.compile("[\u3002\uff01\uff1f\u0964\u061f]");

    /**
     * How many characters of the paragraphs are prose: paragraphs of {@value #SENTENCE_WORDS} words or more with
     * a sentence's end in them. A title, a name with its dates, a price line or a citation has none.
     */
    static long sentenceChars(List<String> paragraphs) {
        long n = 0;
        for (String p : paragraphs) {
            String s = p.strip();
            boolean prose = Spaces.split(s).length >= SENTENCE_WORDS && SENTENCE_END.matcher(s).find();
            if (prose || UNSPACED_END.matcher(s).find()) n += s.length();
        }
        return n;
    }

    /**
     * Whether the page's text outweighs what its address suggests: a listing's address over a long story, or a
     * product's address ("/p/...", which blogs use for posts too) over a long story that someone signed.
     */
    private static boolean storyDespiteAddress(PageType hinted, Text text) {
        boolean longStory = text.storyChars() >= 2 * MIN_STORY;
        return hinted == PageType.LISTING && longStory || hinted == PageType.PRODUCT && longStory && text.signed();
    }

    private static PageType.Judged judge(Signs signs, String url, Text text) {
        long storyChars = text.storyChars();
        boolean credited = text.credited();
        PageType.Judged declared = byDeclaration(signs, storyChars);
        Hint hinted = addressHint(url, text);
        boolean overrules = sure(hinted, url) && declared != null && declared.type() == PageType.ARTICLE
                && signs.onlyCalledArticle();
        if (declared != null && !overrules) {
            return declared;
        }
        if (hinted != null) {
            String looks = hinted.type() == PageType.OTHER ? "documentation" : "a " + hinted.type().spelling() + " page";
            return new PageType.Judged(hinted.type(), "its address looks like " + looks);
        }
        String address = url == null ? "" : url.toLowerCase(Locale.ROOT);
        PageType.Judged shaped = byShape(signs, storyChars, credited);
        if (shaped != null) return shaped;
        if (text.sections()) {
            return new PageType.Judged(PageType.OTHER, "its text is in sections side by side, no one story (a service or landing page)");
        }
        if (isHomePage(address)) {
            return new PageType.Judged(PageType.OTHER, "the site's home page, not one story");
        }
        if (!text.signed() && signs.shape().codeBlocks() >= MANUAL_CODE_BLOCKS) {
            return new PageType.Judged(PageType.OTHER, "unsigned, and teaches by " + signs.shape().codeBlocks()
                    + " blocks of code: documentation, no story");
        }
        // prose alone, undated and unsigned, is still taken for a story: calling a story "other" keeps its events out
        if (storyChars >= MIN_STORY) return new PageType.Judged(PageType.ARTICLE, storyChars + " characters of story prose");
        return new PageType.Judged(PageType.OTHER, "little prose (" + storyChars + " characters) and no sign of a type");
    }

    /**
     * What the structured data says. An article with prose wins over the products, lists and questions its
     * structured data also mentions; an "article" with next to no prose claims more than it holds. Several products
     * on one page are a shop's category, not one product; the questions of an FAQ block are not a forum thread.
     */
    private static PageType.Judged byDeclaration(Signs signs, long storyChars) {
        Set<String> declared = new LinkedHashSet<>(signs.declared());
        if (declared.contains("faqpage")) declared.removeAll(Set.of("question", "answer"));
        PageType.Judged claimed = null;
        for (Hint h : HINTS) {
            if (!h.kind().equals("schema") || !declared.contains(h.value().toLowerCase(Locale.ROOT))) continue;
            if (h.type() == PageType.ARTICLE && storyChars >= MIN_STORY / 2) {
                return new PageType.Judged(PageType.ARTICLE, "declares itself " + h.value());
            }
            if (h.type() != PageType.ARTICLE && claimed == null) claimed = new PageType.Judged(h.type(), "declares itself " + h.value());
        }
        if (claimed != null && claimed.type() == PageType.PRODUCT && signs.products() >= MANY_PRODUCTS
                && signs.shape().items() >= MIN_CARDS) {
            return new PageType.Judged(PageType.LISTING, "declares " + signs.products() + " products");
        }
        return claimed;
    }

    /**
     * What the page's structure says: many priced item cards are a shop's category; a price and a cart button
     * are one product; many alike linked items or linked headlines with little prose of their own are a listing.
     */
    private static PageType.Judged byShape(Signs signs, long storyChars, boolean credited) {
        PageShape shape = signs.shape();
        // a dated, signed story of some length that lists priced things is a shopping article
        boolean story = credited && storyChars >= 3 * MIN_STORY;
        if (!story && shape.pricedItems() >= MIN_CARDS) {
            return new PageType.Judged(PageType.LISTING, shape.pricedItems() + " alike items with a price each");
        }
        if (!story && shape.items() >= MIN_CARDS && shape.prices() >= MIN_CARDS) {
            return new PageType.Judged(PageType.LISTING, shape.items() + " alike items and " + shape.prices() + " prices");
        }
        if (shape.cart() && shape.prices() >= 1) {
            return new PageType.Judged(PageType.PRODUCT, "a price and a button to buy");
        }
        if (storyChars >= 3 * MIN_STORY) return null;
        if (signs.teasers() >= MIN_TEASERS) {
            return new PageType.Judged(PageType.LISTING, signs.teasers() + " linked headlines and little prose");
        }
        if (shape.items() >= (credited ? 3 : 2) * MIN_CARDS) {
            return new PageType.Judged(PageType.LISTING, shape.items() + " alike linked items and little prose");
        }
        return null;
    }

    /**
     * The first address hint the page's address matches, or null; with the page's text, a hint its text outweighs
     * ({@link #storyDespiteAddress}) is passed over, unless it names a section's index: an index's teasers with
     * their summaries read as much prose as a story does.
     */
    private static Hint addressHint(String url, Text text) {
        String address = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Hint h : HINTS) {
            if (h.url() != null && h.url().matcher(address).find()
                    && (text == null || h.index() || !storyDespiteAddress(h.type(), text))) return h;
        }
        return null;
    }

    /** Whether the address also matches a sure hint ("url-sure") to the type {@code hinted} gives it. */
    private static boolean sure(Hint hinted, String url) {
        if (hinted == null || url == null) return false;
        String address = url.toLowerCase(Locale.ROOT);
        for (Hint h : HINTS) {
            if (h.sure() && h.type() == hinted.type() && h.url().matcher(address).find()) return true;
        }
        return false;
    }

    /** An address with no path (or only a language or region: "/en/", "/us/en/"): the site's front door. */
    static boolean isHomePage(String address) {
        return HOME.matcher(address).matches();
    }

    /** JSON-LD {@code @type} values and the {@code og:type}, lower case. */
    private static Set<String> declaredTypes(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Matcher m = LD_TYPE.matcher(s.data());
            while (m.find()) out.add(SCHEMA_ORG.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceFirst(""));
        }
        String og = Meta.content(doc, "og:type");
        if (og != null) out.add(og.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    /** How many JSON-LD objects are products. */
    private static int productObjects(Document doc) {
        int n = 0;
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            Matcher m = PRODUCT_TYPE.matcher(s.data());
            while (m.find()) n++;
        }
        return n;
    }

    /**
     * Headings that are links: the teasers of an index or category page. A link inside an h2-h4, or an h2 or h3
     * inside a link inside an {@code <article>}; counted in one walk up from each link and heading (a selector with
     * descendant steps tests every ancestor of every element again for each step).
     */
    private static int teasers(Document doc) {
        int n = 0;
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean teaser = tag.equals("a") ? e.hasAttr("href") && underHeading(e)
                    : (tag.equals("h2") || tag.equals("h3")) && inArticleLink(e);
            if (teaser) n++;
        }
        return n;
    }

    private static boolean underHeading(Element link) {
        for (Element p = link.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) return true;
        }
        return false;
    }

    private static boolean inArticleLink(Element heading) {
        boolean inLink = false;
        for (Element p = heading.parent(); p != null; p = p.parent()) {
            if (inLink && p.normalName().equals("article")) return true;
            if (p.normalName().equals("a") && p.hasAttr("href")) inLink = true;
        }
        return false;
    }

    private static List<Hint> hints() {
        List<Hint> out = new ArrayList<>();
        for (String line : ResourceFile.entries(PageTypes.class, "page-type-hints.txt")) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException("page-type-hints.txt: not TYPE, KIND, VALUE: " + line);
            PageType type = PageType.valueOf(f[0].toUpperCase(Locale.ROOT));
            boolean address = f[1].startsWith("url");
            Pattern url = address ? Pattern.compile(f[2], Pattern.CASE_INSENSITIVE) : null;
            boolean index = f[1].equals("url-index");
            out.add(new Hint(type, address ? "url" : f[1], f[2], url, index || f[1].equals("url-sure"), index));
        }
        return List.copyOf(out);
    }
}
