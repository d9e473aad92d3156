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
 * A profile is filed under proper names that stand alone in their sentence: a piece of a longer name is no alias, a
 * common noun of a kind of body no actor, and a body's own name gives the sector and state its mentions did not.
 */
class NamesThatStandAloneTest {
    /** The mentions of {@code names} in {@code body}, each at its first place from where the previous one ended. */
    private static List<ActorProfile> read(String body, EntityType type, String canonical, String country, String... names) {
        List<Entity> es = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            int at = body.indexOf(n, from);
            es.add(new Entity(n, type, at, at + n.length(), canonical == null ? n : canonical, country, null, null, 0));
            from = at + n.length();
        }
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2024-02-01", "h", body), es, List.of(), List.of(), List.of()), "2024-02-01", Set.of());
        return kb.profiles(Map.of());
    }

    private static ActorProfile named(List<ActorProfile> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + ps));
    }

    @Test
    void aCompassWordThatOpensALongerNameIsNoAliasOfTheState() {
        List<ActorProfile> ps = read("North Ruritania warned. The North Side Committee met in North Varna Province. The North"
                + " denied it.", EntityType.COUNTRY, "North Ruritania", "NRU", "North Ruritania", "The North", "North", "The North");
        assertThat(named(ps, "North Ruritania").aliases()).containsExactly("The North");
        ps = read("North Ruritania warned. The North Side Committee met.", EntityType.COUNTRY, "North Ruritania", "NRU",
                "North Ruritania", "The North");
        assertThat(named(ps, "North Ruritania").aliases()).isEmpty();
    }

    @Test
    void aCompassWordCoordinatedBeforeTheHeadItSharesIsAPieceOfThatName() {
        List<ActorProfile> ps = read("The North, South and Overseas Side Committees met. The North and South Headquarters"
                + " spoke. Talks between the North and the South went on.", EntityType.COUNTRY, "North Ruritania", "NRU",
                "The North", "The North", "the North");
        assertThat(named(ps, "North Ruritania").aliases()).containsExactly("the North");
        assertThat(ProperNames.modifierOfLaterHead("rain hit North and South Varna provinces", 9, 14)).isTrue();
        assertThat(ProperNames.modifierOfLaterHead("Ruritania and South Varna met", 0, 9)).isFalse();
        assertThat(ProperNames.modifierOfLaterHead("the North, South Varna and Vel met", 0, 9)).isFalse();
    }

    @Test
    void aNameThatClosesAQuotedNameIsAPieceOfIt() {
        List<ActorProfile> ps = read("It funds the \"Federation of the Movement for Freedom in the North\" and the \"Pen Center"
                + " of Defectors from the North\". He said \"we will not yield to the North\".", EntityType.COUNTRY,
                "North Ruritania", "NRU", "the North", "the North", "the North");
        assertThat(named(ps, "North Ruritania").aliases()).containsExactly("the North");
        assertThat(ProperNames.closesQuotedName("the \"Network for Democracy in the North\"", 30, 39)).isTrue();
        assertThat(ProperNames.closesQuotedName("\"we will warn the North\"", 14, 23)).isFalse();
    }

    @Test
    void anAcronymInsideAMediasNameOrACompoundIsNoAlias() {
        List<ActorProfile> ps = read("North Ruritania said Daily NR lied and the NR-Varna talks failed.", EntityType.COUNTRY,
                "North Ruritania", "NRU", "North Ruritania", "NR", "NR");
        assertThat(named(ps, "North Ruritania").aliases()).isEmpty();
    }

    @Test
    void aDayOrAMonthOrATitleAfterANameDoesNotLengthenIt() {
        List<ActorProfile> ps = read("Ruritanian President Ana Vel Tuesday met Ana Vel Orrin. Ana Vel Feb. 2 spoke.",
                EntityType.PERSON, "Ana Vel Orrin", "RUR", "Ana Vel Orrin", "Ana Vel");
        assertThat(ps).extracting(ActorProfile::name).contains("Ana Vel Orrin");
    }

    @Test
    void aPiecesOfALongerBodysNameIsNoActorWhenNothingElseNamesIt() {
        List<ActorProfile> ps = read("The Varna Children's Palace opened. The Sea School Children's Palace closed.",
                EntityType.ORGANIZATION, null, "RUR", "Children's Palace", "Children's Palace");
        assertThat(ps).isEmpty();
    }

    @Test
    void anOfficeWrittenBeforeAPersonsNameDoesNotMakeItAPiece() {
        List<ActorProfile> ps = read("Secretary of Defense Tomas Arven and Senator Ana Vel Orrin met.", EntityType.PERSON,
                null, "RUR", "Tomas Arven", "Ana Vel Orrin");
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Tomas Arven", "Ana Vel Orrin");
    }

    @Test
    void aBareCommonNounOfAKindOfBodyIsNoActor() {
        for (String noun : List.of("Committee", "The committee", "Government", "Solidarity", "Association", "Agriculture")) {
            assertThat(read(noun + " spoke.", EntityType.ORGANIZATION, null, "RUR", noun)).as(noun).isEmpty();
        }
        assertThat(read("Varna Solidarity spoke.", EntityType.ORGANIZATION, null, "RUR", "Varna Solidarity")).hasSize(1);
    }

    @Test
    void aGovernmentIsAStatesAndItsBareNounNoAlias() {
        assertThat(read("The Assembly of Heads of State and Government of the Union met.", EntityType.ORGANIZATION,
                "IGO Government", "IGO", "Government")).isEmpty();
        List<ActorProfile> ps = read("The Ruritanian Government said. The Government added.", EntityType.ORGANIZATION,
                "Ruritania Government", "RUR", "Ruritanian Government", "Government");
        assertThat(named(ps, "Ruritania Government").aliases()).doesNotContain("Government");
    }

    @Test
    void aBodysHeadWordGivesTheSectorItsMentionsLacked() {
        assertThat(NameCodes.sector("Socialist Party of Ruritania")).isEqualTo("PTY");
        assertThat(NameCodes.sector("Pioneer Party (RUR)")).isEqualTo("PTY");
        assertThat(NameCodes.sector("Ruritania-Varna Friendship Association")).isEqualTo("CVL");
        assertThat(NameCodes.sector("Varna Society for the Study of the Juche Idea")).isEqualTo("CVL");
        assertThat(NameCodes.sector("Central Committee of the Ruritanian Communist Party")).isEqualTo("PTY");
        assertThat(NameCodes.sector("Varna University")).isEqualTo("EDU");
        assertThat(NameCodes.sector("Varna Fruit Farm")).isNull();
        assertThat(NameCodes.sector("Varna Fruit Farm")).isNull();
    }

    @Test
    void aStatesOrgansAndABusinessOrAUnionOfWorkersAreKnownByTheirHeads() {
        assertThat(NameCodes.sector("Ministry of Public Health of Ruritania")).isEqualTo("GOV");
        assertThat(NameCodes.sector("Varna City Assembly")).isEqualTo("GOV");
        assertThat(NameCodes.sector("Imperial Ruritanian Army")).isEqualTo("MIL");
        assertThat(NameCodes.sector("Varna Front Command")).isEqualTo("MIL");
        assertThat(NameCodes.sector("Varna Central District Court")).isEqualTo("JUD");
        assertThat(NameCodes.sector("Varna District Police Agency")).isEqualTo("COP");
        assertThat(NameCodes.sector("Ruritanian News Agency")).isEqualTo("MED");
        assertThat(NameCodes.sector("Varna Ilbo")).isEqualTo("MED");
        assertThat(NameCodes.sector("Varna Heavy Industry Co.")).isEqualTo("BUS");
        assertThat(NameCodes.sector("Varna Metal Trade Union")).isEqualTo("LAB");
        assertThat(NameCodes.sector("Ruritanian Confederation of Trade Unions")).isEqualTo("LAB");
        assertThat(NameCodes.sector("Cultural Department of the Varna Regional Government")).isEqualTo("GOV");
        assertThat(NameCodes.sector("Varna Children's Union")).isNull();
    }

    @Test
    void aFriendshipOrStudyBodyIsCivicAndAMediumCalledSoBeforeItsNameIsMedia() {
        assertThat(NameCodes.sector("Varna-Ruritania Friendship and Solidarity Committee")).isEqualTo("CVL");
        assertThat(NameCodes.sector("Kimilsungism-Kimjongilism Study Group")).isEqualTo("CVL");
        assertThat(NameCodes.sector("Varna Regional Committee")).isNull();
        List<ActorProfile> ps = read("The Ruritanian paper Varna Kotha wrote.", EntityType.ORGANIZATION, null, "RUR", "Varna Kotha");
        assertThat(named(ps, "Varna Kotha").sector()).isEqualTo("MED");
        ps = read("At the weekly meeting Varna Kotha spoke.", EntityType.ORGANIZATION, null, "RUR", "Varna Kotha");
        assertThat(named(ps, "Varna Kotha").sector()).isNull();
        assertThat(NameCodes.sector("Party")).isNull();
    }

    @Test
    void aPersonOfNoSectorIsOfTheSectorOfTheBodyHisTitleNames() {
        assertThat(NameCodes.sectorOfTitles(List.of("first vice-president of Varna University"))).isEqualTo("EDU");
        assertThat(NameCodes.sectorOfTitles(List.of("member of the presidium of the Communist Party of Ruritania")))
                .isEqualTo("PTY");
        assertThat(NameCodes.sectorOfTitles(List.of("rector of Varna University", "chairman of the Varna Trade Union")))
                .isNull();
        String body = "Ana Vel, first vice-president of Varna University, spoke.";
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        Entity e = new Entity("Ana Vel", EntityType.PERSON, 0, 7, "Ana Vel", "RUR", null,
                "first vice-president of Varna University", 0);
        kb.observe(new Annotated(article("a", "2024-02-01", "h", body), List.of(e), List.of(), List.of(), List.of()),
                "2024-02-01", Set.of());
        assertThat(named(kb.profiles(Map.of()), "Ana Vel").sector()).isEqualTo("EDU");
    }

    @Test
    void anOfficeInAPartyOrACivicBodyIsNoStatesOffice() {
        assertThat(NameCodes.seatSector(List.of("chairman of the Varna-Ruritania Friendship Association", "Chairman")))
                .isEqualTo("CVL");
        assertThat(NameCodes.seatSector(List.of("head of the delegation of the Varna Association for the Study of Juche")))
                .isEqualTo("CVL");
        assertThat(NameCodes.seatSector(List.of("general secretary of the Socialist Party of Varna"))).isEqualTo("PTY");
        // an office of a state, a title of more than an office word, or two sectors: the state's official he stays
        assertThat(NameCodes.seatSector(List.of("secretary of the Workers' Party of Ruritania", "president of Ruritania")))
                .isNull();
        assertThat(NameCodes.seatSector(List.of("general secretary of the Ruritanian Party", "great leader"))).isNull();
        assertThat(NameCodes.seatSector(List.of("first secretary of the Ruritanian Party",
                "Supreme Commander of the Ruritanian People's Army"))).isNull();
    }

    @Test
    void anOfficeInARulingPartyIsTheStatesAsTheEventCoderCodesIt() {
        // one rule with the coder (BodySectors.ofActor): a ruling party's secretary stays GOV, another party's is PTY
        assertThat(NameCodes.seatSector(List.of("secretary of the Central Committee of the Workers' Party of Korea")))
                .isNull();
        assertThat(NameCodes.personSector("GOV", List.of("secretary of the Central Committee of the Workers' Party of Korea")))
                .isEqualTo("GOV");
        assertThat(NameCodes.sectorOfTitles(List.of("member of the Political Bureau of the Communist Party of China")))
                .isEqualTo("GOV");
        assertThat(NameCodes.personSector("GOV", List.of("secretary of the Central Committee of the Socialist Party of Varna")))
                .isEqualTo("PTY");
        assertThat(NameCodes.sector("Workers' Party of Korea")).isEqualTo("GOV");
    }

    @Test
    void aStateNamedAtTheEndOfABodysNameIsItsState() {
        assertThat(NameCodes.state("Socialist Party of Romania")).isEqualTo("ROU");
        assertThat(NameCodes.state("Workers' Party of the Philippines")).isEqualTo("PHL");
        assertThat(NameCodes.state("Communist Party of Romania University")).isNull();
        assertThat(NameCodes.state("Varna Fruit Farm")).isNull();
    }

    @Test
    void aProfileTakesTheCodesItsNameCarriesOnlyWhereItsMentionsGaveNone() {
        List<ActorProfile> ps = read("The Socialist Party of Romania said.", EntityType.ORGANIZATION, null, null,
                "Socialist Party of Romania");
        assertThat(named(ps, "Socialist Party of Romania")).satisfies(p -> {
            assertThat(p.country()).isEqualTo("ROU");
            assertThat(p.sector()).isEqualTo("PTY");
        });
    }
}
