package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * One party's commentaries on one subject after another ("Authorities Hit for Ignoring Fee Demand", "Hits Dam
 * Project"): the verb of stance is said of every subject, so it ties no story; the party and the authorities it
 * blames are the sides of a beat. Only a subject in common makes two commentaries one story.
 */
class OnePartysCommentariesTest {
    private static String day(int fromStart) {
        return LocalDate.of(2023, 5, 1).plusDays(fromStart).toString();
    }

    /**
     * One party's commentaries, a headline every four days, ids PREFIX0, PREFIX1...; each names the party and the
     * authorities it blames; connected with forty unrelated news items.
     */
    private static Connected commentaries(String prefix, String... headlines) {
        Entity party = body("Velmar Labour Party"), authorities = body("Velmar Government");
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < headlines.length; i++) {
            batch.add(headlined(prefix + i, day(4 * i), headlines[i], party, authorities));
        }
        addNews(batch);
        return Connector.connect(batch);
    }

    private static void addNews(List<Annotated> batch) {
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
    }

    @Test
    void theVerbsOfStanceTellNoSubject() {
        var f = ThreadFeatures.features(headlined("a", day(0), "Authorities Hit for Ignoring Demand for Lower Fees"));
        assertThat(ThreadFeatures.subjectWords(f)).doesNotContain("w:hit").contains("w:fees", "w:ignoring");
        var g = ThreadFeatures.features(headlined("b", day(0), "Feats of Harbour Builders Lauded, Claim Refuted"));
        assertThat(ThreadFeatures.subjectWords(g)).doesNotContain("w:lauded", "w:refuted").contains("w:harbour", "w:claim");
    }

    @Test
    void onePartysCommentariesOnOtherSubjectsAreABeatNotAStory() {
        Connected c = commentaries("c", "Velmar Authorities Hit for Ignoring Demand for Lower Fees",
                "Ruritania Hit for Renaming Border Sea", "Dam Project Hit by Opposition in Velmar",
                "Velmar Police Hit for Shielding Rally Thugs");
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("c")).count() > 1);
    }

    @Test
    void theWordsForTheAuthoritiesAndTheOppositionNameSidesNotASubject() {
        Connected c = commentaries("c", "Velmar Authorities' Curbs on Press Denounced", "Velmar Authorities' Fee Pledge under Fire",
                "Opposition Slams Velmar Ruling Forces' Port Deal", "Opposition Rejects Ruling Forces' Pension Cut");
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("c")).count() > 1);
    }

    @Test
    void onePartysCommentariesOnOneSubjectStayOneStory() {
        Connected c = commentaries("d", "Dam Project Hit by Velmar Party", "Velmar Authorities Hit for Pushing Dam Project",
                "Halt to Dam Project Demanded in Velmar");
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("d0", "d1", "d2")));
    }
}
