package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AuthorsTest {
    private static List<String> authors(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example.org/2023/ferry");
        return Authors.of(doc, JsonLd.of(doc));
    }

    @Test
    void aLinkToTheAuthorsOwnPageNamesTheAuthor() {
        assertThat(authors("<h1>Ferry fares rise</h1><p>By <a href=\"/author/jdoe\">Jane Doe</a></p><p>Text</p>"))
                .containsExactly("Jane Doe");
    }

    @Test
    void coAuthorsLinkedSideBySideAreAllNamed() {
        assertThat(authors("<div class=\"meta\"><span>By <a href=\"/writer/12/Jane_Doe/\">Jane Doe</a></span> and "
                + "<span><a href=\"https://www.news.example.org/writer/13/Omar_Haddad/\">Omar Haddad</a></span></div>"))
                .containsExactly("Jane Doe", "Omar Haddad");
    }

    @Test
    void anAuthorLinkInARelatedStoriesBoxIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><div class=\"related-posts\"><div><a href=\"/author/kim\">Kim Lee"
                + "</a></div></div><p>Text</p>")).isEmpty();
    }

    @Test
    void aLinkToAProfileOnAnotherSiteIsNoByline() {
        assertThat(authors("<h1>Ferry fares rise</h1><a href=\"https://social.example.com/author/harbour\">Blue Sky</a>"))
                .isEmpty();
    }
}
