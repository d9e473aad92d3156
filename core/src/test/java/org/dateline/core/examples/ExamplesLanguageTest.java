package org.dateline.core.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.core.Pipeline;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.Spelled;
import org.dateline.model.TimeExpression;
import org.dateline.core.source.RawDocument;
import org.dateline.core.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole per-document pipeline on the project's own example stories, against examples/.expected.json: article
 * fields, furniture, time values, actors with their codes, quote speakers. Always runs (the examples ship with the
 * project); thresholds leave room for the few cases the README of examples/ calls hard.
 */
class ExamplesLanguageTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final Map<String, Annotated> BY_DOC = new HashMap<>();
    private static JsonNode expected;

    @BeforeAll
    static void annotateAll() throws Exception {
        expected = Examples.expected();
        for (JsonNode d : expected.get("documents")) {
            Path file = Examples.dir().resolve(d.get("file").asText());
            RawDocument raw = RawDocument.of(file.toString(), Files.readAllBytes(file));
            BY_DOC.put(d.get("doc").asText(), PIPELINE.annotate(raw));
        }
    }

    @Test
    void articleFieldsAndCleanBodies() {
        for (JsonNode d : expected.get("documents")) {
            Annotated a = BY_DOC.get(d.get("doc").asText());
            String where = d.get("file").asText();
            assertThat(a.article().headline()).as(where).isEqualTo(d.get("headline").asText());
            assertThat(a.article().byline()).as(where).isEqualTo(text(d, "byline"));
            assertThat(a.article().agency()).as(where).isEqualTo(text(d, "agency"));
            assertThat(a.article().datelinePlace()).as(where).isEqualTo(text(d, "dateline_place"));
            assertThat(a.article().publicationDate()).as(where).isEqualTo(text(d, "publication_date"));
            assertThat(a.article().contact()).as(where).isEqualTo(text(d, "contact"));
            String body = a.article().body();
            String[] words = body.strip().split("\\s+");
            assertThat(String.join(" ", List.of(words).subList(0, 10))).as(where).isEqualTo(d.get("body_first_words").asText());
            assertThat(String.join(" ", List.of(words).subList(words.length - 8, words.length))).as(where)
                    .isEqualTo(d.get("body_last_words").asText());
            assertThat(body.split("\n\n")).as(where).hasSize(d.get("paragraphs").asInt());
            for (JsonNode f : d.get("furniture")) assertThat(body).as(where).doesNotContain(f.asText());
            assertThat(body).as(where).doesNotContain("(END)").doesNotContain("@");
        }
    }

    @Test
    void timeValuesMatchTheStoriesOwnDating() {
        int right = 0, total = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode t : expected.get("timexes")) {
            total++;
            Annotated a = BY_DOC.get(t.get("doc").asText());
            boolean ok = a.timexes().stream().anyMatch(x -> x.text().equals(t.get("text").asText())
                    && x.value() != null && x.value().equals(t.get("value").asText())
                    && java.util.Objects.equals(Spelled.of(x.mod()), text(t, "mod")));
            if (ok) right++;
            else wrong.add(t.get("doc").asText() + " " + t.get("text").asText() + " -> " + t.get("value").asText());
        }
        assertThat((double) right / total).as("time values right; wrong: %s", wrong).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aStoryWithoutAYearNeverTakesOneFromTheClock() {
        for (JsonNode d : expected.get("documents")) {
            if (d.get("year_given").asBoolean()) continue;
            Annotated a = BY_DOC.get(d.get("doc").asText());
            assertThat(a.article().publicationDate()).startsWith("XXXX");
            for (TimeExpression t : a.timexes()) {
                if (t.value() != null && t.value().matches("^\\d{4}.*")) {
                    // an explicit year written in the text is fine; a resolved relative date is not
                    assertThat(t.text()).as("%s in %s", t, d.get("file").asText()).containsPattern("\\d{4}");
                }
            }
        }
    }

    @Test
    void actorsAreFoundWithTheirCodesAndReportersNever() {
        Map<String, List<Entity>> byCanonical = new HashMap<>();
        BY_DOC.values().forEach(a -> a.entities().forEach(e -> {
            if (e.canonical() != null) byCanonical.computeIfAbsent(e.canonical(), k -> new ArrayList<>()).add(e);
        }));
        int coded = 0, total = 0;
        List<String> miscoded = new ArrayList<>();
        for (JsonNode actor : expected.get("actors")) {
            String name = actor.get("name").asText();
            assertThat(byCanonical).as("actor %s", name).containsKey(name);
            String country = text(actor, "country");
            total++;
            if (byCanonical.get(name).stream().anyMatch(e -> country.equals(e.country()))) coded++;
            else miscoded.add(name);
        }
        assertThat((double) coded / total).as("actors with the right country; wrong: %s", miscoded).isGreaterThanOrEqualTo(0.9);
        for (JsonNode reporter : expected.get("not_actors")) {
            assertThat(byCanonical).as("byline reporter").doesNotContainKey(reporter.asText());
        }
    }

    @Test
    void quotesCarryTheirSpeakers() {
        int right = 0, total = 0;
        for (JsonNode q : expected.get("quotes")) {
            total++;
            String starts = q.get("starts").asText();
            Annotated a = BY_DOC.get(q.get("doc").asText());
            Quote found = a.quotes().stream().filter(x -> x.text().contains(starts)).findFirst().orElse(null);
            if (found != null && q.get("speaker").asText().equals(found.speaker())) right++;
        }
        assertThat((double) right / total).isGreaterThanOrEqualTo(0.65);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
