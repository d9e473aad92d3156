package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How class names are read: their words and what they say about a block, on invented names. */
class ClassHintsTest {
    /** The pattern the one-pass cut stands for. */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

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
    void aRecirculationBoxIsFurnitureButNotRemovedUnread() {
        assertThat(ClassHints.weight(div("inline-recirc-wrapper"))).isEqualTo(-25);
        assertThat(ClassHints.weight(div("recirculation-strip"))).isEqualTo(-25);
        // a category page may name its own list of stories so: it is scored down, never removed before reading
        assertThat(ClassHints.UNLIKELY.matcher("recirc-list").find()).isFalse();
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

    @Test
    void aCamelCaseNameIsCutWhereALowerCaseLetterMeetsAnUpperCaseOne() {
        assertThat(ClassHints.words("AuthorLink-sc-10pl2l7-4")).containsExactly("author", "link", "sc", "10pl2l7", "4");
        assertThat(ClassHints.words("BylineName")).containsExactly("byline", "name");
        assertThat(ClassHints.words("author-box__name")).containsExactly("author", "box", "name");
    }

    @Test
    void theOnePassCutWritesWhatThePatternWrites() {
        for (String name : List.of("", "a", "A", "aB", "ABC", "abcDEF", "xYzW", "already-cut", "dateTime_Stamp",
                "caf\u00e9Bar", "\u00e9\u00c9", "\u0436\u0416x", "na\u00efveZ", "1aB2cD", "a\ud835\udc00b",
                "\ud801\udc28\ud801\udc00", "lone\ud800Surrogate", "aB\udc00C", "\u01c5x\u01c5", "mixedCase withSpace")) {
            assertThat(ClassHints.camelSplit(name)).as(name).isEqualTo(CAMEL.matcher(name).replaceAll("-"));
        }
    }
}
