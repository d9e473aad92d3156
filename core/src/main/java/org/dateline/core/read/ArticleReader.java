package org.dateline.core.read;

import java.util.Locale;

import org.dateline.model.Article;
import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.read.html.HtmlArticleReader;
import org.dateline.core.read.wire.WireTextReader;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.TextDecoder;
import org.dateline.core.source.UnreadableDocumentException;

/**
 * Reads any {@link RawDocument} into an {@link Article}: sniffs the format when the source did not say, and
 * hands the page to the wire-text or the HTML reader. Thread-safe and stateless.
 */
public final class ArticleReader {
    private final WireTextReader wire = new WireTextReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    public Article read(RawDocument raw) throws UnreadableDocumentException {
        return readPage(raw).article();
    }

    /** The article and the kind of page it came from; wire text is always an article. */
    public ReadPage readPage(RawDocument raw) throws UnreadableDocumentException {
        TextDecoder.checkReadable(raw.bytes());
        RawDocument.Format format = raw.format() == RawDocument.Format.AUTO ? sniff(raw) : raw.format();
        ReadPage page = format == RawDocument.Format.HTML ? html.readPage(raw)
                : new ReadPage(wire.read(raw), new PageType.Judged(PageType.ARTICLE, "wire text"));
        Article a = page.article();
        Article credited = creditHostAgency(a);
        return credited == a ? page : new ReadPage(credited, page.pageType());
    }

    /**
     * The article credited to the agency its web host publishes when it names none ({@code kcna.co.jp} -> KCNA), as
     * reading a page does; for callers that build an article from an archive's fields instead of reading a page.
     */
    public static Article creditHostAgency(Article a) {
        if (a.agency() != null) return a;
        return AgencyHosts.of(a.url()).map(a::withAgency).orElse(a);
    }

    /** HTML when the start of the content looks like markup, else text. */
    static RawDocument.Format sniff(RawDocument raw) {
        String name = raw.source().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return RawDocument.Format.HTML;
        int n = Math.min(raw.bytes().length, 2048);
        String head = new String(raw.bytes(), 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.contains("<body") || head.contains("<head") || head.contains("<p>") || head.contains("<div")) {
            return RawDocument.Format.HTML;
        }
        return RawDocument.Format.TEXT;
    }
}
