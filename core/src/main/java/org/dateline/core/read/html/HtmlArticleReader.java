package org.dateline.core.read.html;

import org.dateline.core.model.Article;
import org.dateline.core.read.ArticleDraft;
import org.dateline.core.read.TextDecoder;
import org.dateline.core.read.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML news page. PLACEHOLDER: being replaced by the real content-scoring extractor. */
public final class HtmlArticleReader {
    public Article read(RawDocument raw) throws UnreadableDocumentException {
        Document doc = Jsoup.parse(TextDecoder.decode(raw.bytes(), raw.charset()), raw.url() == null ? "" : raw.url());
        ArticleDraft d = new ArticleDraft();
        d.headline = doc.title();
        for (Element p : doc.select("p")) d.paragraphs.add(p.text());
        return d.finish(raw);
    }
}
