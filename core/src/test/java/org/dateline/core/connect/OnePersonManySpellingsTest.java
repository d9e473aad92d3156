package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;
import static org.dateline.core.connect.Fixtures.event;
import static org.dateline.core.connect.Fixtures.p;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** A person written under several full names is one actor under the most frequent, the others his aliases. */
class OnePersonManySpellingsTest {
    private static Entity person(String name, String country) {
        return new Entity(name, EntityType.PERSON, 0, name.length(), name, country, "GOV", null, 0);
    }

    private static List<ActorProfile> read(Entity... mentions) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        int i = 0;
        for (Entity e : mentions) {
            kb.observe(new Annotated(article("a" + i, "2024-02-01", "h", "body"), List.of(e), List.of(), List.of(),
                    List.of()), "2024-02-0" + (1 + i++ % 9), Set.of());
        }
        kb.joinVariants();
        return kb.profiles(Map.of());
    }

    private static ActorProfile named(List<ActorProfile> ps, String name) {
        return ps.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + ps));
    }

    @Test
    void aSpellingMetFirstAndWithoutItsStateJoinsThePersonUnderHisMostFrequentName() {
        List<ActorProfile> ps = read(person("Dmitri Velkov", null), person("Dmitry Velkov", "RUR"),
                person("Dmitry Velkov", "RUR"), person("Dmitri Velkov", "RUR"), person("Dmitry Velkov", "RUR"));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Dmitry Velkov");
        assertThat(named(ps, "Dmitry Velkov").aliases()).contains("Dmitri Velkov");
        assertThat(named(ps, "Dmitry Velkov").country()).isEqualTo("RUR");
    }

    @Test
    void aNameWithItsMiddleNameAndOneWithoutItAreOnePerson() {
        List<ActorProfile> ps = read(person("Tomas Ebo Tarrant", null), person("Tomas Tarrant", "VEL"),
                person("Tomas Tarrant", "VEL"));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Tomas Tarrant");
        assertThat(named(ps, "Tomas Tarrant").aliases()).contains("Tomas Ebo Tarrant");
    }

    @Test
    void theLastWordsOfAFullNameAreThatPerson() {
        List<ActorProfile> ps = read(person("Goodwin Ebo Tarrant", "VEL"), person("Ebo Tarrant", "VEL"),
                person("Goodwin Ebo Tarrant", null));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Goodwin Ebo Tarrant");
    }

    @Test
    void twoShortFormsOfOneFullNameAreThatOnePerson() {
        List<ActorProfile> ps = read(person("Goodwin Ebo Tarrant", "VEL"), person("Goodwin Tarrant", "VEL"),
                person("Goodwin Tarrant", "VEL"), person("Ebo Tarrant", "VEL"));
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).aliases()).contains("Goodwin Tarrant", "Ebo Tarrant");
    }

    @Test
    void theLastWordsOfTwoPeoplesNamesJoinNeither() {
        List<ActorProfile> ps = read(person("Kang Sol Mun", "VEL"), person("Pak Sol Mun", "VEL"), person("Sol Mun", "VEL"));
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Kang Sol Mun", "Pak Sol Mun", "Sol Mun");
    }

    @Test
    void theGivenNameAfterAnEastAsianFamilyNameIsNoShortFormOfTheFullName() {
        // "To Sol Mun" cut short by a tagger is not Kang Sol Mun, the only bearer of the given name the record knows
        List<ActorProfile> ps = read(person("Kang Sol Mun", "VEL"), person("Kang Sol Mun", "VEL"), person("Sol Mun", null));
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Kang Sol Mun", "Sol Mun");
    }

    @Test
    void oneNameOfTwoStatesIsTwoPeople() {
        List<ActorProfile> ps = read(person("Dmitri Orlov", "RUR"), person("Dmitry Orlov", "VEL"));
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Dmitri Orlov", "Dmitry Orlov");
    }

    @Test
    void twoPeopleOfOneFamilyNameStayTwo() {
        List<ActorProfile> ps = read(person("Kim Sol Il", "VEL"), person("Kim Sol Un", null));
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Kim Sol Il", "Kim Sol Un");
    }

    @Test
    void theEventsOfAVariantAreThePersonsInTheRecord() {
        Connector c = new Connector();
        for (int i = 0; i < 3; i++) {
            String name = i == 0 ? "Dmitri Velkov" : "Dmitry Velkov";
            Article a = article("v" + i, "2024-03-0" + (i + 1), "Visit " + i, name + " visited the port of Tarvo " + i + ".");
            c.add(new Annotated(a, List.of(person(name, i == 0 ? null : "RUR")), List.of(), List.of(),
                    List.of(event(a, "e1", EventType.CONSULT, List.of(p(name, "RUR")), List.of(), "2024-03-0" + (i + 1),
                            null, EventStatus.OCCURRED, "visited"))));
        }
        Connected out = c.snapshot();
        assertThat(out.events()).flatExtracting(s -> s.event().actors()).extracting(x -> x.name())
                .containsOnly("Dmitry Velkov");
        assertThat(out.actors()).extracting(ActorProfile::name).doesNotContain("Dmitri Velkov");
    }

    @Test
    void aSpellingFirstMetWithoutItsStateDoesNotKeepItsLaterStatedMentionsFromThePerson() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("s0", "2024-03-01", "h", "body"), List.of(person("Dmitry Velkov", "RUR")),
                List.of(), List.of(), List.of()), "2024-03-01", Set.of());
        kb.observe(new Annotated(article("s1", "2024-03-02", "h", "body"), List.of(person("Dmitri Velkov", null)),
                List.of(), List.of(), List.of()), "2024-03-02", Set.of());
        var stated = kb.observe(new Annotated(article("s2", "2024-03-03", "h", "body"),
                List.of(person("Dmitri Velkov", "RUR")), List.of(), List.of(), List.of()), "2024-03-03", Set.of());
        assertThat(stated.of("Dmitri Velkov")).isEqualTo("Dmitry Velkov");
    }

    @Test
    void aVisitToldUnderTheOtherSpellingAfterAStatelessMentionIsTheSameVisit() {
        Connector c = new Connector();
        String[][] reports = {
                {"Dmitry Velkov", "RUR", "Dmitry Velkov visited the shipyard of Tarvo on Friday."},
                {"Dmitri Velkov", null, "Guests at the opera included Dmitri Velkov."},
                {"Dmitri Velkov", "RUR", "Dmitri Velkov visited the shipyard of Tarvo on Friday, the paper said."}};
        for (int i = 0; i < reports.length; i++) {
            String[] r = reports[i];
            Article a = article("d" + i, "2024-03-0" + (i + 1), "Report " + i, r[2]);
            List<org.dateline.model.Event> events = r[1] == null ? List.of()
                    : List.of(event(a, "e1", EventType.CONSULT, List.of(p(r[0], "RUR")), List.of(p("Tarvo", "TRV")),
                            "2024-03-01", null, EventStatus.OCCURRED, r[0] + " visited the shipyard of Tarvo on Friday"));
            c.add(new Annotated(a, List.of(person(r[0], r[1])), List.of(), List.of(), events));
        }
        Connected out = c.snapshot();
        assertThat(Fixtures.storyOf(out, "d0", "e1")).isEqualTo(Fixtures.storyOf(out, "d2", "e1"));
    }

    @Test
    void anActorItsMentionsGaveNoStateTakesTheOneStateItsEventsAgreeOn() {
        Connector c = new Connector();
        Article a = article("k1", "2024-03-01", "Guests Tour Port", "Chairman Ito Sakuma visited the port of Tarvo.");
        c.add(new Annotated(a, List.of(person("Ito Sakuma", null)), List.of(), List.of(),
                List.of(event(a, "e1", EventType.CONSULT, List.of(p("Ito Sakuma", "JPN")), List.of(), "2024-03-01",
                        null, EventStatus.OCCURRED, "visited"))));
        assertThat(c.snapshot().actors()).filteredOn(x -> x.name().equals("Ito Sakuma"))
                .extracting(ActorProfile::country).containsExactly("JPN");
    }

    @Test
    void aNameThatOpensWithAFamilyNameHasNoMiddleNameToDropNorALetterToSpellOtherwise() {
        assertThat(PersonVariants.oneName("Choe Sol", "Choe Sol Hui")).isFalse();
        assertThat(PersonVariants.oneName("Ri Gwang", "Ri Myong Gwang")).isFalse();
        assertThat(PersonVariants.oneName("Kim Kwan Sol", "Kim Kwang Sol")).isFalse();
        // the given name alone is many people's: the tagger cuts a short family name it does not know ("O Myong
        // Gwang", "To Myong Gwang") as often as it cuts Ri's
        assertThat(PersonVariants.oneName("Myong Gwang", "Ri Myong Gwang")).as("a given name with no family name").isFalse();
        assertThat(PersonVariants.oneName("Myong Gwang", "O Myong Gwang")).as("a family name of one letter").isFalse();
        assertThat(PersonVariants.oneName("Tomas Tarrant", "Tomas Ebo Tarrant")).isTrue();
    }

    @Test
    void aBodyOrPlaceNamedAfterAPersonIsNotHim() {
        assertThat(PersonVariants.oneName("Tomas Tarrant Conservatory", "Tomas Tarrant")).isFalse();
        assertThat(PersonVariants.oneName("Marendo Hill", "Marendoro Hill")).isFalse();
    }
}
