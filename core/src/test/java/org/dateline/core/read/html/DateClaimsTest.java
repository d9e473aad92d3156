package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What a page states about its own publication and its changes, on invented pages. */
class DateClaimsTest {
    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate JUNE_5 = LocalDate.of(2024, 6, 5);

    @Test
    void jsonLdStatesPublicationAndChangeInAnyNode() {
        DateClaims s = DateClaims.of("""
                <html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage",
                "dateModified": "2024-06-05T10:00:00+02:00"}, {"@type": "Article",
                "datePublished": "2024-03-04T08:00:00+02:00"}]}</script></head><body><p>Text</p></body></html>""");
        assertThat(s.published()).containsExactly(MARCH_4);
        assertThat(s.modified()).containsExactly(JUNE_5);
        assertThat(s.changeOnly(JUNE_5)).isTrue();
        assertThat(s.changeOnly(MARCH_4)).isFalse();
    }

    @Test
    void metaTagsStatePublicationAndChangeByTheirNames() {
        DateClaims s = DateClaims.of("<html><head><meta property=\"article:published_time\" content=\"2024-03-04\">"
                + "<meta property=\"article:modified_time\" content=\"2024-06-05T09:00:00Z\"></head><body></body></html>");
        assertThat(s.published()).containsExactly(MARCH_4);
        assertThat(s.modified()).containsExactly(JUNE_5);
    }

    @Test
    void aShortLineLabelsEachOfItsDates() {
        DateClaims s = DateClaims.of("<html><body><h1>Harbour reopens</h1><p class=\"meta\">By Ana Lima | Published "
                + "March 4, 2024 | Updated June 5, 2024</p><p>The harbour reopened on Monday after a long winter of "
                + "works.</p></body></html>");
        assertThat(s.published()).containsExactly(MARCH_4);
        assertThat(s.modified()).containsExactly(JUNE_5);
    }

    @Test
    void aChangeLabelInAnotherLanguageStatesAChange() {
        DateClaims s = DateClaims.of("<html><body><span>Zuletzt aktualisiert: 05.06.2024</span>"
                + "<span>Veröffentlicht am 04.03.2024</span></body></html>");
        assertThat(s.modified()).containsExactly(JUNE_5);
        assertThat(s.published()).containsExactly(MARCH_4);
    }

    @Test
    void aDayStatedBothAsPublicationAndAsChangeIsNoChangeOnly() {
        DateClaims s = DateClaims.of("<html><head><meta name=\"date\" content=\"2024-06-05\">"
                + "<meta name=\"last-modified\" content=\"2024-06-05\"></head><body></body></html>");
        assertThat(s.changeOnly(JUNE_5)).isFalse();
    }

    @Test
    void aDateInProseStatesNothing() {
        DateClaims s = DateClaims.of("<html><body><p>The bridge, which was updated in a long programme of works "
                + "that ran from March 4, 2024 until the summer, carries more traffic than any other in the county "
                + "and will be inspected again next year.</p></body></html>");
        assertThat(s.published()).isEmpty();
        assertThat(s.modified()).isEmpty();
    }

    @Test
    void aJsonLdStampWrittenAsAQuotedStringIsStillRead() {
        DateClaims s = DateClaims.of("<html><head><script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
                + "\"datePublished\": \"\\\"2024-03-04T08:00:00Z\\\"\"}</script></head><body></body></html>");
        assertThat(s.published()).containsExactly(MARCH_4);
    }

    @Test
    void aJsonLdBlockBrokenPartWayStillStatesTheStampsBeforeTheBreak() {
        DateClaims s = DateClaims.of("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
                + "\"datePublished\": \"2024-03-04\", \"dateModified\": \"2024-06-05\" \"description\": \"a \"broken\" "
                + "block\"}</script></head><body></body></html>");
        assertThat(s.published()).containsExactly(MARCH_4);
        assertThat(s.modified()).containsExactly(JUNE_5);
    }
}
