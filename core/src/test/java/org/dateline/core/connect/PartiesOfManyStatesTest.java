package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** A party name every state may have is one actor per state, never one actor of the first state met. */
class PartiesOfManyStatesTest {
    private static Annotated story(String id, String headline, String body, String party, String country) {
        int at = body.indexOf(party);
        Entity e = new Entity(party, EntityType.ORGANIZATION, at, at + party.length(), party, country, null, null, 0);
        return new Annotated(article(id, "2024-02-01", headline, body), List.of(e), List.of(), List.of(), List.of());
    }

    @Test
    void theSamePartyNameInStoriesOfThreeStatesIsThreeActors() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(story("a", "Italian Delegation Tours Factory", "A delegation of the Democratic Party toured a mill.",
                "Democratic Party", null), "2024-02-01", Set.of());
        kb.observe(story("b", "Japanese Opposition Slams Cabinet", "The Democratic Party blamed the cabinet.",
                "Democratic Party", null), "2024-02-02", Set.of());
        kb.observe(story("c", "Rally Held", "The Democratic Party of South Korea held a rally.",
                "Democratic Party", null), "2024-02-03", Set.of());
        List<ActorProfile> ps = kb.profiles(Map.of());
        assertThat(ps).extracting(ActorProfile::name)
                .containsExactlyInAnyOrder("Democratic Party (ITA)", "Democratic Party (JPN)", "Democratic Party (KOR)");
        assertThat(ps).allSatisfy(x -> assertThat(x.aliases()).contains("Democratic Party"));
    }

    @Test
    void aPartyNameWithItsStateInsideIsItsOwnName() {
        assertThat(PartyStates.isSharedName("Democratic Party")).isTrue();
        assertThat(PartyStates.isSharedName("Liberal Democratic Party")).isTrue();
        assertThat(PartyStates.isSharedName("Democratic Party of Japan")).isFalse();
        assertThat(PartyStates.isSharedName("Korean Social Democratic Party")).isFalse();
        assertThat(PartyStates.isSharedName("Democratic Front")).isFalse();
    }

    @Test
    void withNoStateToTellThePartyKeepsItsBareName() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(story("a", "Talks Held", "The Democratic Party met the Labour Party.", "Democratic Party", null),
                "2024-02-01", Set.of());
        assertThat(kb.profiles(Map.of())).extracting(ActorProfile::name).containsExactly("Democratic Party");
    }

    @Test
    void aHeadlineNamingTwoStatesTellsNoParty() {
        assertThat(PartyStates.keyed("Democratic Party", null, "The Democratic Party spoke.", 4, 20,
                "Italian Envoy Meets Japanese Minister")).isEqualTo("Democratic Party");
    }
}
