package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.core.dictionary.ActorEntry;
import org.dateline.core.dictionary.PetrarchDictionaries;
import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class ActorKnowledgeBaseTest {
    private static Annotated with(String id, Entity... es) {
        return new Annotated(article(id, "2023-03-01", "h", "body"), List.of(es), List.of(), List.of(), List.of());
    }

    private static Entity shortName(String text, String country, String role) {
        return new Entity(text, EntityType.PERSON, 0, text.length(), text, country, "GOV", role, 0);
    }

    @Test
    void aShortNameIsTheKnownPersonOnlyWhenTheContextAgrees() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(with("a", person("Lee Do-hoon", "KOR", "nuclear envoy")), "2023-03-01", Set.of());
        // Same thread: Lee is Lee Do-hoon.
        assertThat(kb.observe(with("b", shortName("Lee", "KOR", null)), "2023-03-02", Set.of("Lee Do-hoon")).of("Lee"))
                .isEqualTo("Lee Do-hoon");
        // Same country and role, other thread: still him.
        assertThat(kb.observe(with("c", shortName("Lee", "KOR", "nuclear envoy")), "2023-03-03", Set.of()).of("Lee"))
                .isEqualTo("Lee Do-hoon");
        // Only the country agrees: a Korean called Lee is not enough.
        assertThat(kb.observe(with("d", shortName("Lee", "KOR", "lawmaker")), "2023-03-04", Set.of()).of("Lee"))
                .isEqualTo("Lee");
    }

    @Test
    void twoKnownPeopleWithTheSurnameMakeAShortNameAmbiguous() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(with("a", person("Lee Do-hoon", "KOR", "envoy"), person("Lee Jae-won", "KOR", "envoy")), "2023-03-01", Set.of());
        assertThat(kb.observe(with("b", shortName("Lee", "KOR", "envoy")), "2023-03-02",
                Set.of("Lee Do-hoon", "Lee Jae-won")).of("Lee")).isEqualTo("Lee");
    }

    @Test
    void overridesAliasSplitAndCodeOnEveryRun() throws Exception {
        ActorOverrides o = ActorOverrides.parse(new BufferedReader(new StringReader("""
                # my fixes
                alias\tKim Jong-un\tKim Jong Un\tKJU
                split\tLee\tLee Do-hoon
                code\tLee Do-hoon\tKOR\tGOV\tPERSON
                merge\tthe Hermit Kingdom\tNorth Korea
                nonsense line
                """)));
        assertThat(o.problems()).singleElement().asString().contains("line 6");
        ActorKnowledgeBase kb = new ActorKnowledgeBase(o);
        kb.observe(with("a", person("Lee Do-hoon", null, "envoy"), person("KJU", "PRK", null)), "2023-03-01", Set.of());
        assertThat(kb.observe(with("b", shortName("Lee", null, null)), "2023-03-02", Set.of("Lee Do-hoon")).of("Lee"))
                .isEqualTo("Lee");
        assertThat(kb.canonical("the Hermit Kingdom")).isEqualTo("North Korea");
        List<ActorProfile> profiles = kb.profiles(Map.of("Kim Jong-un", 3));
        assertThat(profiles.get(0).name()).isEqualTo("Kim Jong-un");
        assertThat(profiles.get(0).aliases()).contains("KJU");
        assertThat(profiles).filteredOn(p -> p.name().equals("Lee Do-hoon")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("KOR"));
    }

    @Test
    void aCodeRuleNamesTheSectorAndEntityTypeInAnyCaseAndAWordThatIsNoneIsAProblem() throws Exception {
        ActorOverrides o = ActorOverrides.parse(new BufferedReader(new StringReader("""
                code\tNorthland Ferries\t-\tbus\torganization
                code\tLee Do-hoon\tKOR\tGOV\tTITLE
                code\tLee Do-hoon\tKOR\tgovernment
                """)));
        assertThat(o.problems()).hasSize(2);
        assertThat(o.problems().get(0)).contains("line 2").contains("TITLE");
        assertThat(o.problems().get(1)).contains("line 3").contains("GOVERNMENT");
        ActorKnowledgeBase kb = new ActorKnowledgeBase(o);
        kb.observe(with("a", person("Northland Ferries", "SWE", null), person("Lee Do-hoon", "KOR", "envoy")), "2023-03-01", Set.of());
        assertThat(kb.profiles(Map.of())).extracting(ActorProfile::name, ActorProfile::type).contains(
                org.assertj.core.groups.Tuple.tuple("Northland Ferries", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Lee Do-hoon", EntityType.PERSON));
        assertThat(kb.profiles(Map.of())).filteredOn(p -> p.name().equals("Northland Ferries")).singleElement()
                .satisfies(p -> assertThat(p.sector()).isEqualTo("BUS"));
    }

    @Test
    void rolesKeepFirstAndLastSeenAndSpellingVariantsAreOneActor() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(with("a", person("Kim Jong Un", "PRK", "leader")), "2023-01-05", Set.of());
        kb.observe(with("b", person("Kim Jong-un", "PRK", "Leader")), "2023-04-09", Set.of());
        kb.observe(with("c", person("Kim Jong-un", "PRK", "leader")), "2023-02-01", Set.of());
        List<ActorProfile> ps = kb.profiles(Map.of());
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).roles()).singleElement().satisfies(r -> {
            assertThat(r.firstSeen()).isEqualTo("2023-01-05");
            assertThat(r.lastSeen()).isEqualTo("2023-04-09");
        });
    }

    @Test
    void petrarchDictionarySynonymsBecomeAliasesOfTheTitleCasedName() {
        List<ActorEntry> entries = PetrarchDictionaries.actors(new StringReader("""
                <!-- test dictionary -->
                NORWAY_  [NOR]
                +NORWEGIAN_
                +OSLO_ # capital
                ANNA_BERG_  ; made up
                \t[SWEELI 100101-150630]
                \t[SWEGOV >150630]
                """), "test.actors").toList();
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.importPetrarch(entries);
        assertThat(kb.canonical("OSLO")).isEqualTo("Norway");
        assertThat(kb.canonical("Norwegian")).isEqualTo("Norway");
        assertThat(kb.canonical("anna berg")).isEqualTo("Anna Berg");
    }
}
