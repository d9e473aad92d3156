package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Headline words that say whose, not what: a nationality ("Velmarian Society") names a side as a state's name does,
 * and the words of a tribute ("Wreaths Laid before", "Pays Homage") are the genre every occasion of homage repeats;
 * a site every visitor goes to is shared by all their visits, so only the visitor makes two reports one visit.
 */
class SidesAndTributesTest {
    private static String day(int fromStart) {
        return LocalDate.of(2023, 3, 1).plusDays(fromStart).toString();
    }

    private static Entity nationality(String text, String state) {
        return new Entity(text, EntityType.NATIONALITY, 0, text.length(), state, null, null, null, 0);
    }

    @Test
    void aNationalityInAHeadlineNamesASideNotASubject() {
        String headline = "Harvest Essay Posted by Velmarian Society";
        Annotated a = headlined("a", day(0), headline, body("Society for Soil Studies"), nationality("Velmarian", "Velmar"));
        var f = ThreadFeatures.features(a);
        assertThat(ThreadFeatures.subjectWords(f, headline, ThreadFeatures.sideNames(a)))
                .containsExactlyInAnyOrder("w:harvest", "w:essay");
        // without the side's names the nationality reads as a subject word: the rule is what removes it
        assertThat(ThreadFeatures.subjectWords(f, headline)).contains("w:velmarian");
    }

    @Test
    void oneSocietysPostingsOnDifferentOccasionsAreAColumnNotAStory() {
        Entity society = body("Society for Soil Studies"), velmarian = nationality("Velmarian", "Velmar");
        String[] headlines = {"Anniversary of League Hailed by Velmarian Society", "Velmarian Society Praises Dam Builders",
                "Poem on Spring Posted by Velmarian Society", "Velmarian Society Lauds Founding of Academy"};
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < headlines.length; i++) batch.add(headlined("s" + i, day(6 * i), headlines[i], society, velmarian));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("s")).count() > 1);
    }

    @Test
    void aGuestOfANationalityStillKeepsHisVisitTogetherByHisName() {
        Entity guest = person("Ivo Marek", "VEL", null), velmarian = nationality("Velmarian", "Velmar");
        List<Annotated> batch = new ArrayList<>();
        batch.add(headlined("v0", day(0), "Velmarian Businessman Arrives", guest, velmarian));
        batch.add(headlined("v1", day(1), "Minister Meets Velmarian Businessman", guest, velmarian));
        batch.add(headlined("v2", day(3), "Velmarian Businessman Leaves", guest, velmarian));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("v0", "v1", "v2")));
    }

    @Test
    void theWordsOfATributeAreTheGenreOfHomageNotItsOccasion() {
        var f = ThreadFeatures.features(headlined("a", day(0), "Wreaths Laid before Graves of Harvest Heroes"));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:graves", "w:harvest", "w:heroes");
        var g = ThreadFeatures.features(headlined("b", day(0), "Miners Visit Tarvo, Pay Homage and Lay Floral Basket"));
        assertThat(ThreadFeatures.subjectWords(g)).containsExactlyInAnyOrder("w:miners", "w:tarvo");
    }

    @Test
    void oneSiteVisitedByOneGroupAfterAnotherIsNoStory() {
        // the forebear buried at the site is named in every visit, in three different weeks: a standing figure
        Entity forebear = person("Ana Tarvel", "RUR", null);
        String[] visitors = {"Miners", "Teachers", "Nurses"};
        List<Annotated> batch = new ArrayList<>();
        for (int i = 0; i < visitors.length; i++) {
            batch.add(headlined("g" + i, day(8 * i), visitors[i] + " Visit Tarvo", forebear));
        }
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(x -> x.startsWith("g")).count() > 1);
    }

    @Test
    void aGuestsVisitToTheSiteStaysInHisVisit() {
        Entity forebear = person("Ana Tarvel", "RUR", null), guest = person("Ivo Marek", "VEL", null);
        Entity union = body("Velmar Farmers' Union");
        List<Annotated> batch = new ArrayList<>();
        batch.add(headlined("x0", day(0), "Miners Visit Tarvo", forebear));
        batch.add(headlined("x1", day(8), "Teachers Visit Tarvo", forebear));
        batch.add(headlined("v0", day(16), "Farmers' Delegation Arrives", guest, union));
        batch.add(headlined("v1", day(17), "Farmers' Delegation Visits Tarvo", guest, union, forebear));
        batch.add(headlined("v2", day(18), "Farmers' Delegation Leaves", guest, union));
        for (int i = 0; i < 40; i++) batch.add(headlined("n" + i, day(i % 30), "Harvest item " + i, state("Ruritania", "RUR")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("v0", "v1", "v2")));
    }
}
