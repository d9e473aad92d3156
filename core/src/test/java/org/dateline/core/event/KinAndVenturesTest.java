package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Parties of ordinary wire news that the coder used to pass over: the kin of someone in the news ("the boy's
 * relatives", "the president's son"), who act as any private party does and stay private life when the story places
 * them nowhere; and a joint venture set up with a partner, economic cooperation. Sentences written for this test.
 */
class KinAndVenturesTest {
    private static boolean acts(Event e, String word) {
        return e.actors().stream().anyMatch(p -> p.name() != null && p.name().toLowerCase(java.util.Locale.ROOT).contains(word));
    }

    @Test void theRelativesOfABoyInAStoryFiledFromAStateDemandAsTheirStatesPeople() {
        List<Event> es = GoldEvents.codeStoryFrom("LISBON", "The boy's relatives demanded on Monday that a judge decide the custody case.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST && acts(e, "relatives"));
    }

    @Test void aGovernorsSonMeetingASenatorHoldsAMeeting() {
        List<Event> es = GoldEvents.codeStory("The governor's son met with Senator Clark last week.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && acts(e, "son"));
    }

    @Test void theSonOfAPersonPlacedNowhereAskingHisMotherIsPrivateLife() {
        List<Event> es = GoldEvents.codeStory("Marta's son asked her to sign the lease before the end of the month.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aFirmSettingUpAJointVentureWithAPartnerCooperatesEconomically() {
        List<Event> es = GoldEvents.codeStory("Acme Corp. set up a joint venture with Chinese steelmaker Baosteel in March.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE && "061".equals(e.cameo())
                && acts(e, "acme"));
    }

    @Test void twoCarmakersFormingAJointVentureCooperateWithEachOther() {
        List<Event> es = GoldEvents.codeStory("Toyota and General Motors formed a joint venture to build small cars in California.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE && acts(e, "toyota"));
    }

    @Test void aFirmSettingUpAPlantAloneCooperatesWithNoOne() {
        List<Event> es = GoldEvents.codeStory("Acme Corp. set up a new plant in Ohio in March.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COOPERATE);
    }
}
