package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dateline.model.Article;
import org.dateline.core.read.draft.Agencies;
import org.dateline.core.read.draft.ArticleDraft;
import org.dateline.core.read.draft.Dateline;
import org.dateline.core.source.TextDecoder;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML news page: decodes it (BOM, transport charset, meta charset, detection), reads headline,
 * authors, dates and language from structured data and markup, finds the story text by content scoring, strips
 * furniture, and splits off a wire dateline, a "By" line and the e-mail sign-off. Thread-safe and stateless.
 *
 * <p>Pages over {@value #MAX_BYTES} bytes are refused: no news article is that large, and parsing one would
 * cost a batch gigabytes of memory for what is certainly a dump or an attack. Pages nested deeper or holding more
 * elements than a {@link ReadingBudget} allows are refused too; every step of reading is linear in the page size.
 */
public final class HtmlArticleReader {
    /** 20 MB: far above any real article page (a few MB with inline scripts), far below trouble. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** What ends a language tag's primary part ("en-GB", "pt_BR", "de, en"), and a primary part ISO 639 could name. */
    private static final Pattern TAG_END = Pattern.compile("[-_,; ]");
    private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern TRAILING_END = Pattern.compile("\\s*\\(END\\)\\s*$");

    public Article read(RawDocument raw) throws UnreadableDocumentException {
        return readPage(raw).article();
    }

    /** The article and the kind of page it came from (an article, a listing, a forum, a product page...). */
    public ReadPage readPage(RawDocument raw) throws UnreadableDocumentException {
        byte[] bytes = raw.bytes();
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "HTML page too large: %.1f MB (limit %d MB)", bytes.length / 1048576.0, MAX_BYTES / 1048576));
        }
        TextDecoder.checkReadable(bytes);
        String html = StrayCdata.drop(TextDecoder.decode(bytes, raw.charset(), HtmlCharset.declaredIn(bytes)));
        Document doc = Jsoup.parse(html, raw.url() == null ? "" : raw.url());
        ReadingBudget.check(doc);

        ArticleDraft d = new ArticleDraft();
        JsonLd ld = JsonLd.of(doc);
        PageTypes.Signs signs = PageTypes.Signs.of(doc);
        d.headline = Headline.of(doc, ld);
        boolean thread = signs.thread(raw.url());
        Authors.Byline credited = Authors.of(doc, ld, thread);
        List<String> authors = new ArrayList<>(credited.people());
        d.dates.addAll(PageDates.of(doc, ld, raw.url(), d.headline, raw.date()));
        d.language = language(doc);

        String base = raw.url() == null ? "" : raw.url();
        ScriptStory data = ScriptStory.of(doc);   // before the body is read: reading removes the scripts
        BodyExtractor.Body body = BodyExtractor.read(doc, ld, () -> Jsoup.parse(html, base),
                thread, signs.declaresArticle(), signs.manyTeasers(), signs.asksCards());
        List<String> paragraphs = new ArrayList<>(
                body.kind() == BodyExtractor.Kind.STORY && signs.declaresArticle() ? data.extend(body.paragraphs())
                        : body.paragraphs());
        Furniture.strip(paragraphs);
        if (thread) PostFurniture.strip(paragraphs);
        String leadingAgency = dropLeadingNoise(paragraphs, d.headline, authors);
        d.contact = Furniture.stripSignOff(paragraphs);
        Furniture.stripTrailingCredits(paragraphs);
        Furniture.stripWriterNote(paragraphs, authors);
        if (!paragraphs.isEmpty()) {
            int last = paragraphs.size() - 1;
            paragraphs.set(last, TRAILING_END.matcher(paragraphs.get(last)).replaceFirst(""));
        }
        if (!paragraphs.isEmpty()) {
            Dateline dl = Dateline.parse(paragraphs.get(0));
            if (dl != null) {
                d.datelinePlace = dl.place();
                d.datelineText = dl.dateText();
                d.agency = Agencies.canonical(dl.agency());
                paragraphs.set(0, dl.rest());
            }
        }
        if (d.agency == null) d.agency = credited.agency() != null ? credited.agency() : leadingAgency;
        d.byline = authors.isEmpty() ? null : String.join(", ", authors);
        d.paragraphs.addAll(paragraphs);
        // the titles and teasers of a listing's items are its text, but no story prose
        long story = body.kind() == BodyExtractor.Kind.ITEMS ? 0 : paragraphs.stream().mapToLong(String::length).sum();
        Article article = d.finish(raw);
        boolean told = article.publicationDate() != null || article.byline() != null;
        long sentences = body.kind() == BodyExtractor.Kind.ITEMS ? 0 : PageTypes.sentenceChars(paragraphs);
        PageTypes.Text text = new PageTypes.Text(story, sentences, told, article.byline() != null,
                body.kind() == BodyExtractor.Kind.SECTIONS, Voice.ofItsOwner(paragraphs));
        PageType.Judged judged = signs.judge(raw.url(), text, () -> body.cards() != null ? body.cards()
                : TeaserCards.of(BodyExtractor.cleanedMain(Jsoup.parse(html, base))));
        // the calls to the reader that close a story; a thread's posts, a listing's items and a firm's or a shop's
        // pages make their own pitches to the reader, which are their text
        if (judged.type() == PageType.ARTICLE && !thread && body.kind() == BodyExtractor.Kind.STORY
                && ReaderCalls.strip(d.paragraphs)) {
            article = d.finish(raw);
        }
        // an index page is all its teasers, where the text read was one box of them
        if (judged.type() == PageType.LISTING) {
            List<String> listed = BodyExtractor.listedInstead(Jsoup.parse(html, base), d.paragraphs);
            if (listed != null) {
                d.paragraphs.clear();
                d.paragraphs.addAll(listed);
                article = d.finish(raw);
            }
        }
        String offer = judged.type() == PageType.OTHER ? Headline.ofOfferPage(doc, ld, d.headline) : null;
        if (offer != null) {
            d.headline = offer;
            article = d.finish(raw);
        }
        return new ReadPage(uncredited(judged.type()) ? article.withByline(null) : article, judged);
    }

    /**
     * Whether a page of this type has no writer of its own: a listing's names belong to the stories it lists, and a
     * product page's "author" is the shop, the brand or a reviewer. A forum thread keeps who opened it, and a page
     * the reader could not place ({@code OTHER}) keeps what it found, as many of those are essays and guides.
     */
    private static boolean uncredited(PageType type) {
        return type == PageType.LISTING || type == PageType.PRODUCT;
    }

    /**
     * Headline repeats, "By ..." lines and time stamps before the first real paragraph; a byline found fills authors.
     * Returns the agency such a line credits ("By Reuters"), or null.
     */
    private static String dropLeadingNoise(List<String> ps, String headline, List<String> authors) {
        String h = headline == null ? null : Headline.norm(headline);
        String agency = null;
        for (int i = 0; i < 3 && !ps.isEmpty(); ) {
            String p = ps.get(0);
            Authors.Byline by = Authors.fromByLine(p);
            if (h != null && Headline.norm(p).equals(h)) {
                ps.remove(0);
            } else if (!by.isEmpty()) {
                if (authors.isEmpty()) authors.addAll(by.people());
                if (agency == null) agency = by.agency();
                ps.remove(0);
            } else {
                i++;
                if (i >= 3 || ps.size() <= i) break;
                // only look past short lines: a long first paragraph is the lead
                if (p.length() > 150) break;
                Authors.Byline next = Authors.fromByLine(ps.get(i));
                if (!next.isEmpty()) {
                    if (authors.isEmpty()) authors.addAll(next.people());
                    if (agency == null) agency = next.agency();
                    ps.remove(i);
                }
                break;
            }
        }
        return agency;
    }

    private static String language(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) lang = doc.select("html").attr("xml:lang");
        if (lang.isBlank()) {
            String c = Meta.content(doc, "content-language");
            if (c == null) {
                var m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
                c = m == null ? null : m.attr("content");
            }
            lang = c == null ? "" : c;
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        if (lang.length() < 2) return null;
        String primary = TAG_END.split(lang)[0];
        return PRIMARY_LANGUAGE.matcher(primary).matches() ? primary : null;
    }
}
