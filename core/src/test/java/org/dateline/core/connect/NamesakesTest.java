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

/**
 * Two people of one name stay two profiles when the text gives them two states and two offices one person cannot
 * hold; one person named in many stories with titles that agree stays one, whatever state a report coded him with.
 */
class NamesakesTest {
    private final ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());

    /** Reads one article whose body names {@code name} once, with its state, sector and title as the body writes it. */
    private void read(String id, String body, String name, String country, String sector, String role) {
        int at = body.indexOf(name);
        Entity e = new Entity(name, EntityType.PERSON, at, at + name.length(), name, country, sector, role, 0);
        kb.observe(new Annotated(article(id, "2024-03-01", "h", body), List.of(e), List.of(), List.of(), List.of()),
                "2024-03-01", Set.of());
    }

    private List<String> names() { return kb.profiles(Map.of()).stream().map(ActorProfile::name).toList(); }

    @Test
    void anOfficerOfOneStateAndAnInstitutesDirectorOfAnotherAreTwoPeople() {
        read("a", "Kim Vol, a KPA officer, spoke at the meeting.", "Kim Vol", "PRK", "MIL", "KPA officer");
        read("b", "Kim Vol, department director of the Varna Institute of China, spoke.", "Kim Vol", "CHN", "GOV",
                "department director of the Varna Institute of China");
        read("c", "Later Kim Vol left Beijing.", "Kim Vol", "CHN", null, null);
        assertThat(names()).containsExactlyInAnyOrder("Kim Vol", "Kim Vol (CHN)");
        ActorProfile chinese = kb.profiles(Map.of()).stream().filter(p -> p.name().equals("Kim Vol (CHN)")).findFirst().orElseThrow();
        assertThat(chinese.aliases()).contains("Kim Vol");
        assertThat(chinese.country()).isEqualTo("CHN");
    }

    @Test
    void oneTitleWrittenAlikeKeepsOnePersonThoughAReportCodedAnotherState() {
        read("a", "Iranian Ambassador Ali Varan arrived.", "Ali Varan", "IRN", "GOV", "Iranian Ambassador");
        read("b", "Ali Varan, Cambodian ambassador to the DPRK, arrived.", "Ali Varan", "KHM", "GOV",
                "Cambodian ambassador to the DPRK");
        assertThat(names()).containsExactly("Ali Varan");
    }

    @Test
    void aStateThatDiffersWithoutAnotherOfficeKeepsOnePerson() {
        read("a", "Journalist Wil Barret, writer of Australia, wrote it.", "Wil Barret", "AUS", "MED", "writer of Australia");
        read("b", "Wil Barret, Korean war correspondent, wrote it.", "Wil Barret", "PRK", "MED", "Korean war correspondent");
        read("c", "Wil Barret came back.", "Wil Barret", "PRK", null, null);
        assertThat(names()).containsExactly("Wil Barret");
    }
}
