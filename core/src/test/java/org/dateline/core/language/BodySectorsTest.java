package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sector a body's own name gives it, on names invented for this test. */
class BodySectorsTest {
    @Test void aPartyIsAPartyWhateverStateItIsOf() {
        assertThat(BodySectors.of("Socialist Party of Ruritania")).isEqualTo("PTY");
    }

    @Test void aFriendshipAssociationIsACivicBody() {
        assertThat(BodySectors.of("Ruritania-Korea Friendship Association")).isEqualTo("CVL");
    }

    @Test void aGroupForTheStudyOfAnIdeaIsACivicBody() {
        assertThat(BodySectors.of("Borsk Group for the Study of the Juche Idea")).isEqualTo("CVL");
        assertThat(BodySectors.of("National Committee for the Study of Kimilsungism")).isEqualTo("CVL");
    }

    @Test void aPreparatoryCommitteeThatCitizensFormIsACivicBody() {
        assertThat(BodySectors.of("Borsk Preparatory Committee for the Harvest Festival")).isEqualTo("CVL");
        assertThat(BodySectors.of("Ruritanian National Preparatory Committee")).isEqualTo("CVL");
    }

    @Test void aCommitteeWithNoCivicWordGetsNoSectorFromItsHead() {
        assertThat(BodySectors.of("Borsk Organizing Committee")).isNull();
    }

    @Test void anInstituteIsASchoolUnlessItIsForTheStudyOfAnIdea() {
        assertThat(BodySectors.of("Borsk Institute of Technology")).isEqualTo("EDU");
        assertThat(BodySectors.of("Ruritanian Institute for the Study of the Juche Idea")).isEqualTo("CVL");
    }

    @Test void anOrganOfAPartyIsOfThePartysSector() {
        assertThat(BodySectors.of("Central Committee of the Labour Party of Ruritania")).isEqualTo("PTY");
    }

    @Test void aBodysStateIsTheStateItsNameEndsWithNotAStatesWordInALongerName() {
        assertThat(BodySectors.stateOf("Ministry of Foreign Affairs of Belarus")).isEqualTo("BLR");
        assertThat(BodySectors.stateOf("Library of Congress")).isNull();
    }

    @Test void aCommitteeOfNoPurposeTheNameTellsHasNoSector() {
        assertThat(BodySectors.of("Preparatory Committee")).isNull();
        assertThat(BodySectors.of("Committee")).isNull();
    }

    @Test void aRulingPartyActsAsItsStateAndAnyOtherPartyAsAParty() {
        assertThat(BodySectors.ofActor("Central Committee of the Workers' Party of Korea")).isEqualTo("GOV");
        assertThat(BodySectors.ofActor("the ruling Justice Party")).isEqualTo("GOV");
        assertThat(BodySectors.ofActor("Socialist Party of Ruritania")).isEqualTo("PTY");
        assertThat(BodySectors.ofActor("Ruritania-Korea Friendship Association")).isEqualTo("CVL");
    }

    @Test void aPartOfABodyIsOfTheBodysSectorAndAPartOfNothingNamedHasNone() {
        assertThat(BodySectors.of("Lahore Branch of the Ruritania-Korea Friendship Association")).isEqualTo("CVL");
        assertThat(BodySectors.of("Borsk Headquarters of the Socialist Party of Ruritania")).isEqualTo("PTY");
        assertThat(BodySectors.of("Borsk Headquarters")).isNull();
    }

    @Test void aLeagueFederationMovementOrFoundationOfPeopleIsACivicBody() {
        assertThat(BodySectors.of("Borsk Students League")).isEqualTo("CVL");
        assertThat(BodySectors.of("Ruritanian Youth Federation")).isEqualTo("CVL");
        assertThat(BodySectors.of("Green Land Movement")).isEqualTo("CVL");
        assertThat(BodySectors.of("Borsk Heritage Foundation")).isEqualTo("CVL");
    }

    @Test void aFrontOrAVanguardIsAParty() {
        assertThat(BodySectors.of("Popular Liberation Front")).isEqualTo("PTY");
        assertThat(BodySectors.of("Ruritanian Workers' Vanguard")).isEqualTo("PTY");
    }

    @Test void aLeagueOfAPartysCreedIsAParty() {
        assertThat(BodySectors.of("Ruritanian Revolutionary Communist League")).isEqualTo("PTY");
    }

    @Test void aFederationOfBodiesStillTakesTheirSector() {
        assertThat(BodySectors.of("Federation of Trade Unions of Ruritania")).isEqualTo("LAB");
    }

    @Test void aFallbackHeadAloneIsAKindOfBodyNotAName() {
        assertThat(BodySectors.of("League")).isNull();
        assertThat(BodySectors.of("the Front")).isNull();
    }

    @Test void aHeadOutsideTheFallbackListsStillGivesNoSector() {
        assertThat(BodySectors.of("Borsk Organizing Committee")).isNull();
        assertThat(BodySectors.of("Ruritanian Steering Council")).isNull();
    }

    @Test void aStateOrABodyOfStatesNamedWithAFallbackHeadGetsNoSectorFromIt() {
        assertThat(BodySectors.of("Russian Federation")).isNull();
        assertThat(BodySectors.of("the Russian Federation")).isNull();
        assertThat(BodySectors.of("Non-Aligned Movement")).isNull();
    }
}
