package org.dateline.core.read.draft;

import org.dateline.model.Article;

/** A page read: the article, and what kind of page it was ({@link PageType}) with the reason. */
public record ReadPage(Article article, PageType.Judged pageType) {
    /** True for a story to code events from. */
    public boolean isArticle() { return pageType.type() == PageType.ARTICLE; }
}
