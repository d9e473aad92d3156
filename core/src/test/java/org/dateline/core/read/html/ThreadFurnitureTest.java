package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_1;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_2;

import java.nio.charset.StandardCharsets;

import org.dateline.core.read.draft.PageType;
import org.dateline.core.read.draft.ReadPage;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/** The lines thread software writes around each post, and forums known by their own host or board path. */
class ThreadFurnitureTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private ReadPage read(String body, String url) throws Exception {
        String html = "<html><head><title>Canoe trips</title></head><body>" + body + "</body></html>";
        return reader.readPage(RawDocument.of("t.html", html.getBytes(StandardCharsets.UTF_8)).withUrl(url)
                .withFormat(RawDocument.Format.HTML));
    }

    /** A post as forum software frames it: the poster's card, the text, and the actions under it. */
    private static String post(String who, String text) {
        return "<div class='message'><div class='card'><p>" + who + "</p><p>Senior Member</p><p>Joined</p>"
                + "<p>Mar 3, 2019</p><p>Messages</p><p>1,204</p><p>Location: Bergen</p></div>"
                + "<div class='message-text'><p>" + text + "</p></div>"
                + "<div class='actions'><p>Quote</p><p>Reply</p><p>12 likes</p></div></div>";
    }

    @Test
    void thePostersCardsAndThePostActionsAreNoPartOfAThreadsText() throws Exception {
        String posts = post("paddler_9", PROSE_1) + post("kite_77", PROSE_2);
        String body = read("<main>" + posts + "</main>", "https://boards.example/forum/canoe-trips-88").article().body();
        assertThat(body).contains(PROSE_1, PROSE_2);
        assertThat(body).doesNotContain("Joined", "Senior Member", "1,204", "Location: Bergen", "12 likes", "Quote");
    }

    @Test
    void aQuestionPagesBadgesAndAnswerStampsAreNoPartOfItsText() {
        assertThat(PostFurniture.isFurniture("12.4k3 gold badges41 silver badges77 bronze badges")).isTrue();
        assertThat(PostFurniture.isFurniture("answered Jan 4, 2020 at 9:15")).isTrue();
        assertThat(PostFurniture.isFurniture("Improve this answer")).isTrue();
        assertThat(PostFurniture.isFurniture("Add a comment |")).isTrue();
    }

    @Test
    void aPostThatOpensLikeACardLineIsStillText() {
        assertThat(PostFurniture.isFurniture("Age is no reason to stop paddling, my father still does it at 80.")).isFalse();
        assertThat(PostFurniture.isFurniture("Reply to the harbour master before Friday or lose the mooring.")).isFalse();
        assertThat(PostFurniture.isFurniture("Joined the club in 2011 and never looked back.")).isFalse();
    }

    @Test
    void aStoryKeepsItsNumberedLines() throws Exception {
        String story = "<article><p>" + PROSE_1 + "</p><p>Top</p><p>12</p><p>" + PROSE_2 + "</p></article>";
        String body = read(story, "https://news.example/2024/05/02/canoe-trips").article().body();
        assertThat(body).contains("\n12\n");
    }

    @Test
    void aForumOnItsOwnHostOrUnderABoardsPathIsAThread() throws Exception {
        String posts = "<div>" + post("paddler_9", PROSE_1) + post("kite_77", PROSE_2) + "</div>";
        assertThat(read(posts, "https://forum.example.org/canoe-trips-88").pageType().type()).isEqualTo(PageType.FORUM);
        assertThat(read(posts, "https://www.example.org/travel-forum/norway/canoe-trips").pageType().type())
                .isEqualTo(PageType.FORUM);
    }
}
