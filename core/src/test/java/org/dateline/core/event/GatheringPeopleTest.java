package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The people of a rally, a strike or a march named by their part in it ("the ralliers", "speakers", "strikers") are
 * those who held the protest the story told of, and a protest held again is one more; on
 * sentences written for this test.
 */
class GatheringPeopleTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void theRalliersAreThePeopleWhoHeldTheRally() {
        List<Event> es = code("About 4,000 Bolivian miners held a rally against the new mining code in La Paz on Sunday.\n\n"
                + "The ralliers denounced the Peruvian government for closing the border.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "BOL", "PER"));
    }

    @Test void speakersAtAProtestAskInTheNameOfItsPeople() {
        List<Event> es = code("Thousands of Kenyan teachers marched in Nairobi on Monday against the pay freeze.\n\n"
                + "Speakers urged the Ugandan government to release the detained union leaders.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "REQUEST", "KEN", "UGA"));
    }

    @Test void strikersAreTheUnionsThatCalledTheStrike() {
        List<Event> es = code("Portuguese unions held a general strike on Thursday in protest at the budget.\n\n"
                + "The strikers accused the Spanish firms of breaking the contracts.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "PRT", "ESP"));
    }

    @Test void ralliersWithNoProtestToldBeforeStillAct() {
        List<Event> es = code("The ralliers condemned the Nigerian authorities for the arrests.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                && e.recipients().stream().anyMatch(p -> "NGA".equals(p.country())));
    }

    @Test void participantsWhoSayWhereTheyAreFromAreNotTheEarlierProtesters() {
        List<Event> es = code("Chilean students held a rally in Santiago on Friday against the fees.\n\n"
                + "Some speakers from Argentina accused the Chilean police of beating students.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "CHL", "CHL"));
    }

    @Test void participantsOfAStoryWithNoProtestAreNoOnesProtesters() {
        List<Event> es = code("The foreign ministers of Ghana and Togo held talks in Accra on Tuesday.\n\n"
                + "The participants condemned the coup in Mali.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> String.valueOf(e.type()).equals("ACCUSE")
                && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()) || "TGO".equals(p.country())));
    }

    @Test void aRallyHeldAgainIsOneMoreRallyNotTheFirstTold() {
        List<Event> es = code("Ecuadorian farmers held a rally in Quito on Monday against the water law.\n\n"
                + "The marchers then held a rally again outside the parliament.");
        assertThat(es).as(GoldEvents.describe(es)).filteredOn(e -> String.valueOf(e.type()).equals("PROTEST")).hasSize(2);
    }
}
