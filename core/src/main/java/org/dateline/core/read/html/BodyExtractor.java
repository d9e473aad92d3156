package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The story's paragraphs. Structured hints first: an {@code itemprop=articleBody} block is taken when it holds
 * most of what content scoring finds; a JSON-LD {@code articleBody} is the yardstick when present, picking the
 * DOM candidate that matches it best, and standing in for the DOM only when no candidate comes close (pages that
 * render the story with scripts). Mutates the document (furniture is removed).
 */
final class BodyExtractor {
    private static final int MIN_LD_BODY = 200;
    /** A story shorter than this (in characters) is read again without removing blocks for their names alone. */
    static final int SHORT_STORY = 500;
    /** How many times longer the recall pass's story must be to replace the precise one. */
    private static final int RECALL_GAIN = 2;
    /** How many times longer an index page's teasers must be than the text read to replace it. */
    private static final double LISTED_GAIN = 1.5;
    /**
     * An index page's teasers this many times longer than the text read are a dump of thousands of items around a
     * story, not an index's text (the largest gain that helped on WCXB dev's listings was 61 times).
     */
    private static final double MAX_LISTED_GAIN = 100;

    private BodyExtractor() {}

    /**
     * The page's main text: the story's paragraphs; when they come out shorter than {@value #SHORT_STORY} characters, a second reading
     * of a fresh copy of the page that removes no block for its class or id names alone (trafilatura's recall
     * fallback) replaces them if it finds a story at least {@value #RECALL_GAIN} times as long; and when that
     * is still short, the run of alike items of a listing replaces it on the same terms. A page that does not
     * declare itself an article may tell its text in many sections side by side (a service or landing page, a
     * product page): when the whole page, its link-heavy blocks taken out, says {@value #RECALL_GAIN} times as
     * much as the one best block, the whole page is its text. An index page (many linked headlines, little story
     * of its own) is read whole with its headlines on the same terms: its list of teasers is its text. A passage
     * read twice is kept once ({@link RepeatedPassages}).
     */
    static Body read(Document doc, JsonLd ld, Supplier<Document> fresh, boolean thread, boolean article, boolean teasers) {
        return read(doc, ld, fresh, thread, article, teasers, false);
    }

    /**
     * As {@link #read(Document, JsonLd, Supplier, boolean, boolean, boolean)}; with {@code cards}, the body also
     * carries the run of teaser cards of the page as cleaned for reading ({@link Body#cards}), taken from the page
     * this reading cleans before any story block is cleaned in turn: the page type asks for them, and reading them
     * here spares it a parse and a cleaning of a copy of its own.
     */
    static Body read(Document doc, JsonLd ld, Supplier<Document> fresh, boolean thread, boolean article,
            boolean teasers, boolean cards) {
        Body body = choose(doc, ld, fresh, thread, article, teasers, cards);
        return new Body(RepeatedPassages.dropRepeats(body.paragraphs()), body.kind(), body.cards());
    }

    private static Body choose(Document doc, JsonLd ld, Supplier<Document> fresh, boolean thread, boolean article,
            boolean teasers, boolean cards) {
        if (thread) return thread(doc, fresh);
        Body one = oneBlock(doc, ld, fresh, cards);
        if (article || one.kind() == Kind.ITEMS) return one;
        long told = Math.max(1, length(one.paragraphs()));
        if (teasers && told < 3 * SHORT_STORY) {
            List<String> listed = listed(fresh.get());
            if (length(listed) >= RECALL_GAIN * told) return new Body(listed, Kind.ITEMS, one.cards());
        }
        List<String> sections = sections(doc);
        return length(sections) >= RECALL_GAIN * told ? new Body(sections, Kind.SECTIONS, one.cards()) : one;
    }

    /** The story as one block (readability's way), or, on a page with little prose, the run of listed items. */
    private static Body oneBlock(Document doc, JsonLd ld, Supplier<Document> fresh, boolean cards) {
        PageCleaner.clean(doc, true);
        TeaserCards teasers = cards ? TeaserCards.of(mainOf(doc)) : null;
        List<String> precise = story(doc, ld, true);
        if (length(precise) >= SHORT_STORY) return new Body(precise, Kind.STORY, teasers);
        List<String> recall = paragraphs(fresh.get(), ld, false);
        List<String> best = length(recall) >= RECALL_GAIN * Math.max(1, length(precise)) ? recall : precise;
        if (length(best) >= SHORT_STORY) return new Body(best, Kind.STORY, teasers);
        List<String> items = items(fresh.get(), true);
        return length(items) >= RECALL_GAIN * Math.max(1, length(best)) ? new Body(items, Kind.ITEMS, teasers)
                : new Body(best, Kind.STORY, teasers);
    }

    /**
     * The whole page as cleaned for the one-block reading (menus, header, footer, asides and named furniture gone),
     * within its one {@code <main>} when it marks one, with link-heavy blocks, galleries and form remnants taken
     * out as inside a story: trafilatura's reading of a page whose text no single container holds.
     */
    private static List<String> sections(Document doc) {
        Element root = mainOf(doc);
        if (root == null) return List.of();
        ContentCleaner.clean(root, true);
        return BlockText.paragraphs(List.of(root));
    }

    /**
     * An index page's text: its teasers, headline links and all, over a fresh copy of the whole page cleaned as for
     * the one-block reading (menus, header, footer and asides gone; no teaser taken out as a link-heavy block inside
     * a story), within its one {@code <main>} when it marks one.
     */
    private static List<String> listed(Document doc) {
        PageCleaner.clean(doc, true);
        Element root = mainOf(doc);
        return root == null ? List.of() : BlockText.paragraphs(List.of(root), true);
    }

    /**
     * The text of a page judged an index only after its text was read (a front page, a section, a shop's category,
     * a blog's index, a list): its teasers, headline links and all ({@link #listed}, read from {@code fresh}, a
     * fresh copy of the page), when they say at least {@value #LISTED_GAIN} times as much as the text read; else
     * null. The one block content scoring picks on such a page is one box of many (a "most read" box, one row of
     * cards), and the gold of index pages keeps every teaser (on WCXB dev's 219 pages judged or marked listings,
     * body F1 of listings A .624 -> .668, B .539 -> .593, of shop categories .490 -> .587; a gain of 2 gave .659 and
     * .582).
     */
    static List<String> listedInstead(Document fresh, List<String> read) {
        List<String> listed = RepeatedPassages.dropRepeats(listed(fresh));
        long told = Math.max(1, length(read));
        return length(listed) >= LISTED_GAIN * told && length(listed) <= MAX_LISTED_GAIN * told ? listed : null;
    }

    /**
     * The page cleaned as for the one-block reading (menus, header, footer, asides and named furniture gone), within
     * its one {@code <main>} when it marks one; null for a page without a body.
     */
    static Element cleanedMain(Document doc) {
        PageCleaner.clean(doc, true);
        return mainOf(doc);
    }

    /** The page's one {@code <main>} (or role=main) element, else its body; null for a page without a body. */
    private static Element mainOf(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        Elements mains = body.select("main, [role=main]");
        return mains.size() == 1 ? mains.get(0) : body;
    }

    /**
     * A discussion thread (a forum topic, a question and its answers): the replies are its text, so no block is
     * removed for being named a comment or a reply, and the opening post's structured text is no yardstick for the
     * whole. The longest of that reading, the run of alike items, and all the blocks made alike
     * ({@link #alikePosts}).
     */
    private static Body thread(Document doc, Supplier<Document> fresh) {
        List<String> best = paragraphs(doc, JsonLd.NONE, false);
        for (List<String> other : List.of(items(fresh.get(), false), alikePosts(fresh.get()))) {
            if (length(other) > length(best)) best = other;
        }
        return new Body(best, Kind.STORY, null);
    }

    /**
     * Every post of a thread, where the posts are not one run of siblings (a question above its answers, each
     * answer in a frame of its own): the thread software writes every post's text in a block made alike, the same
     * tag with the same classes, so the posts are all the blocks made like the one content scoring picks.
     */
    private static List<String> alikePosts(Document doc) {
        PageCleaner.clean(doc, false);
        Element body = doc.body();
        if (body == null) return List.of();
        Element top = null;
        for (Element e : ContentScorer.select(body)) {
            if (!e.className().isBlank() && (top == null || e.text().length() > top.text().length())) top = e;
        }
        if (top == null) return List.of();
        List<Element> alike = new ArrayList<>();
        for (Element e : body.getElementsByTag(top.normalName())) {
            if (!e.className().equals(top.className())) continue;
            if (!alike.isEmpty() && e.parents().contains(alike.get(alike.size() - 1))) continue;
            alike.add(e);
        }
        return alike.size() < 2 ? List.of() : render(alike, false);
    }

    /**
     * How the page's main text was found: one block of story prose; the run of a listing's items (their titles
     * and teasers, no story prose); or the whole page's sections side by side (no one story either).
     */
    enum Kind { STORY, ITEMS, SECTIONS }

    /**
     * The page's main text and how it was found; {@code cards} is the run of teaser cards of the page as cleaned
     * for reading when it was asked for and read, else null.
     */
    record Body(List<String> paragraphs, Kind kind, TeaserCards cards) {}

    /**
     * A page with little prose may be a list of things (a listing's teasers, a shop's product cards, a course
     * catalogue): its main content is then the run of alike linked items, titles (link text) and all.
     */
    private static List<String> items(Document doc, boolean byNames) {
        PageCleaner.clean(doc, byNames);
        PageShape shape = PageShape.of(doc.body());
        if (shape.items() < PageShape.MIN_ITEMS) return List.of();
        return BlockText.paragraphs(List.of(shape.itemParent()), true);
    }

    private static List<String> paragraphs(Document doc, JsonLd ld, boolean byNames) {
        PageCleaner.clean(doc, byNames);
        return story(doc, ld, byNames);
    }

    /** The story's paragraphs of a page already cleaned ({@link PageCleaner}). */
    private static List<String> story(Document doc, JsonLd ld, boolean byNames) {
        Element body = doc.body();
        if (body == null) return List.of();
        List<Element> scored = ContentScorer.select(body);
        List<String> dom = render(scored, byNames);

        List<Element> marked = new ArrayList<>();
        for (Element e : body.select("[itemprop=articleBody]")) {
            if (e.parents().stream().noneMatch(p -> "articleBody".equals(p.attr("itemprop")))) marked.add(e);
        }
        List<String> byMarkup = marked.isEmpty() ? List.of() : render(marked, byNames);

        String ldBody = ld.articleBody() == null ? null : plain(ld.articleBody());
        if (ldBody != null && ldBody.length() >= MIN_LD_BODY) {
            double fDom = TokenOverlap.f1(ldBody, String.join(" ", dom));
            double fMarked = byMarkup.isEmpty() ? 0 : TokenOverlap.f1(ldBody, String.join(" ", byMarkup));
            double best = Math.max(fDom, fMarked);
            if (best < 0.5 && !looksTruncated(ldBody)) return split(ldBody);
            return fMarked > fDom ? byMarkup : dom;
        }
        if (!byMarkup.isEmpty() && length(byMarkup) >= 0.5 * length(dom)) return byMarkup;
        return dom;
    }

    private static List<String> render(List<Element> blocks, boolean byNames) {
        for (Element b : blocks) ContentCleaner.clean(b, byNames);
        return BlockText.paragraphs(blocks);
    }

    private static String plain(String s) {
        return s.indexOf('<') >= 0 && s.indexOf('>') > 0 ? Jsoup.parse(s).wholeText().strip() : s.strip();
    }

    private static boolean looksTruncated(String s) {
        return s.endsWith("...") || s.endsWith("\u2026") || s.length() < 500;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\s*\\n\\s*")) if (!p.isBlank()) out.add(p.strip().replaceAll("\\s+", " "));
        return out;
    }

    private static long length(List<String> ps) { return ps.stream().mapToLong(String::length).sum(); }
}
