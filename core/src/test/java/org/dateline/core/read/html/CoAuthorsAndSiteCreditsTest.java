package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Who a byline credits where its names stand in elements of their own, or the site credits itself. */
class CoAuthorsAndSiteCreditsTest {
    private static List<String> authors(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://news.example.org/2023/ferry");
        return Authors.of(doc, JsonLd.of(doc)).people();
    }

    private static String ldAuthors(String authors) {
        return "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ferry fares rise\","
                + " \"author\": " + authors + "}</script>";
    }

    @Test
    void aHelperCreditedInTheBylineBlockIsNoAuthorThoughTheStorySitsInABlockCalledAWidget() {
        String body = "<div class=\"widget-area\"><div class=\"story\"><h1>Ferry fares rise</h1>"
                + "<div class=\"author-byline\"><div class=\"author-byline__authors\">By <a href=\"/author/jane-doe\">"
                + "Jane Doe</a></div><span class=\"author-byline__contributors\">Contributions from <div><a "
                + "href=\"/author/omar-haddad\">Omar Haddad</a></div></span></div><p>Fares rise in May.</p></div></div>";
        String head = ldAuthors("[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Person\", \"name\": "
                + "\"Omar Haddad\"}]");
        assertThat(authors(head, body)).containsExactly("Jane Doe");
    }

    @Test
    void theSitesOwnNameWrittenApartIsNoWriterOfItsPages() {
        String head = "<meta property=\"og:site_name\" content=\"Harbourgazette\">"
                + ldAuthors("{\"@type\": \"Person\", \"name\": \"Harbour Gazette\"}");
        assertThat(authors(head, "<h1>Ferry fares rise</h1><p>Fares rise in May.</p>")).isEmpty();
    }

    @Test
    void aPersonalSiteNamedForItsOwnerRunTogetherIsStillWrittenByTheOwner() {
        String head = "<meta property=\"og:site_name\" content=\"JaneDoe\"><meta name=\"author\" content=\"Jane Doe\">";
        assertThat(authors(head, "<h1>Ferry fares rise</h1><p>Fares rise in May.</p>")).containsExactly("Jane Doe");
    }

    @Test
    void coAuthorsLinkedOneByOneAfterALoneByUnderTheHeadlineAreAllNamed() {
        String body = "<h1>Ferry fares rise</h1><div class=\"caption\">By <a href=\"/p/1\">Jane Doe</a><span>, </span>"
                + "<a href=\"/p/2\">Omar Haddad</a><span> and </span><a href=\"/p/3\">Li Wei</a></div>"
                + "<p>Fares rise in May.</p>";
        assertThat(authors("", body)).containsExactly("Jane Doe", "Omar Haddad", "Li Wei");
    }

    @Test
    void aLoneByInItsOwnElementTakesTheNamesOfTheLineAroundIt() {
        String body = "<h1>Ferry fares rise</h1><div><span>By</span> <a href=\"/p/1\">Jane Doe</a> &amp; "
                + "<a href=\"/p/2\">Omar Haddad</a></div><p>Fares rise in May.</p>";
        assertThat(authors("", body)).containsExactly("Jane Doe", "Omar Haddad");
    }

    @Test
    void aLoneByFollowedByOneNameAndTheDateNamesOnlyThatWriter() {
        String body = "<h1>Ferry fares rise</h1><div>By <a href=\"/p/1\">Jane Doe</a> Updated 4 May 2023</div>"
                + "<p>Fares rise in May.</p>";
        assertThat(authors("", body)).containsExactly("Jane Doe");
    }

    @Test
    void aNameWithTheParticlesVanDerIsReadWhole() {
        String head = ldAuthors("{\"@type\": \"Person\", \"name\": \"Lotte van der Berg\"}");
        assertThat(authors(head, "<h1>Ferry fares rise</h1><p>Fares rise in May.</p>")).containsExactly("Lotte van der Berg");
    }

    @Test
    void aReviewersJobIsNoWritersName() {
        assertThat(Authors.names(List.of("Expert Reviewer"), null, List.of())).isEmpty();
    }
}
