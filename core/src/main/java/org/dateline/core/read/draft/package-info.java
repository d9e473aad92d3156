/**
 * What every format reader shares: the {@link org.dateline.core.read.draft.ArticleDraft} it fills, the dateline and
 * month-name parsers it reads with, and the finishing steps that turn a draft into an article (revision label,
 * language, publication date). The format readers ({@code read.html}, {@code read.wire}) depend on this package and
 * {@link org.dateline.core.read.ArticleReader} on them, so dependencies point one way.
 */
package org.dateline.core.read.draft;
