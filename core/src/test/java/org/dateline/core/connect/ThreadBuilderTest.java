package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.model.Connected;
import org.dateline.core.model.Entity;
import org.junit.jupiter.api.Test;

class ThreadBuilderTest {
    private static Annotated story(String id, String date, String headline, Entity... es) {
        Article a = article(id, date, headline, "Body of " + id + ".");
        return new Annotated(a, List.of(es), List.of(), List.of(), List.of());
    }

    @Test
    void articlesSharingActorsAndTimeFormAThreadOthersStartTheirOwn() {
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-01", "Berg heads to Amman for water talks", berg, haddad, state("Jordan", "JOR")),
                story("b", "2023-03-04", "Berg and Haddad agree on water panel", berg, haddad),
                story("c", "2023-03-04", "Typhoon hits southern coast", state("Japan", "JPN")),
                story("d", "2023-06-30", "Berg returns to Amman", berg, haddad)));
        assertThat(c.threads()).hasSize(3);
        assertThat(c.threads().get(0).articles()).containsExactly("a", "b");
        assertThat(c.threads().get(0).title()).startsWith("Anna Berg \u2013 Omar Haddad: Berg heads to Amman");
        assertThat(c.threads().get(0).firstDate()).isEqualTo("2023-03-01");
        assertThat(c.threads().get(0).lastDate()).isEqualTo("2023-03-04");
    }

    @Test
    void aYearlessArticleTakesItsYearFromItsThreadAndItsEventsToo() {
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Article y = article("y", "XXXX-01-03", "Berg and Haddad met in December",
                "Berg and Haddad met in Amman in December, and will meet again in March.");
        Annotated yearless = new Annotated(y, List.of(berg, haddad), List.of(), List.of(), List.of(
                event(y, "e1", "CONSULT", List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), "XXXX-12",
                        "Amman", "occurred", "Berg and Haddad met"),
                event(y, "e2", "CONSULT", List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), "XXXX-03",
                        null, "planned", "will meet again")));
        Connected c = Connector.connect(List.of(yearless,
                story("a", "2023-12-29", "Berg heads to Amman", berg, haddad)));
        assertThat(c.inferredDates()).containsExactly(java.util.Map.entry("y", "2024-01-03"));
        assertThat(c.events()).extracting(e -> e.event().date()).containsExactlyInAnyOrder("2023-12", "2024-03");
    }

    @Test
    void aYearlessArticleAloneKeepsNoYear() {
        Connected c = Connector.connect(List.of(story("y", "XXXX-01-03", "Lone story", person("Anna Berg", "SWE", null))));
        assertThat(c.inferredDates()).isEmpty();
    }

    @Test
    void yearsComeFromTheNearestThreadDay() {
        assertThat(Years.infer("XXXX-01-02", List.of(LocalDate.of(2019, 12, 28)))).contains(LocalDate.of(2020, 1, 2));
        assertThat(Years.infer("XXXX-07-02", List.of(LocalDate.of(2019, 12, 28)))).isEmpty();
        assertThat(Years.complete("XXXX-02", LocalDate.of(2019, 9, 26), "occurred")).isEqualTo("2019-02");
        assertThat(Years.complete("XXXX-02", LocalDate.of(2019, 9, 26), "plan")).isEqualTo("2020-02");
        assertThat(Years.complete("XXXX-W38", LocalDate.of(2019, 9, 26), "occurred")).isEqualTo("2019-W38");
    }

    @Test
    void spansCompareTimeMlValuesByTheDaysTheyCover() {
        Span week = Span.of("2019-W38").orElseThrow();
        assertThat(week.first()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(week.overlaps(Span.of("2019-09-20").orElseThrow())).isTrue();
        assertThat(Span.of("2024-03").orElseThrow().narrow("LATE").overlaps(Span.of("2024-03-14").orElseThrow())).isFalse();
        assertThat(Span.of("XXXX-09-26")).isEmpty();
        assertThat(Span.of("PAST_REF")).isEmpty();
        assertThat(Span.of("2019-02-30")).isEmpty();
    }
}
