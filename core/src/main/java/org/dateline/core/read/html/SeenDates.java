package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dates a page shows its readers as its own stamp: the date in a block its class, id or tag names for one
 * ({@code date}, {@code published}, {@code byline}, {@code entry-meta}, {@code <abbr>}), and the first date written
 * in the headline, the text under it or the kicker line just above it. Each is read with whether its words say it is
 * a change ("Updated", "Aktualisiert"): the reader sees that one too, and it may be the only date the page shows.
 */
final class SeenDates {
    /** Words in a class or id that name a block holding a date, in the languages pages are written in. */
    private static final String HINT_WORDS = String.join("|", ResourceFile.entries(SeenDates.class, "date-class-hints.txt"));
    /** Whether a class or id names a date block; remembered by the name (the alternation is long, names repeat). */
    private static final NameMemo<Boolean> DATE_NAMED = NameMemo.finds(Pattern.compile("(?i)" + HINT_WORDS));
    /** How far under the headline a date still belongs to the story's stamp. */
    private static final int NEAR_HEADLINE = 600;
    /** A text this long is a paragraph of prose, not a line of stamps. */
    private static final int PROSE_LENGTH = 150;
    /** How far into a paragraph a date still heads it, as a dateline does. */
    private static final int PARAGRAPH_HEAD = 40;
    /** How far above the headline a kicker line's date still belongs to it. */
    private static final int ABOVE_HEADLINE = 150;
    /** How much of the text before a date's end and after it is kept as the text it was read from. */
    private static final int DATE_WIDTH = 30;
    private static final int TIME_WIDTH = 40;
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)(?<!\\d)(?:[01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)|(?<!\\d)1?\\d\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)");
    private static final Pattern UTC_WORDS = Pattern.compile("(?i)\\b(?:GMT|UTC|Z)\\b");
    /** Class or id words of a menu bar or a caption, whose date is the page's clock or a photograph's. */
    private static final Pattern MENU_NAMED = Pattern.compile("(?i)nav|menu|caption");
    /**
     * How many enclosing blocks are asked whether they are a menu bar or a caption: those wrap their date closely,
     * and a page builder's wrapper far up may carry any name. Teaser-box names are not asked: builders call every
     * block a "widget".
     */
    private static final int MENU_DEPTH = 6;
    /** A label of the day a member joined just before a date, a weekday between ("Joined: Mon", "Mitglied seit"). */
    private static final Pattern MEMBER_SINCE = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + String.join("|", ResourceFile.entries(SeenDates.class, "member-since-labels.txt"))
            + ")\\s*:?\\s*(?:\\p{L}{2,9}[.,]?\\s*)?$");
    /** Date blocks read at most: a listing page has one per teaser, and only the first few can be the page's. */
    private static final int MAX_BLOCKS = 12;

    /** A date the page shows, the text it was read from, where ("text" block or "headline-text"), and whether it is a change stamp. */
    record Seen(LocalDate day, String text, String origin, boolean changed) {}

    private SeenDates() {}

    /** The first date in a block named for one that is neither a change stamp nor the page's clock, or null. */
    static Seen firstInBlock(Document doc, DateText.NumericOrder order) {
        return blocks(doc, order).stream().filter(s -> !s.changed()).findFirst().orElse(null);
    }

    /**
     * As {@link #firstInBlock(Document, DateText.NumericOrder)}, among the blocks of the story's head only
     * ({@link #inStoryHead}): a date block in the site's header above it is the page's clock, the day it was served
     * ("Tue, 14 Jan 2020" over a story stamped "13 Jan 2020, 22:11 GMT+10").
     */
    static Seen firstInStoryHead(Document doc, String headline, DateText.NumericOrder order) {
        String text = bodyText(doc);
        return blocks(doc, order).stream().filter(s -> !s.changed() && inStoryHead(text, headline, s)).findFirst()
                .orElse(null);
    }

    /**
     * The dates in blocks named for one, in page order, change stamps included (flagged); a block that is the
     * page's clock ("Today is ...") is left out, and so is one in a comment section: a comment's date stamps a
     * reader's reply, written after the story and often the only named date block when the story's own stamp sits
     * under a plain label ("Datum: 03.02.2022").
     */
    static List<Seen> blocks(Document doc, DateText.NumericOrder order) {
        List<Seen> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (!hinted(e) || BylineElements.inComments(e) || inSiteHeader(e)) continue;
            if (out.size() >= MAX_BLOCKS) break;
            String t = e.normalName().equals("abbr") ? e.attr("title") : e.ownText().isBlank() ? e.text() : e.ownText();
            if (t.length() > 100 || PageDates.CLOCK.matcher(t).find()) continue;
            boolean changed = labelledChange(t, order) || PageDates.changed(e);
            Seen s = marked(t, changed, order);
            if (s == null) s = marked(e.attr("title"), changed, order);
            if (s != null) out.add(s);
        }
        return out;
    }

    /**
     * Whether an element stands in the site's header, a {@code <header>} that holds no heading: the banner over
     * every page, whose date is the day the page was served. A story's own {@code <header>} holds its headline.
     */
    static boolean inSiteHeader(Element e) {
        Element header = e.closest("header");
        return header != null && header.selectFirst("h1, h2, h3") == null;
    }

    /** An {@code <abbr title>}, or an element whose class or id names a date block. */
    private static boolean hinted(Element e) {
        return e.normalName().equals("abbr") && e.hasAttr("title") || namedForDate(e);
    }

    /** Whether an element's class or id names a date block ({@code date-class-hints.txt}: "date", "byline", "entry-meta"). */
    static boolean namedForDate(Element e) {
        return e.hasAttr("class") && DATE_NAMED.test(e.attr("class")) || e.hasAttr("id") && DATE_NAMED.test(e.attr("id"));
    }

    /**
     * Whether the first date of a line is labelled a change stamp: a change word ("Updated", "aktualisiert") stands
     * before it. One that follows it labels a later date or none ("January 19, 2020 / 12:25 PM / Updated 8 hours
     * ago", "Published 3 May, updated 5 May"): the first date is the story's publication. A line with a change word
     * and no date read is a change stamp's, as before.
     */
    static boolean labelledChange(String line, DateText.NumericOrder order) {
        Matcher w = PageDates.MODIFIED.matcher(line);
        if (!w.find()) return false;
        DateText.Found f = DateText.find(line, order);
        return f == null || w.start() < f.start();
    }

    private static Seen marked(String text, boolean changed, DateText.NumericOrder order) {
        if (text == null || text.isBlank()) return null;
        LocalDate d = DateText.parseMarked(text.strip(), order);
        return d == null ? null : new Seen(d, text.strip(), "text", changed);
    }

    /**
     * The first date written in the headline or the text that follows it, the stamp most pages print under it;
     * else one in the kicker line just above it ("24. April 2020 | Presse"). The headline is the one the page was
     * read with, so that a hidden "skip navigation" h1 ahead of it does not mislead; the first h1 when that one is
     * not written in the page. Null when neither holds a date.
     */
    static Seen nearHeadline(Document doc, String headline, DateText.NumericOrder order) {
        return nearHeadline(doc, bodyText(doc), headline, order);
    }

    /** As {@link #nearHeadline(Document, String, DateText.NumericOrder)}, given the page's {@link #bodyText}. */
    static Seen nearHeadline(Document doc, String text, String headline, DateText.NumericOrder order) {
        if (text == null) return null;
        String h = headline;
        int at = h == null || h.isBlank() ? -1 : text.indexOf(h);
        if (at < 0) {
            Element h1 = doc.selectFirst("h1");
            h = h1 == null ? null : h1.text();
            at = h == null || h.isBlank() ? -1 : text.indexOf(h);
        }
        if (at < 0) return null;
        String under = text.substring(at, Math.min(text.length(), at + h.length() + NEAR_HEADLINE));
        String above = text.substring(Math.max(0, at - ABOVE_HEADLINE), at);
        for (String near : new String[] {under, above}) {
            DateText.Found f = firstStamp(doc, near, order);
            if (f == null) continue;
            String written = near.substring(Math.max(0, f.end() - DATE_WIDTH), Math.min(near.length(), f.end() + TIME_WIDTH));
            return new Seen(f.day(), written, "headline-text", PageDates.MODIFIED.matcher(near.substring(0, f.start())).find());
        }
        return null;
    }

    /** The first date in the text that is not told inside a paragraph of the story's prose, or null. */
    private static DateText.Found firstStamp(Document doc, String near, DateText.NumericOrder order) {
        for (int at = 0; at < near.length(); ) {
            DateText.Found f = DateText.find(near.substring(at), order);
            if (f == null) return null;
            if (!toldInProse(doc, near.substring(at + f.start(), at + f.end()))) {
                return new DateText.Found(f.day(), at + f.start(), at + f.end());
            }
            at += f.end();
        }
        return null;
    }

    /**
     * Whether a date is told in the middle of a paragraph of prose ("the draw for the qualifiers on 4 and 5 March
     * 2022 in Rio was announced"): the day of what the sentence tells, not the page's stamp, which stands alone, in
     * a short line, or at the head of the first paragraph as its dateline ("Karlsruhe, (12.11.2021). ..."). Read
     * from the element whose own text holds the date; a date split across elements is taken as a stamp.
     */
    static boolean toldInProse(Document doc, String date) {
        if (doc.body() == null) return false;
        for (Element e : doc.body().getElementsContainingOwnText(date)) {
            String own = e.ownText();
            int at = own.indexOf(date);
            if (at < 0) continue;
            return own.length() >= PROSE_LENGTH && at >= PARAGRAPH_HEAD;
        }
        return false;
    }

    /**
     * Whether a date block stands in the story's head: after the start of the kicker line above the headline, not
     * in the site's header ahead of it, where a date is the page's clock ("Thursday, November 9th 2023 Today's
     * Paper"). True when the headline is not written in the page. {@code text} is the page's {@link #bodyText}.
     */
    static boolean inStoryHead(String text, String headline, Seen s) {
        if (text == null || s.text() == null || headline == null || headline.isBlank()) return true;
        int at = text.indexOf(headline);
        int seenAt = text.indexOf(s.text());
        return at < 0 || seenAt < 0 || seenAt >= at - ABOVE_HEADLINE;
    }

    /**
     * Whether a date read near the headline was read under it, in the line the story's stamp stands in, not in the
     * kicker line above it, where a run of other stories may end ("Public order (FR) April 27, 2017"). {@code text}
     * is the page's {@link #bodyText}.
     */
    static boolean underHeadline(String text, String headline, Seen s) {
        if (text == null || s.text() == null || headline == null || headline.isBlank()) return false;
        int at = text.indexOf(headline);
        return at >= 0 && text.indexOf(s.text(), at) >= 0;
    }

    /**
     * The text of the page's body, or null for a page without one. Building it walks the whole page, so a caller
     * that asks several questions of one unchanged page builds it once and passes it on.
     */
    static String bodyText(Document doc) {
        return doc.body() == null ? null : doc.body().text();
    }

    /**
     * Whether the date a Seen was read from is written in a caption, a menu, an aside or a footer, or labelled
     * as the day a member joined ({@code member-since-labels.txt}): a caption dates its photograph ("Elon Musk in
     * Rome on December 15, 2023."), a menu bar the page's clock, an aside another story, a forum's "Joined: Jul
     * 24, 2017" its member. Read from the first element whose own text holds the date; false when the date is split
     * across elements or not found.
     */
    static boolean besideTheStory(Document doc, Seen s, DateText.NumericOrder order) {
        if (doc.body() == null || s.text() == null) return false;
        DateText.Found f = DateText.find(s.text(), order);
        if (f == null) return false;
        if (MEMBER_SINCE.matcher(s.text().substring(0, f.start())).find()) return true;
        String date = s.text().substring(f.start(), f.end());
        for (Element e : doc.body().getElementsContainingOwnText(date)) {
            if (!e.ownText().contains(date)) continue;
            if (e.closest("figure, figcaption, nav, aside, footer") != null) return true;
            Element p = e;
            for (int i = 0; p != null && p != doc.body() && i < MENU_DEPTH; i++, p = p.parent()) {
                if (MENU_NAMED.matcher(p.className() + " " + p.id()).find()) return true;
            }
            return false;
        }
        return false;
    }

    /**
     * The minute of the time of day the text a date was read from gives in the publisher's own zone ("5:06pm PT"
     * gives 6, "9 pm" 0), or -1 when it gives none or gives it in UTC.
     */
    static int localMinute(Seen s) {
        if (s.text() == null || UTC_WORDS.matcher(s.text()).find()) return -1;
        Matcher m = TIME_OF_DAY.matcher(s.text());
        if (!m.find()) return -1;
        return m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    }
}
