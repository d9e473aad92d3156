package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * The people of a rally, a strike or a march named by their part in it ("the ralliers", "speakers", "strikers") are
 * those who held the protest the story told of, and a protest held again is one more; on
 * sentences written for this test.
 */
class GatheringPeopleTest {

    @Test void theRalliersAreThePeopleWhoHeldTheRally() {
        eventsOf("About 4,000 Bolivian miners held a rally against the new mining code in La Paz on Sunday.\n\n"
                + "The ralliers denounced the Peruvian government for closing the border.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }

    @Test void speakersAtAProtestAskInTheNameOfItsPeople() {
        eventsOf("Thousands of Kenyan teachers marched in Nairobi on Monday against the pay freeze.\n\n"
                + "Speakers urged the Ugandan government to release the detained union leaders.")
                .anyMatch(e -> GoldEvents.typed(e, "REQUEST", "KEN", "UGA"));
    }

    @Test void strikersAreTheUnionsThatCalledTheStrike() {
        eventsOf("Portuguese unions held a general strike on Thursday in protest at the budget.\n\n"
                + "The strikers accused the Spanish firms of breaking the contracts.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PRT", "ESP"));
    }

    @Test void ralliersWithNoProtestToldBeforeStillAct() {
        eventsOf("The ralliers condemned the Nigerian authorities for the arrests.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.recipients().stream().anyMatch(p -> "NGA".equals(p.country())));
    }

    @Test void participantsWhoSayWhereTheyAreFromAreNotTheEarlierProtesters() {
        eventsOf("Chilean students held a rally in Santiago on Friday against the fees.\n\n"
                + "Some speakers from Argentina accused the Chilean police of beating students.")
                .noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "CHL", "CHL"));
    }

    @Test void participantsOfAStoryWithNoProtestAreNoOnesProtesters() {
        eventsOf("The foreign ministers of Ghana and Togo held talks in Accra on Tuesday.\n\n"
                + "The participants condemned the coup in Mali.")
                .noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()) || "TGO".equals(p.country())));
    }

    @Test void aRallyHeldAgainIsOneMoreRallyNotTheFirstTold() {
        eventsOf("Ecuadorian farmers held a rally in Quito on Monday against the water law.\n\n"
                + "The marchers then held a rally again outside the parliament.")
                .filteredOn(e -> String.valueOf(e.type()).equals("PROTEST")).hasSize(2);
    }
}
