package org.dateline.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.dateline.core.source.RawDocument;

/** A page that names no agency takes the one its host publishes; a page that names one keeps it. */
class AgencyHostsTest {
    @Test
    void hostsAndTheirSubdomainsNameTheirAgency() {
        assertThat(AgencyHosts.of("http://www.kcna.co.jp/item/2011/201112/x.html")).contains("KCNA");
        assertThat(AgencyHosts.of("https://en.yna.co.kr/view/AEN2019")).contains("Yonhap");
        assertThat(AgencyHosts.of("https://world.apnews.com/article/1")).contains("AP");
        assertThat(AgencyHosts.of("https://example.org/news")).isEmpty();
        assertThat(AgencyHosts.of("https://co.jp/x")).isEmpty();
        assertThat(AgencyHosts.of("not a url")).isEmpty();
        assertThat(AgencyHosts.of(null)).isEmpty();
    }

    @Test
    void theReaderUsesTheHostOnlyWhenThePageNamesNoAgency() throws Exception {
        ArticleReader reader = new ArticleReader();
        RawDocument bare = new RawDocument("feed#1", "k1", "http://www.kcna.co.jp/item/2012/x.html", RawDocument.Format.TEXT,
                "Dam opens\n\nA new dam opened in the north on Monday.".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, java.time.LocalDate.of(2012, 5, 7), null);
        assertThat(reader.read(bare).agency()).isEqualTo("KCNA");
        RawDocument credited = new RawDocument("feed#2", "k2", "http://www.kcna.co.jp/item/2012/y.html", RawDocument.Format.TEXT,
                "Talks open\n\nSEOUL, May 7 (Yonhap) -- Talks opened on Monday.".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, java.time.LocalDate.of(2012, 5, 7), null);
        assertThat(reader.read(credited).agency()).isEqualTo("Yonhap");
    }

    @Test
    void anArticleBuiltFromAnArchiveIsCreditedAsItsReadPageWouldBe() {
        org.dateline.model.Article bare = new org.dateline.model.Article("k1", "kcna", "http://www.kcna.co.jp/item/2012/x.html",
                null, null, null, null, null, "2012-05-07", false, java.util.List.of(), null, null, "en", "A dam opened.", "");
        assertThat(ArticleReader.creditHostAgency(bare).agency()).isEqualTo("KCNA");
        assertThat(ArticleReader.creditHostAgency(bare.withAgency("Yonhap")).agency()).isEqualTo("Yonhap");
        org.dateline.model.Article unknownHost = new org.dateline.model.Article("w1", "web", "https://example.org/news",
                null, null, null, null, null, "2012-05-07", false, java.util.List.of(), null, null, "en", "A dam opened.", "");
        assertThat(ArticleReader.creditHostAgency(unknownHost).agency()).isNull();
    }

    @Test
    void everyAgencyAHostPublishesIsNamedAsBylinesAndDatelinesNameIt() {
        for (String agency : org.dateline.core.resources.ResourceFile.keyValues(AgencyHosts.class, "agency-hosts.txt").values()) {
            assertThat(org.dateline.core.read.draft.Agencies.canonical(agency)).as(agency).isEqualTo(agency);
            assertThat(org.dateline.core.read.draft.Agencies.named(agency)).as(agency).isPresent();
        }
        assertThat(org.dateline.core.read.draft.Agencies.canonical("Associated Press")).isEqualTo("AP");
        assertThat(org.dateline.core.read.draft.Agencies.canonical("Harbor Wire")).isEqualTo("Harbor Wire");
    }
}
