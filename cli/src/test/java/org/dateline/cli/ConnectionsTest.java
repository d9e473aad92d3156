package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dateline.core.model.ActorProfile;
import org.dateline.core.model.Annotated;
import org.dateline.core.model.Article;
import org.dateline.core.model.Connected;
import org.dateline.core.model.Entity;
import org.dateline.core.model.Event;
import org.dateline.core.model.StoryEvent;

class ConnectionsTest {
    private static final String BODY = "Park Min-jae left for the U.S. on Thursday. He will meet Ellen Whitfield on Friday, "
            + "officials said.\n\nThe two last met in January. Park told reporters he was hopeful.";

    private static Annotated annotated(String id, String date) {
        Article a = Fixtures.article(id, date, "Harbor Wire", "Envoy leaves " + id, BODY);
        int meet = BODY.indexOf("He will meet");
        Event plan = new Event("e1", "CONSULT", null, "036", List.of(Fixtures.KOR), List.of(Fixtures.USA), "2024-03-08",
                null, null, "planned", null, meet, meet + 12, 0.7);
        int met = BODY.indexOf("last met");
        Event past = new Event("e2", "CONSULT", null, "040", List.of(Fixtures.KOR, Fixtures.USA), List.of(), "2024-01",
                null, null, "occurred", null, met, met + 8, 0.6);
        return new Annotated(a, List.of(new Entity("Park Min-jae", "PERSON", 0, 12, "Park Min-jae", "KOR", "GOV",
                "special representative", 0), new Entity("Park", "PERSON", BODY.lastIndexOf("Park"),
                BODY.lastIndexOf("Park") + 4, "Park Min-jae", "KOR", "GOV", null, 3)), List.of(), List.of(), List.of(plan, past));
    }

    @Test
    void eachEventIsItsOwnStoryEventWithItsSentence() {
        Connected c = Connections.compute(List.of(annotated("a1", "2024-03-07"), annotated("a2", "2024-03-08")));

        assertThat(c.events()).hasSize(4);
        StoryEvent first = c.events().get(0);
        assertThat(first.id()).isEqualTo(first.event().id()).endsWith(".e1");
        assertThat(first.mentions()).singleElement().satisfies(m -> {
            assertThat(m.article()).isEqualTo("a1");
            assertThat(m.sentence()).isEqualTo("He will meet Ellen Whitfield on Friday, officials said.");
            assertThat(m.eventId()).isEqualTo("e1");
        });
        assertThat(c.events().get(1).mentions().get(0).sentence()).isEqualTo("The two last met in January.");
        assertThat(c.events()).extracting(StoryEvent::id).doesNotHaveDuplicates();
        assertThat(c.events()).allSatisfy(e -> assertThat(e.links()).isEmpty());
    }

    @Test
    void actorsAreTalliedFromParticipantsWithAliasesAndRoles() {
        Connected c = Connections.compute(List.of(annotated("a1", "2024-03-07"), annotated("a2", "2024-03-18")));

        ActorProfile park = c.actors().stream().filter(a -> a.name().equals("Park Min-jae")).findFirst().orElseThrow();
        assertThat(park.events()).isEqualTo(4);
        assertThat(park.country()).isEqualTo("KOR");
        assertThat(park.aliases()).containsExactly("Park");
        assertThat(park.roles()).singleElement().isEqualTo(
                new ActorProfile.Role("special representative", "2024-03-07", "2024-03-18"));
        assertThat(c.actors()).extracting(ActorProfile::name).containsExactly("Ellen Whitfield", "Park Min-jae");
    }

    @Test
    void sentenceStaysInsideItsParagraphAndSurvivesBadOffsets() {
        assertThat(Connections.sentence(BODY, BODY.indexOf("January"), BODY.indexOf("January") + 7))
                .isEqualTo("The two last met in January.");
        assertThat(Connections.sentence(BODY, -1, 5)).isEmpty();
        assertThat(Connections.sentence(BODY, 5, BODY.length() + 10)).isEmpty();
    }
}
