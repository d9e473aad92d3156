package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Two names joined by "and" or a comma in one sentence are two people, even when one holds the other word by word
 * (a queen named with her husband's names and one of her own); the same two names never written together are one
 * person's, the longer with a middle name.
 */
class TwoPeopleNamedTogetherTest {
    /** The mentions of every name of the body, as a tagger would give them: each name where the body writes it. */
    private static Annotated story(String id, String body, String country, String... names) {
        List<Entity> es = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = body.indexOf(n, from);
            es.add(new Entity(n, EntityType.PERSON, at, at + n.length(), n, country, "GOV", null, 0));
            from = at + n.length();
        }
        return new Annotated(article(id, "2024-03-01", "h", body), es, List.of(), List.of(), List.of());
    }

    private static List<String> actors(Annotated... stories) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        for (Annotated a : stories) kb.observe(a, "2024-03-01", Set.of());
        kb.joinVariants();
        return kb.profiles(Map.of()).stream().map(ActorProfile::name).toList();
    }

    @Test
    void aKingAndAQueenNamedTogetherAreTwoPeople() {
        List<String> names = actors(
                story("a", "A message came from Great King Arvo Malik and Great Queen Arvo Selene Malik of Velmar.", null,
                        "Arvo Malik", "Arvo Selene Malik"),
                story("b", "King Arvo Malik received the envoy.", "VEL", "Arvo Malik"));
        assertThat(names).contains("Arvo Malik", "Arvo Selene Malik");
    }

    @Test
    void theSameTwoNamesInTwoStoriesAreOnePersonWithAMiddleName() {
        List<String> names = actors(
                story("a", "A message came from Arvo Selene Malik of Velmar.", null, "Arvo Selene Malik"),
                story("b", "King Arvo Malik received the envoy.", "VEL", "Arvo Malik"),
                story("c", "Arvo Malik left for home.", "VEL", "Arvo Malik"));
        assertThat(names).containsExactly("Arvo Malik");
    }

    @Test
    void namesInOneListAreCoordinatedButNamesInTwoSentencesAreNot() {
        String body = "Present were Tomas Tarrant, Ebo Tarrant and Mira Sol. Later Ivo Dan spoke.";
        List<Entity> es = story("a", body, null, "Tomas Tarrant", "Ebo Tarrant", "Mira Sol", "Ivo Dan").entities();
        assertThat(CoordinatedNames.pairs(body, es)).extracting(p -> p[0].text() + "+" + p[1].text())
                .containsExactly("Tomas Tarrant+Ebo Tarrant", "Ebo Tarrant+Mira Sol");
    }
}
