package org.dateline.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.dateline.core.read.draft.ControlCharacters;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.model.Article;

/** No format stores what a terminal or a renderer would take as an instruction: controls and bidi overrides go. */
class ControlCharactersTest {
    private static final String ESC = "\u001b";
    private final ArticleReader reader = new ArticleReader();

    private Article read(String name, String page, RawDocument.Format format) throws UnreadableDocumentException {
        return reader.read(RawDocument.of(name, page.getBytes(StandardCharsets.UTF_8)).withFormat(format));
    }

    @Test
    void aWireStoryKeepsItsWordsButNotItsEscapeSequencesBellsOrBackspaces() throws Exception {
        Article a = read("w.txt", "Envoy " + ESC + "[2Jleaves\u0007 for talks\n\nSEOUL, March 7 (Yonhap) -- The envoy"
                + ESC + "[31m left\b\b\b\b for Washington on Thursday.\u0085\n", RawDocument.Format.TEXT);

        assertThat(a.headline()).isEqualTo("Envoy [2Jleaves for talks");
        assertThat(a.body()).contains("The envoy[31m left for Washington on Thursday.");
        assertThat(a.headline() + a.body()).doesNotContain(ESC, "\u0007", "\b", "\u0085");
    }

    @Test
    void anHtmlHeadlineCannotBeReorderedByABidiOverride() throws Exception {
        String paragraph = "<p>The ministers met in Geneva on Tuesday and agreed to hold a second round of talks next month"
                + " on the exchange of prisoners, officials said after the meeting ended.</p>";
        Article a = read("p.html", "<html><head><title>Talks \u202Egnineercs\u202C resume</title></head><body><article><h1>"
                + "Talks \u202Egnineercs\u202C resume</h1>" + paragraph + paragraph.replace("Tuesday", "Monday")
                + "</article></body></html>", RawDocument.Format.HTML);

        assertThat(a.headline()).isEqualTo("Talks gnineercs resume");
        assertThat(a.body()).doesNotContain("\u202E");
    }

    @Test
    void tabsNewlinesAndRightToLeftTextStay() {
        assertThat(ControlCharacters.clean("a\tb\r\nc\rd")).isEqualTo("a\tb\nc\nd");
        assertThat(ControlCharacters.clean("\u2067\u05e9\u05dc\u05d5\u05dd\u2069 \u200Fx")).isEqualTo("\u2067\u05e9\u05dc\u05d5\u05dd\u2069 \u200Fx");
        assertThat(ControlCharacters.cleanLine("\u2067\u05e9\u05dc\u05d5\u05dd\u2069 \u200Fx")).isEqualTo("\u05e9\u05dc\u05d5\u05dd \u200Fx");
    }
}
