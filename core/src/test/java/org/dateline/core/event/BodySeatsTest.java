package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A named body takes the sector its name gives, and one who holds an office in a civic body, a school, a medium or a
 * firm takes that body's sector rather than a state official's; on sentences and names written for this test.
 */
class BodySeatsTest {
    private static final String BODY = "The Borsk Group for the Study of the Juche Idea of Ruritania issued a statement.";

    @Test void aBodysNameIsReadOnPastTheMentionThroughItsForPhrase() {
        Entity group = new Entity("Borsk Group", EntityType.ORGANIZATION, 4, 15, null, "RUR", null, null, 0);
        assertThat(BodySeats.fullName(group, BODY)).isEqualTo("Borsk Group for the Study of the Juche Idea of Ruritania");
        assertThat(BodySeats.named(new Participant("Borsk Group", "RUR", null), group, BODY).sector()).isEqualTo("CVL");
    }

    @Test void aBodyWhoseNameEndsWithAStateIsOfThatState() {
        String body = "The Ministry of Foreign Affairs of Peru issued a statement.";
        Entity ministry = new Entity("Ministry of Foreign Affairs of Peru", EntityType.ORGANIZATION, 4, 38, null, null, "GOV", null, 0);
        Participant p = BodySeats.named(new Participant("Ministry of Foreign Affairs of Peru", null, "GOV"), ministry, body);
        assertThat(p.country()).isEqualTo("PER");
        assertThat(p.sector()).isEqualTo("GOV");
    }

    @Test void aBodyWithASectorOfItsOwnKeepsIt() {
        Entity group = new Entity("Borsk Group", EntityType.ORGANIZATION, 4, 15, null, "RUR", "MED", null, 0);
        assertThat(BodySeats.named(new Participant("Borsk Group", "RUR", "MED"), group, BODY).sector()).isEqualTo("MED");
    }

    @Test void anOfficeThatNamesNoOneSitsInTheBodyTheTextNamesRightAfterIt() {
        String body = "The chairman of the Borsk Committee for the Study of Folk Songs said the festival would go ahead.";
        Entity chairman = new Entity("chairman", EntityType.PERSON, 4, 12, null, "RUR", "GOV", "chairman", 0);
        assertThat(BodySeats.seatOf(chairman, body)).isEqualTo("Borsk Committee for the Study of Folk Songs");
    }

    @Test void anOfficeBeforeABodyNamedInLowerCaseHasNoSeat() {
        String body = "The chairman of the committee said the festival would go ahead.";
        Entity chairman = new Entity("chairman", EntityType.PERSON, 4, 12, null, null, "GOV", "chairman", 0);
        assertThat(BodySeats.seatOf(chairman, body)).isNull();
    }

    @Test void aNamedPersonsSeatIsTheOneHisTitleNamesNotTheTextAfterHisName() {
        String body = "Ivo Marek of the Borsk Football Club said the festival would go ahead.";
        Entity ivo = new Entity("Ivo Marek", EntityType.PERSON, 0, 9, "Ivo Marek", null, "GOV", "chairman", 0);
        assertThat(BodySeats.seatOf(ivo, body)).isNull();
    }

    @Test void theChairmanOfACivicCommitteeNamedByNoNameIsCivic() {
        eventsOf("The chairman of the Chilean National Committee for the Study of Folk Music praised the singers of "
                + "the choir on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "CHL".equals(p.country()) && "CVL".equals(p.sector())));
    }

    @Test void theSpokesmanOfAPartyOutOfPowerNamedByNoNameIsTheParty() {
        eventsOf("The spokesman of the Green Workers Party of Chile denounced the mining company on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PTY".equals(p.sector())))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void theMinisterOfAMinistryNamedByNoNameStaysTheStates() {
        eventsOf("The director of the Ministry of Health of Chile praised the nurses on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "CVL".equals(p.sector()) || "PTY".equals(p.sector())));
    }

    @Test void theChairmanOfAFriendshipAssociationIsCivicNotAStatesOfficial() {
        Participant chairman = new Participant("chairman", "RUR", "GOV");
        assertThat(BodySeats.holder(chairman, "the Ruritania-Korea Friendship Association").sector()).isEqualTo("CVL");
    }

    @Test void theSecretaryOfAPartyOutOfGovernmentSpeaksForAParty() {
        Participant secretary = new Participant("secretary", "RUR", "GOV");
        assertThat(BodySeats.holder(secretary, "the Central Committee of the Labour Party of Ruritania").sector()).isEqualTo("PTY");
        assertThat(BodySeats.holder(new Participant("chairman", "RUR", null), "the Green Party of Ruritania").sector()).isEqualTo("PTY");
    }

    @Test void theSecretaryOfARulingPartyStaysTheStatesOfficial() {
        Participant secretary = new Participant("secretary", "PRK", "GOV");
        assertThat(BodySeats.holder(secretary, "the Central Committee of the Workers' Party of Korea").sector()).isEqualTo("GOV");
        assertThat(BodySeats.holder(new Participant("leader", "RUR", "GOV"), "the ruling Labour Party of Ruritania").sector()).isEqualTo("GOV");
    }

    @Test void aPartyOfficialWithASectorOfHisOwnKeepsIt() {
        Participant deputy = new Participant("deputy", "RUR", "LEG");
        assertThat(BodySeats.holder(deputy, "the Labour Party of Ruritania").sector()).isEqualTo("LEG");
    }

    @Test void aRulingPartyNamedAsADoerIsTheStatesRulers() {
        String body = "The Communist Party of Vietnam sent a wreath.";
        Entity party = new Entity("Communist Party of Vietnam", EntityType.ORGANIZATION, 4, 30, null, "VNM", null, null, 0);
        assertThat(BodySeats.named(new Participant("Communist Party of Vietnam", "VNM", null), party, body).sector()).isEqualTo("GOV");
    }

    @Test void aPersonsTitleNamesHisSeatAfterItsFirstOf() {
        assertThat(BodySeats.seatOf("rector of Borsk University")).isEqualTo("Borsk University");
        assertThat(BodySeats.seatOf("foreign minister")).isNull();
    }

    @Test void aStudyGroupsChairmanWhoPraisesSpeaksForACivicBody() {
        eventsOf("The chairman of the Peruvian Committee for the Study of the Juche Idea praised the Korean people on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country()) && "CVL".equals(p.sector())));
    }

    @Test void aPartyNamedByItsStateIsAParty() {
        eventsOf("The Socialist Party of Peru denounced the United States on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PER".equals(p.country()) && "PTY".equals(p.sector())));
    }

    @Test void aBodyOfPeopleOfManyStatesIsTransnationalWhateverStateItsNameEnds() {
        String body = "The International Alliance of Borsk Societies of Ruritania issued a statement.";
        Entity alliance = new Entity("International Alliance of Borsk Societies of Ruritania", EntityType.ORGANIZATION, 4, 56,
                null, "RUR", "GOV", null, 0);
        Participant p = BodySeats.named(new Participant(alliance.text(), "RUR", "GOV"), alliance, body);
        assertThat(p.country()).isEqualTo("NGO");
        assertThat(p.sector()).isEqualTo("CVL");
    }

    @Test void thePresidentOfAWorldCouncilActsForItNotForAState() {
        Participant president = new Participant("Ana Vel", null, "GOV");
        assertThat(BodySeats.holder(president, "the World Borsk Council")).satisfies(p -> {
            assertThat(p.country()).isEqualTo("NGO");
            assertThat(p.sector()).isEqualTo("CVL");
        });
    }

    @Test void aBodyOfStatesOrABodyWhoseHeadGivesAnotherSectorIsNoTransnationalCivicBody() {
        assertThat(BodySeats.transnational("the World Health Organization")).isFalse();
        assertThat(BodySeats.transnational("International Monetary Fund")).isFalse();
        assertThat(BodySeats.transnational("International Borsk Tribune")).isFalse();
        assertThat(BodySeats.transnational("International Trade Ministry")).isFalse();
        assertThat(BodySeats.transnational("Borsk International Association")).isFalse();
        assertThat(BodySeats.transnational("Global Borsk Coalition")).isTrue();
    }

    @Test void theChairmanOfABranchOfAFriendshipAssociationIsCivic() {
        Participant chairman = new Participant("chairman", "RUR", "GOV");
        assertThat(BodySeats.holder(chairman, "the Borsk Branch of the Ruritania-Korea Friendship Association").sector())
                .isEqualTo("CVL");
        assertThat(BodySeats.holder(chairman, "the Borsk Headquarters of the General Association of Ruritanians").sector())
                .isEqualTo("CVL");
    }

    @Test void aHolderOfAnOfficeWithNoSectorOfItsOwnTakesTheSectorHisBodysNameGives() {
        Participant member = new Participant("Ana Vel", "RUR", null);
        assertThat(BodySeats.holder(member, "the Presidium of the Central Committee of the Labour Party of Ruritania").sector())
                .isEqualTo("PTY");
        assertThat(BodySeats.holder(member, "the Borsk Ministry of Fisheries").sector()).isEqualTo("GOV");
        assertThat(BodySeats.holder(member, "the Borsk Society of Beekeepers").sector()).isEqualTo("CVL");
    }

    @Test void aHolderOfAnOfficeInABodyNamedByNoSectorKeepsNone() {
        assertThat(BodySeats.holder(new Participant("Ana Vel", "RUR", null), "the Borsk Dance Troupe").sector()).isNull();
    }

    @Test void aMemberOfAStudySocietyWhoSpeaksIsCivic() {
        eventsOf("Ivo Marek, a member of the Borsk Society for the Study of Folk Songs, praised the Ruritanian singers on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "CVL".equals(p.sector())))
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void theCoordinatorOfAPartyOutOfPowerSpeaksForTheParty() {
        eventsOf("Ivo Marek, coordinator of the National Committee of the Green Workers Party of Chile, denounced the mining "
                + "company on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "PTY".equals(p.sector())));
    }

    @Test void theGeneralManagerOfAFirmIsABusinessmanNotAnOfficer() {
        eventsOf("Ivo Marek, general manager of the Borsk Trading Company of Chile, praised the Ruritanian workers on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "MIL".equals(p.sector())));
    }

    @Test void anOfficeWithASectorOutranksAMembershipInTheSameTitle() {
        eventsOf("Pak Chol, alternate member of the Political Bureau and secretary of the Central Committee of the Workers' "
                + "Party of Korea, met the Ruritanian delegation in Pyongyang on Monday.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void aWordOfTheBodysNameIsNoTitleOfItsOfficer() {
        eventsOf("Ivo Marek, vice-chairman of the General Association of Ruritanians in Borsk, denounced the mining company "
                + "on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "MIL".equals(p.sector())));
    }
}
