package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.core.quote.QuoteFinder;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.source.RawDocument;
import org.dateline.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Acceptance: the gold actors and quotes of ../shared/gold/seeds.gold.json (skipped when ../shared is absent). */
class SeedsLanguageGoldTest {
    @Test
    void goldActorsAndQuotes() throws Exception {
        Path shared = SharedData.require();
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
        Map<String, List<Quote>> quotesByDoc = new TreeMap<>();
        List<Entity> all = new ArrayList<>();
        for (JsonNode doc : gold.get("documents")) {
            String file = doc.get("file").asText();
            Path p = shared.resolve("seeds").resolve(file);
            Article a = new ArticleReader().read(RawDocument.of(p.toString(), Files.readAllBytes(p)));
            Analysis an = LanguageAnalyzerTest.ANALYZER.analyze(a);
            quotesByDoc.put(file.substring(0, 3), QuoteFinder.find(a.body(), an.sentences()));
            all.addAll(an.entities());
        }
        for (JsonNode actor : gold.get("actors")) {
            String name = actor.get("name").asText();
            List<Entity> ms = all.stream().filter(e -> name.equals(e.canonical())).toList();
            assertThat(ms).as(name).isNotEmpty();
            String country = actor.get("country").asText();
            String sector = actor.get("sector").asText();
            assertThat(ms).as(name + " coded " + country + "/" + sector)
                    .anyMatch(e -> country.equals(e.country()) && sector.equals(e.sector()));
            // no mention of this actor may carry another country
            assertThat(ms).as(name + " country").allMatch(e -> e.country() == null || country.equals(e.country()));
            if (actor.has("role")) {
                String role = actor.get("role").asText().toLowerCase(Locale.ROOT);
                assertThat(ms).as(name + " role").anyMatch(e -> e.role() != null
                        && e.role().toLowerCase(Locale.ROOT).contains(role));
            }
        }
        for (JsonNode notActor : gold.get("not_actors")) {
            String name = notActor.asText().replaceAll(" \\(.*", "");
            assertThat(all).as(name).noneMatch(e -> e.text().contains(name) || name.equals(e.canonical()));
        }
        for (JsonNode q : gold.get("quotes")) {
            String start = q.has("starts") ? q.get("starts").asText() : q.get("text").asText();
            List<Quote> hits = quotesByDoc.get(q.get("doc").asText()).stream()
                    .filter(x -> Quote.DIRECT.equals(x.kind()) && x.text().startsWith(start)).toList();
            assertThat(hits).as(start).hasSize(1);
            assertThat(hits.get(0).speaker()).as(start).isEqualTo(q.get("speaker").asText());
            if (q.has("text")) assertThat(hits.get(0).text()).isEqualTo(q.get("text").asText());
        }
    }
}
