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

/** Actor names as the text writes them: its spellings, not another entity's, and roles that came with the name. */
class ActorNamesTest {
    private static Entity entity(String text, EntityType type, String canonical, String role) {
        return new Entity(text, type, 0, text.length(), canonical, "RUR", "GOV", role, 0);
    }

    private static List<ActorProfile> observe(Entity... es) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2024-02-01", "h", "body"), List.of(es), List.of(), List.of(), List.of()),
                "2024-02-01", Set.of());
        return kb.profiles(Map.of());
    }

    private static ActorProfile named(List<ActorProfile> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + ps));
    }

    @Test
    void aPersonKeepsTheSpellingOfTheTextNotADictionaryRespelling() {
        List<ActorProfile> ps = observe(entity("Ana Vel Orrin", EntityType.PERSON, "Ana Vel-orrin", null),
                entity("Ana Vel-Orrin", EntityType.PERSON, "Ana Vel-orrin", null), entity("leader", EntityType.PERSON, "Ana Vel-orrin", null));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ana Vel Orrin");
            assertThat(p.aliases()).contains("Ana Vel-Orrin").doesNotContain("Ana Vel-orrin");
        });
    }

    @Test
    void aSchoolNamedAfterAPersonIsAnotherActorNotTheirAlias() {
        List<ActorProfile> ps = observe(entity("Tomas Arven", EntityType.PERSON, "Tomas Arven", "president"),
                entity("Tomas Arven University", EntityType.PERSON, "Tomas Arven", "president"));
        assertThat(named(ps, "Tomas Arven").aliases()).noneMatch(a -> a.contains("University"));
        assertThat(named(ps, "Tomas Arven University").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBareTitleTiedToAPersonIsNeitherTheirAliasNorTheirRole() {
        List<ActorProfile> ps = observe(entity("Foreign Minister Lena Ostrova", EntityType.PERSON, "Lena Ostrova", "Foreign Minister"),
                entity("ambassador", EntityType.PERSON, "Lena Ostrova", "ambassador"));
        ActorProfile lena = named(ps, "Lena Ostrova");
        assertThat(lena.aliases()).doesNotContain("ambassador");
        assertThat(lena.roles()).extracting(ActorProfile.Role::role).containsExactly("Foreign Minister");
    }

    @Test
    void anUnnamedArmyOrPoliceIsNoActorOfItsOwn() {
        List<ActorProfile> ps = observe(entity("Army", EntityType.ORGANIZATION, "Army", null),
                entity("Police", EntityType.ORGANIZATION, null, null), entity("Ruritanian Border Guard", EntityType.ORGANIZATION, null, null));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Ruritanian Border Guard");
    }
}
