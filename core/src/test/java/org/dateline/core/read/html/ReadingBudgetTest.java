package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_1;
import static org.dateline.core.read.html.HtmlArticleReaderTest.PROSE_2;

import java.nio.charset.StandardCharsets;

import org.dateline.model.Article;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/** Hostile page shapes: read in time linear in the page, or refused with a reason when no real page looks like them. */
class ReadingBudgetTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String body) throws UnreadableDocumentException {
        String html = "<html><head><title>Harbour plan</title></head><body>" + body + "</body></html>";
        return reader.read(RawDocument.of("nested.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML));
    }

    @Test
    void aPageNestedAHundredThousandDeepIsRefusedWithAReason() {
        String nested = "<div>".repeat(100_000) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(100_000);
        assertThatThrownBy(() -> read(nested))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("nested more than " + ReadingBudget.MAX_DEPTH);
    }

    @Test
    void aStoryNestedDeeperThanAnyRealPageButWithinTheBudgetIsRead() throws Exception {
        int depth = ReadingBudget.MAX_DEPTH - 10;
        String nested = "<article>" + ("<div><p>" + PROSE_1 + "</p>").repeat(depth) + "</div>".repeat(depth)
                + "</article>";
        Article a = read(nested);
        assertThat(a.body().split("\n\n")).isNotEmpty().containsOnly(PROSE_1);
    }

    @Test
    void thousandsOfFiguresBesideTheParagraphsAreRemovedAndTheStoryKeepsItsOrder() throws Exception {
        StringBuilder sb = new StringBuilder("<article>");
        for (int i = 0; i < 5_000; i++) {
            sb.append("<p>").append(i).append(". ").append(i % 2 == 0 ? PROSE_1 : PROSE_2).append("</p>")
                    .append("<figure><img src=\"p.jpg\"><figcaption>Picture ").append(i).append("</figcaption></figure>")
                    .append("<script>track(").append(i).append(")</script>");
        }
        Article a = read(sb.append("</article>").toString());
        String[] paragraphs = a.body().split("\n\n");
        assertThat(paragraphs).hasSize(5_000);
        for (int i = 0; i < paragraphs.length; i++) assertThat(paragraphs[i]).startsWith(i + ". ");
        assertThat(a.body()).doesNotContain("Picture").doesNotContain("track(");
    }
}
