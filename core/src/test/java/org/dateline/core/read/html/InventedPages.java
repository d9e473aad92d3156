package org.dateline.core.read.html;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;

/** Invented pages for the reader's tests: paragraphs written as HTML, and the body the reader makes of a page. */
final class InventedPages {
    private InventedPages() {}

    /** The body the HTML reader reads from a whole page. */
    static String body(String html) throws Exception {
        return new HtmlArticleReader().read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML)).body();
    }

    /** The body the HTML reader reads from a whole page fetched from {@code url} (its links resolved against it). */
    static String body(String html, String url) throws Exception {
        return new HtmlArticleReader().read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withUrl(url).withFormat(RawDocument.Format.HTML)).body();
    }

    /** The body the HTML reader reads from a page whose one {@code <article>} holds {@code story}. */
    static String articleBody(String story) throws Exception {
        return body("<html><body><article>" + story + "</article></body></html>");
    }

    /** Each text as a {@code <p>} of its own, in order. */
    static String paragraphs(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) sb.append("<p>").append(p).append("</p>");
        return sb.toString();
    }
}
