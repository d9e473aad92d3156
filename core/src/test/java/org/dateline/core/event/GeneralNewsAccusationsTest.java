package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * General news tells accusations in more ways than "accused" and "criticized": in a that-clause ("said X had
 * violated"), by a label ("called X a liar"), by a tirade ("railed against X", "hit back at X"), by a judgment a
 * person's words or plans draw ("X's remarks drew condemnation from Y"). Sentences written for this test.
 */
class GeneralNewsAccusationsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean accuses(Event e, String actor, String recipient) {
        return e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(actor))
                && e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains(recipient));
    }

    @Test void sayingARivalHadViolatedTheLawAccusesTheRival() {
        List<Event> es = GoldEvents.codeStoryFrom("Ottawa", "Senator Pierre Lavoie said the Quebec government had violated the charter on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Lavoie"))
                && e.recipients().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void insistingThatSomeoneMisledVotersAccusesThem() {
        List<Event> es = GoldEvents.codeStoryFrom("London", "The opposition leader Keir Hartley insisted that Prime Minister Boris Whitfield had misled voters about the plan.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Hartley", "Whitfield"));
    }

    @Test void denyingThatSomeoneMisledVotersAccusesNoOne() {
        List<Event> es = GoldEvents.codeStoryFrom("London", "The opposition leader Keir Hartley denied that Prime Minister Boris Whitfield had misled voters about the plan.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingSomeoneHadNotCheatedAccusesNoOne() {
        List<Event> es = GoldEvents.codeStoryFrom("London", "The opposition leader Keir Hartley said Prime Minister Boris Whitfield had not cheated in the vote.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingWhereAnAnswerLiesAccusesNoOne() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington", "Senator Ted Marlow said the answer lies with the Congress.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void callingARivalALiarDenouncesTheRival() {
        List<Event> es = code("Donald Trump called Joe Biden a liar on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Trump", "Biden"));
    }

    @Test void beingCalledATraitorBySomeoneIsTheirDenunciation() {
        List<Event> es = code("Joe Biden was called a traitor by Donald Trump.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Trump", "Biden"));
    }

    @Test void callingACountryAnAllyIsNoAccusation() {
        List<Event> es = code("Emmanuel Macron called Germany an ally on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void railingAgainstTheWhiteHouseDenouncesIt() {
        List<Event> es = code("Senator Mary Collins railed against the White House over the border.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Collins", "White House"));
    }

    @Test void hittingBackAtARivalAimsTheAttackAtTheRival() {
        List<Event> es = code("President Joe Biden hit back at Donald Trump on Thursday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Biden", "Trump"));
    }

    @Test void aTeamHittingBackWithAGoalAccusesNoOne() {
        List<Event> es = code("Real Madrid hit back with a goal in the second half.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void remarksThatDrewCondemnationAreTheSpeakersToAnswerFor() {
        List<Event> es = code("Donald Trump's remarks drew condemnation from the Anti-Defamation League.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Anti-Defamation League", "Trump"));
    }

    @Test void aPlanThatFacedABacklashFromAPartyIsThatPartysCriticismOfItsAuthor() {
        List<Event> es = GoldEvents.codeStoryFrom("London", "Rishi Sunak's plan faced a backlash from Labour.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Labour", "Sunak"));
    }

    @Test void aGovernorChargedWithFraudIsChargedByTheAuthoritiesOfHisState() {
        List<Event> es = code("The Kenyan governor Peter Otieno was charged with fraud in Nairobi on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "KEN".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains("Otieno")));
    }

    @Test void aGovernorAccusedOfFraudByNoOneNamedHasNoAccuserMadeUp() {
        List<Event> es = code("The Kenyan governor Peter Otieno was accused of fraud in Nairobi on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingARivalHadLiedAccusesTheRival() {
        List<Event> es = code("Donald Trump said Joe Biden had lied about the economy.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Trump", "Biden"));
    }

    @Test void aCourtFindingACompanyGuiltyAccusesTheCompany() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington", "The court found that Google was guilty of fraud.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> p.name().contains("Google")));
    }

    @Test void aPartyThrowingItsWeightBehindACandidateSupportsHim() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington", "The Democratic Party threw its weight behind Joe Biden on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.recipients().stream().anyMatch(p -> p.name().contains("Biden")));
    }

    @Test void aPartysMembersNamedByThePartysNounAccuseTheOtherParty() {
        List<Event> es = code("Democrats accused Republicans of blocking the budget, Chuck Schumer said.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Democrats", "Republicans"));
    }

    @Test void rebukesFacedFromAPartyAreThatPartysAccusation() {
        List<Event> es = code("Governor Ron DeSantis faced rebukes from Republicans.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, "Republicans", "DeSantis"));
    }
}
