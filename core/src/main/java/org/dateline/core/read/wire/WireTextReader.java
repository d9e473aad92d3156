package org.dateline.core.read.wire;

import org.dateline.core.model.Article;
import org.dateline.core.read.ArticleDraft;
import org.dateline.core.read.TextDecoder;
import org.dateline.core.read.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;

/** Reads a wire text page. PLACEHOLDER, being written. */
public final class WireTextReader {
    public Article read(RawDocument raw) throws UnreadableDocumentException {
        String text = TextDecoder.decode(raw.bytes(), raw.charset());
        ArticleDraft d = new ArticleDraft();
        d.paragraphs.add(text);
        return d.finish(raw);
    }
}
