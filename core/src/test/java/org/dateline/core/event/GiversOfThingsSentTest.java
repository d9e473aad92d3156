package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * A message, wreath or floral basket told in the passive is the act of the giver its "from" or "in the name of" phrase
 * names; on sentences written for this test.
 */
class GiversOfThingsSentTest {

    @Test void aMessageReadOutAtAMeetingIsItsSendersPraise() {
        eventsOf("A congratulatory message from the Swedish Peace Council was read out at the meeting in Oslo on Friday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void aMessageSomeoneReadsOutIsItsSendersNotTheReaders() {
        eventsOf("The Norwegian chairman read out a congratulatory message from the Swedish Peace Council on Friday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"))
                .noneMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "NOR"));
    }

    @Test void messagesIntroducedAtAFestivalAreTheirSendersPraise() {
        eventsOf("Introduced at the festival in Oslo were solidarity messages from the Swedish Peace Council.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void aWreathPlacedInTheNameOfAnEmbassyIsTheEmbassysTribute() {
        eventsOf("A wreath in the name of the Swedish embassy was placed before the monument in Oslo on Friday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void wreathsLaidBeforeAStatueInTheNameOfBodiesAreTheirTribute() {
        eventsOf("Laid before the statue were wreaths in the name of the Swedish embassy and the Danish embassy.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void aBasketSeenBesideTheBierFromAnEnvoyIsTheEnvoysTribute() {
        eventsOf("Seen beside the bier was a floral basket from the Swedish ambassador.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void aBasketSeenStandingBeforeAStatueSentByAnEnvoyIsTheEnvoysTribute() {
        eventsOf("Seen standing before the statue was a floral basket sent by the Swedish ambassador.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void wreathsAlsoLaidThereInTheNameOfAnEmbassyAreItsTribute() {
        eventsOf("Also laid there were wreaths in the name of the Swedish embassy and the Danish embassy.")
                .anyMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "SWE"));
    }

    @Test void aBasketConveyedInTheJointNameOfTwoBodiesIsTheirs() {
        eventsOf("A floral basket to the President of Finland was conveyed in the joint name of the Swedish embassy "
                + "and the Danish embassy on Friday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "SWE", "FIN"));
    }

    @Test void aWreathBoughtInAShopAndHungOnADoorHonoursNoOne() {
        eventsOf("A wreath bought in a shop in Oslo was placed on the door of the house on Friday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aPlainMessageFromADepartmentReadOutPraisesNoOne() {
        eventsOf("A message from the finance department of the Swedish firm was read out at the meeting on Friday.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void flowersSeenInAShopWindowAreNoTribute() {
        eventsOf("Seen in the shop window in Oslo were flowers from a Swedish garden.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }

    @Test void aWreathSentInTheNameOfPeaceNamesNoGiver() {
        eventsOf("Laid before the monument were wreaths in the name of peace and friendship.")
                .noneMatch(e -> String.valueOf(e.type()).equals("SUPPORT"));
    }
}
