package org.dateline.core;

import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.read.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;

/**
 * The per-document pipeline, top to bottom. Every stage is pure: same input, same output, no database, no network,
 * which is what lets the CLI and the Spark job run the very same code.
 *
 * <pre>
 * RawDocument --read--> Article --(language, time, quotes, events: later stages)--> Annotated
 * </pre>
 */
public final class Pipeline {
    private final ArticleReader reader = new ArticleReader();

    /** Reads the page into an article: fields, clean body, publication date. */
    public Article read(RawDocument raw) throws UnreadableDocumentException {
        return reader.read(raw);
    }

    /** Runs every stage on one document. */
    public Annotated annotate(RawDocument raw) throws UnreadableDocumentException {
        Article article = read(raw);
        return Annotated.of(article);
    }
}
