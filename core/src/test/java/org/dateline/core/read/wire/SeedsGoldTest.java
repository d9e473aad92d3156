package org.dateline.core.read.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.Article;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.source.RawDocument;
import org.dateline.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Acceptance: every "documents" field of ../shared/gold/seeds.gold.json, and no furniture in any body. */
class SeedsGoldTest {
    @Test
    void seedDocumentsMatchTheGold() throws Exception {
        Path shared = SharedData.require();
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
        ArticleReader reader = new ArticleReader();
        for (JsonNode doc : gold.get("documents")) {
            Path file = shared.resolve("seeds").resolve(doc.get("file").asText());
            Article a = reader.read(RawDocument.of(file.toString(), Files.readAllBytes(file)));
            String name = doc.get("file").asText();
            assertThat(a.headline()).as(name).isEqualTo(doc.get("headline").asText());
            assertThat(a.byline()).as(name).isEqualTo(textOrNull(doc, "byline"));
            assertThat(a.agency()).as(name).isEqualTo(doc.get("agency").asText());
            assertThat(a.datelinePlace()).as(name).isEqualTo(doc.get("dateline_place").asText());
            assertThat(a.datelineText()).as(name).isEqualTo(doc.get("dateline_text").asText());
            if (doc.has("contact")) assertThat(a.contact()).as(name).isEqualTo(doc.get("contact").asText());
            assertThat(a.body()).as(name).startsWith(doc.get("body_first_words").asText())
                    .endsWith(doc.get("body_last_words").asText())
                    .doesNotContain("(END)", "@");
            for (JsonNode f : doc.path("furniture")) {
                assertThat(a.body()).as(name + " furniture").doesNotContain(f.asText());
            }
            String goldDate = doc.get("publication_date").asText();
            if (a.yearInferred() || a.publicationDate().startsWith("XXXX")) {
                // no year in the story: month and day must be right, the year must not come from the clock
                assertThat(a.publicationDate()).as(name).isEqualTo("XXXX" + goldDate.substring(4));
            } else {
                assertThat(a.publicationDate()).as(name).isEqualTo(goldDate);
            }
        }
    }

    private static String textOrNull(JsonNode n, String f) {
        return n.get(f) == null || n.get(f).isNull() ? null : n.get(f).asText();
    }
}
