package org.dateline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.source.SourceTesting.docs;
import static org.dateline.core.source.SourceTesting.errors;
import static org.dateline.core.source.SourceTesting.readAll;
import static org.dateline.core.source.SourceTesting.text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    @TempDir Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Wire</title>
                <link>https://wire.example/</link>
                <description>test feed</description>
                <item>
                  <title>Ferry service restored</title>
                  <link>https://wire.example/ferry</link>
                  <guid isPermaLink="false">wire-101</guid>
                  <pubDate>Tue, 03 Sep 2019 08:10:00 +0900</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>The ferry to the islands <b>sailed again</b> on Tuesday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Grain prices fall</title>
                  <link>https://wire.example/grain</link>
                  <pubDate>Mon, 02 Sep 2019 16:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Wholesale grain prices fell for a third week.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Headline only</title>
                  <link>https://wire.example/bare</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Council notes</title>
              <id>urn:example:council</id>
              <updated>2020-01-10T12:00:00Z</updated>
              <entry>
                <title>Budget vote delayed</title>
                <id>urn:example:council:7</id>
                <link rel="alternate" href="https://council.example/7"/>
                <published>2020-01-09T22:45:00-08:00</published>
                <updated>2020-01-10T09:00:00Z</updated>
                <content type="html">&lt;p&gt;The council postponed the vote.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain note</title>
                <id>urn:example:council:8</id>
                <link href="https://council.example/8"/>
                <updated>2020-01-10T11:00:00Z</updated>
                <summary type="text">Fees rise 3 &lt; 5 percent &amp; more.</summary>
              </entry>
            </feed>
            """;

    @Test
    void rssItemsBecomeHtmlDocumentsWithTheirMetadata() throws IOException {
        Path file = SourceTesting.write(dir.resolve("wire.rss"), RSS);

        List<SourceItem> items = readAll(new FeedSource(file));

        assertThat(items).extracting(SourceItem::source)
                .containsExactly(file + "#item-1", file + "#item-2", file + "#item-3");
        List<RawDocument> docs = docs(items);
        RawDocument ferry = docs.get(0);
        assertThat(ferry.id()).isEqualTo("wire-101");
        assertThat(ferry.url()).isEqualTo("https://wire.example/ferry");
        assertThat(ferry.title()).isEqualTo("Ferry service restored");
        assertThat(ferry.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(ferry.date()).as("the day stated in +0900, not the UTC day").isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(text(ferry)).as("content:encoded wins over the description")
                .isEqualTo("<p>The ferry to the islands <b>sailed again</b> on Tuesday.</p>");

        RawDocument grain = docs.get(1);
        assertThat(grain.url()).isEqualTo("https://wire.example/grain");
        assertThat(grain.date()).isEqualTo(LocalDate.of(2019, 9, 2));
        assertThat(text(grain)).isEqualTo("<p>Wholesale grain prices fell for a third week.</p>");

        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file + "#item-3");
            assertThat(e.reason()).contains("no content").contains("https://wire.example/bare");
        });
    }

    @Test
    void atomEntriesUsePublishedThenUpdatedAndEscapePlainText() throws IOException {
        Path file = SourceTesting.write(dir.resolve("council.atom"), ATOM);

        List<RawDocument> docs = docs(readAll(new FeedSource(file)));

        assertThat(docs).extracting(RawDocument::id).containsExactly("urn:example:council:7", "urn:example:council:8");
        assertThat(docs).extracting(RawDocument::url)
                .containsExactly("https://council.example/7", "https://council.example/8");
        assertThat(docs).extracting(RawDocument::date)
                .containsExactly(LocalDate.of(2020, 1, 9), LocalDate.of(2020, 1, 10));
        assertThat(text(docs.get(0))).isEqualTo("<p>The council postponed the vote.</p>");
        assertThat(text(docs.get(1))).isEqualTo("<p>Fees rise 3 &lt; 5 percent &amp; more.</p>");
    }

    @Test
    void aBareTextDescriptionBecomesTheArticleBody() throws Exception {
        Path file = SourceTesting.write(dir.resolve("bare.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>W</title><link>https://w.example/</link>
                <description>d</description><item><title>Bridge reopens</title><guid>b1</guid>
                <description>The river bridge reopened to traffic on Monday &amp; trucks returned.</description></item>
                </channel></rss>
                """);
        RawDocument d = docs(readAll(new FeedSource(file))).get(0);
        assertThat(text(d)).contains("<p>The river bridge reopened to traffic on Monday &amp; trucks returned.</p>");
        assertThat(new org.dateline.core.read.ArticleReader().read(d).body())
                .isEqualTo("The river bridge reopened to traffic on Monday & trucks returned.");
    }

    @Test
    void rss10ItemsOutsideTheChannelAreRead() throws IOException {
        Path file = SourceTesting.write(dir.resolve("old.rdf.xml"), """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://old.example/1"><title>Dam opened</title><link>https://old.example/1</link>
                    <description>The new dam opened.</description><dc:date>2004-05-06T01:00:00+09:00</dc:date></item>
                </rdf:RDF>
                """);
        List<RawDocument> docs = docs(readAll(new FeedSource(file)));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo("https://old.example/1");
            assertThat(d.date()).isEqualTo(LocalDate.of(2004, 5, 6));
            assertThat(text(d)).contains("The new dam opened.");
        });
    }

    @Test
    void malformedXmlIsOneErrorWithTheParsersReason() throws IOException {
        Path file = SourceTesting.write(dir.resolve("broken.xml"),
                RSS.substring(0, RSS.indexOf("</item>")) + "<item><title>unclosed</channel></rss>");

        List<SourceItem> items = readAll(new FeedSource(file));

        assertThat(items).singleElement().isInstanceOfSatisfying(SourceError.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.reason()).startsWith("malformed feed XML: ").containsPattern("line \\d+");
            assertThat(e.reason()).doesNotContain("\n");
        });
    }

    @Test
    void wellFormedXmlThatIsNotAFeedIsOneError() throws IOException {
        Path file = SourceTesting.write(dir.resolve("config.xml"), "<config><x>1</x></config>");
        assertThat(readAll(new FeedSource(file))).singleElement().isInstanceOfSatisfying(SourceError.class,
                e -> assertThat(e.reason()).isEqualTo("not an RSS or Atom feed (root element <config>)"));
    }

    @Test
    void aDoctypeDeclaringAnExternalEntityIsRefusedUnread() throws IOException {
        Path secret = SourceTesting.write(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = SourceTesting.write(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d"
                + "</description><item><title>i</title><description>&x;</description></item></channel></rss>");
        List<SourceItem> items = readAll(new FeedSource(file));
        assertThat(items).singleElement().isInstanceOfSatisfying(SourceError.class,
                e -> assertThat(e.reason()).startsWith("malformed feed XML").contains("DOCTYPE"));
    }

    @Test
    void anRss091FeedWithNetscapesDoctypeIsReadWithoutFetchingItsDtd() throws IOException {
        Path file = SourceTesting.write(dir.resolve("netscape.rss"), """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91">
                  <channel>
                    <title>Harbour Wire</title>
                    <link>https://wire.example/</link>
                    <description>test feed</description>
                    <language>en-us</language>
                    <item>
                      <title>Ferry service restored</title>
                      <link>https://wire.example/ferry</link>
                      <description>The ferry to the islands sailed again on Tuesday &amp; Wednesday.</description>
                    </item>
                  </channel>
                </rss>
                """);

        List<SourceItem> items = readAll(new FeedSource(file));

        assertThat(errors(items)).isEmpty();
        assertThat(docs(items)).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Ferry service restored");
            assertThat(text(d)).contains("sailed again on Tuesday &amp; Wednesday");
        });
    }

    @Test
    void nestedEntitiesAreRefusedBeforeTheyExpand() throws IOException {
        StringBuilder dtd = new StringBuilder("<!ENTITY a0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = SourceTesting.write(dir.resolve("laughs.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd
                + "]><rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description><item>"
                + "<title>i</title><description>&a9;</description></item></channel></rss>");

        assertThat(readAll(new FeedSource(file))).singleElement().isInstanceOfSatisfying(SourceError.class,
                e -> assertThat(e.reason()).startsWith("malformed feed XML").contains("declares the entity a0"));
    }
}
