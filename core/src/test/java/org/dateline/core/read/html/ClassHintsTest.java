package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
    private static Element div(String cls) {
        return Jsoup.parseBodyFragment("<div class=\"" + cls + "\">x</div>").selectFirst("div");
    }

    @Test
    void aStoryContainerIsContentAndASidebarIsFurniture() {
        assertThat(ClassHints.weight(div("story-body"))).isEqualTo(25);
        assertThat(ClassHints.weight(div("sidebar"))).isEqualTo(-25);
        assertThat(ClassHints.weight(div("comment-body"))).isZero();
    }

    @Test
    void aTickerScrollsButAWideTableWrapperDoesNot() {
        assertThat(ClassHints.NEGATIVE.matcher("news-scroller").find()).isTrue();
        assertThat(ClassHints.NEGATIVE.matcher("overflow-x-scroll").find()).isFalse();
        assertThat(ClassHints.NEGATIVE.matcher("scroll-mt-24").find()).isFalse();
    }

    @Test
    void aCallToSubscribeIsFurnitureButASubscribersOnlyStoryIsNot() {
        assertThat(ClassHints.UNLIKELY.matcher("subscribe-box").find()).isTrue();
        assertThat(ClassHints.UNLIKELY.matcher("subscriber-only").find()).isFalse();
    }

    @Test
    void aBoxAboutTheWriterIsFurnitureButTheBylineNameIsNoBox() {
        assertThat(ClassHints.UNLIKELY.matcher("author-box__bio").find()).isTrue();
        assertThat(ClassHints.UNLIKELY.matcher("about-the-author").find()).isTrue();
        assertThat(ClassHints.UNLIKELY.matcher("post-author").find()).isFalse();
        // "bio" only as a word of its own: "biology" is a subject, not a box
        assertThat(ClassHints.UNLIKELY.matcher("biology-notes").find()).isFalse();
    }

    @Test
    void aWidgetIsFurnitureOnlyAsAClassOfItsOwn() {
        assertThat(ClassHints.NEGATIVE.matcher("widget_recent_posts").find()).isTrue();
        assertThat(ClassHints.NEGATIVE.matcher("builder-widget-container").find()).isFalse();
    }

    @Test
    void aFoldedPanelIsADisclosureAndAStoryColumnMayHoldTheStory() {
        assertThat(ClassHints.DISCLOSURE.matcher("faq-answer").find()).isTrue();
        assertThat(ClassHints.MAYBE.matcher("main-column").find()).isTrue();
    }
}
