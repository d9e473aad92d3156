package org.dateline.core.event;

import java.util.Locale;

import org.dateline.model.Article;

/**
 * The two families of pages the event proposer keeps apart: wire copy, whose article names a news agency (a dateline's
 * credit, or the agency its web host publishes: KCNA's archive, a Reuters page), and every other web page. The
 * proposer's models learned mostly from wire copy's formal sentences; a page of other prose (a column, a feature, a
 * local report) says much less with the same words, so each family gets its own thresholds.
 */
public enum PageFamily {
    WIRE, WEB;

    /** The family of an article: wire copy when it names an agency, else a web page. */
    public static PageFamily of(Article article) {
        return article != null && article.agency() != null && !article.agency().isBlank() ? WIRE : WEB;
    }

    /** The name a weights file writes after {@code threshold.}: "wire", "web". */
    public String key() { return name().toLowerCase(Locale.ROOT); }
}
