package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Strips what can never be article text before any scoring: code, media, forms controls, hidden blocks,
 * navigation, asides, footers, and blocks whose class or id names them as furniture (comments, related links,
 * share bars, cookie banners). Works in place on the parsed document.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, template, iframe, svg, canvas, object, embed, "
            + "video, audio, picture, source, button, input, select, textarea, label, dialog, link, meta, figcaption, "
            + "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .twitter-tweet, .fb-post";
    /**
     * Furniture by its markup role; still kept when it holds much of the page's prose (a mis-used wrapper), a modal
     * box ({@link #isModal}) only in the recall pass.
     */
    private static final String FURNITURE = "nav, aside, footer, [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=banner], [role=dialog], [role=alert], [hidden], [aria-hidden=true], "
            + "[aria-modal=true]";
    /** Share of the page's text above which a block is never removed for its name alone. */
    private static final double PROTECTED_SHARE = 0.3;
    /** How long a paragraph must be to be a story's lead rather than a site's motto ({@link #isStoryHead}). */
    private static final int LEAD_PARAGRAPH = 150;
    /** The most of a lead paragraph's text that may be links. */
    private static final double LEAD_LINKS = 0.3;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile(
            "(?i)(?:comments?|disqus.*|replies|respond|reply|user-?comments?)(?:[-_].*)?");
    /** A responsive class that shows a block at some screen width: Tailwind's "md:block", Bootstrap's "d-lg-flex". */
    private static final Pattern RESHOWN = Pattern.compile(
            "(?:\\w+:(?:block|flex|grid|inline(?:-\\w+)?|table(?:-\\w+)?|contents)|d-(?:sm|md|lg|xl|xxl)-(?!none)\\w+)");
    private static final Set<String> HIDDEN_CLASSES = HtmlWords.get("hidden-classes");
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "article", "main", "a");
    /** Names (class, id, role, test id) that mark a block unlikely to be content and nothing suggests it is. */
    private static final NameMemo<Boolean> UNLIKELY_NAMES = new NameMemo<>(
            n -> ClassHints.UNLIKELY.matcher(n).find() && !ClassHints.MAYBE.matcher(n).find());
    /**
     * The same for a heading (h2-h6), where "header" names the heading itself ("section-header",
     * "header__StyledHeading"), not the page's header: only the other furniture words count.
     */
    private static final NameMemo<Boolean> UNLIKELY_HEADING_NAMES = new NameMemo<>(
            n -> unlikelyBesidesHeader(n) && !ClassHints.MAYBE.matcher(n).find());
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final NameMemo<Boolean> DISCLOSED = NameMemo.finds(ClassHints.DISCLOSURE);
    private static final NameMemo<Boolean> HIDDEN_BY_CLASS = new NameMemo<>(PageCleaner::hiddenByClass);
    /** A picture's caption by name ("imageCaption", "photo-caption", "wp-caption-text"), not a type size. */
    private static final NameMemo<Boolean> CAPTION_CLASS = NameMemo.finds(Pattern.compile(
            "(?i)(?:image|img|photo|picture|pic|media|figure|video|gallery|wp)[-_]?caption|(?:^|\\s)caption(?:\\s|$)"));
    private static final NameMemo<Boolean> COMMENTS_ID = new NameMemo<>(n -> COMMENTS.matcher(n).matches());
    private static final NameMemo<Boolean> COMMENTS_CLASS = new NameMemo<>(PageCleaner::commentsClass);
    /** Parsed once: asked of every named element, a query string would be parsed again each time. */
    private static final Evaluator CODE_LISTING = QueryParser.parse("pre, code");
    private static final Evaluator TABLE = QueryParser.parse("table");

    private PageCleaner() {}

    static void clean(Document doc) {
        clean(doc, true);
    }

    /**
     * As {@link #clean(Document)}; with {@code byNames} false, blocks are not removed for their class or id names
     * alone (a "subscriber-preview" wrapper around every paragraph): the recall pass for pages the precise
     * cleaning left almost empty; it also keeps a hidden block that holds much of the prose, or any hidden prose
     * when hidden blocks together hold most of the page's (the rest of a story hidden until the reader subscribes,
     * whole or paragraph by paragraph).
     */
    static void clean(Document doc, boolean byNames) {
        Element body = doc.body();
        if (body == null) return;
        StreamedSegments.place(body);
        removeComments(body);
        NoScript.settle(body);
        Prune.removeAll(body.select(NEVER_TEXT));
        TextStats stats = TextStats.of(body);
        long total = Math.max(1, stats.paragraphLength(body));
        List<Element> doomed = new ArrayList<>();
        boolean hiddenStory = !byNames && hiddenProse(body, stats) > total / 2;
        for (Element e : body.select(FURNITURE)) {
            if (byNames && isModal(e) || !holdsProse(e, stats, total)) doomed.add(e);
        }
        for (Element e : body.getAllElements()) {
            if (e == body || KEEP_TAGS.contains(e.normalName())) continue;
            if (isHidden(e)) {
                // the recall pass reads a story hidden until the reader subscribes: it is still the story
                boolean keep = !byNames && (holdsProse(e, stats, total) || hiddenStory && stats.paragraphLength(e) > 0);
                if (!keep) doomed.add(e);
                continue;
            }
            String names = ClassHints.names(e);
            if (names.isBlank() || !byNames || inCodeListing(e)) continue;
            if (isComments(e) || isCaptionParagraph(e)) {
                doomed.add(e);
                continue;
            }
            if ((HEADINGS.contains(e.normalName()) ? UNLIKELY_HEADING_NAMES : UNLIKELY_NAMES).test(names)
                    && !"articleBody".equals(e.attr("itemprop")) && e.closest(TABLE) == null
                    && !holdsProse(e, stats, total) && !isStoryHead(e, names, stats)) {
                doomed.add(e);
            }
        }
        // A <header> carries the headline, byline and date, never body paragraphs; some sites wrap everything in one.
        for (Element h : body.select("header")) {
            if (!holdsProse(h, stats, total)) doomed.add(h);
        }
        doomed.addAll(body.select("h1"));
        Prune.removeAll(doomed);
    }

    /**
     * Hidden from view by its style or by a class name that hides ({@code hidden-classes} in word-lists.txt), and
     * not shown again at some screen width by a responsive class ("hidden lg:flex", "d-none d-md-block"). The
     * folded panels of an accordion, a FAQ or tabs are hidden until a click, and are text of the page.
     */
    private static boolean isHidden(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("style")) return false;   // most elements: no regex, no class set
        String classes = e.className();
        if (DISCLOSED.test(classes)) return false;
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) return true;
        return HIDDEN_BY_CLASS.test(classes);
    }

    /** A class that hides the block, and none that shows it again at some screen width. */
    private static boolean hiddenByClass(String classes) {
        boolean hiddenByName = false;
        for (String c : Spaces.split(classes)) {
            if (c.isEmpty()) continue;
            if (RESHOWN.matcher(c).matches()) return false;
            if (HIDDEN_CLASSES.contains(lower(c))) hiddenByName = true;
        }
        return hiddenByName;
    }

    private static boolean unlikelyBesidesHeader(String names) {
        Matcher m = ClassHints.UNLIKELY.matcher(names);
        while (m.find()) {
            if (!m.group().equalsIgnoreCase("header")) return true;
        }
        return false;
    }

    /** Paragraph text inside hidden blocks (outermost ones only): most of the page when a story is hidden by parts. */
    private static long hiddenProse(Element body, TextStats stats) {
        long sum = 0;
        for (Element e : body.getAllElements()) {
            if (e != body && !KEEP_TAGS.contains(e.normalName()) && isHidden(e)
                    && e.parents().stream().noneMatch(PageCleaner::isHidden)) {
                sum += stats.paragraphLength(e);
            }
        }
        return sum;
    }

    /**
     * A paragraph whose class names it a picture's caption ("imageCaption", "photo-caption", "caption"): some
     * publishing systems write the caption as a {@code <p>} beside the picture instead of a {@code <figcaption>},
     * which goes as never text. Only the paragraph itself: a block so named may be a product card or a layout
     * wrapper, and "text-caption" is a type size.
     */
    private static boolean isCaptionParagraph(Element e) {
        return e.normalName().equals("p") && CAPTION_CLASS.test(e.className());
    }

    /**
     * Inside a code listing ({@code <pre>}, {@code <code>}) class names are a syntax highlighter's token kinds
     * ("hljs-comment", "token comment", "hljs-meta"), not page furniture: the listing is text as written, its
     * comments and all.
     */
    private static boolean inCodeListing(Element e) {
        String tag = e.normalName();
        return tag.equals("pre") || tag.equals("code") || e.closest(CODE_LISTING) != null;
    }

    /** A class token or id that names a reader-comments block: removed even when it holds much prose. */
    private static boolean isComments(Element e) {
        return COMMENTS_ID.test(e.id()) || COMMENTS_CLASS.test(e.className());
    }

    private static boolean commentsClass(String classes) {
        for (String c : Spaces.split(classes)) if (!c.isEmpty() && COMMENTS.matcher(c).matches()) return true;
        return false;
    }

    /**
     * A modal box laid over the page ({@code aria-modal=true}): a cookie and privacy centre, a sign-in or newsletter
     * pop-up. In the precise pass it goes however much text it holds (a consent centre's descriptions of its cookies
     * outweigh a short page's own text); a site that shows its story in a modal reader still has it found by the
     * recall pass, which keeps furniture that holds much of the prose.
     */
    private static boolean isModal(Element e) {
        return "true".equalsIgnoreCase(e.attr("aria-modal"));
    }

    /**
     * A block named a "header" only ("listicle-header", "article-header__intro") that holds a paragraph of prose:
     * the head of the story, with its standfirst or opening paragraphs under the headline, not the page's header.
     * A site's header holds a logo, a menu and a search box, at most a one-line motto; no paragraph of
     * {@value #LEAD_PARAGRAPH} characters or more that is not mostly links.
     */
    private static boolean isStoryHead(Element e, String names, TextStats stats) {
        return !unlikelyBesidesHeader(names) && stats.holdsParagraph(e, LEAD_PARAGRAPH, LEAD_LINKS);
    }

    private static boolean holdsProse(Element e, TextStats stats, long total) {
        return stats.paragraphLength(e) > PROTECTED_SHARE * total;
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, root);
        Prune.removeAll(comments);
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
