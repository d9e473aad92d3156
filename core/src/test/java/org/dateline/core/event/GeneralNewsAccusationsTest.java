package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;
import static org.dateline.core.event.EventFixture.eventsOf;

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

    @Test void sayingARivalHadViolatedTheLawAccusesTheRival() {
        List<Event> es = GoldEvents.codeStoryFrom("Ottawa",
                "Senator Pierre Lavoie said the Quebec government had violated the charter on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Lavoie"))
                && e.recipients().stream().anyMatch(p -> "GOV".equals(p.sector())));
    }

    @Test void insistingThatSomeoneMisledVotersAccusesThem() {
        assertAccuses(GoldEvents.codeStoryFrom("London",
                "The opposition leader Keir Hartley insisted that Prime Minister Boris Whitfield had misled voters."),
                "Hartley", "Whitfield");
    }

    @Test void denyingThatSomeoneMisledVotersAccusesNoOne() {
        assertNoAccusation(GoldEvents.codeStoryFrom("London",
                "The opposition leader Keir Hartley denied that Prime Minister Boris Whitfield had misled voters."));
    }

    @Test void sayingSomeoneHadNotCheatedAccusesNoOne() {
        assertNoAccusation(GoldEvents.codeStoryFrom("London",
                "The opposition leader Keir Hartley said Prime Minister Boris Whitfield had not cheated in the vote."));
    }

    @Test void sayingWhereAnAnswerLiesAccusesNoOne() {
        assertNoAccusation(GoldEvents.codeStoryFrom("Washington",
                "Senator Ted Marlow said the answer lies with the Congress."));
    }

    @Test void callingARivalALiarDenouncesTheRival() {
        assertAccuses(code("Donald Trump called Joe Biden a liar on Friday."), "Trump", "Biden");
    }

    @Test void beingCalledATraitorBySomeoneIsTheirDenunciation() {
        assertAccuses(code("Joe Biden was called a traitor by Donald Trump."), "Trump", "Biden");
    }

    @Test void callingACountryAnAllyIsNoAccusation() {
        assertNoAccusation(code("Emmanuel Macron called Germany an ally on Friday."));
    }

    @Test void railingAgainstTheWhiteHouseDenouncesIt() {
        assertAccuses(code("Senator Mary Collins railed against the White House over the border."),
                "Collins", "White House");
    }

    @Test void hittingBackAtARivalAimsTheAttackAtTheRival() {
        assertAccuses(code("President Joe Biden hit back at Donald Trump on Thursday."), "Biden", "Trump");
    }

    @Test void aTeamHittingBackWithAGoalAccusesNoOne() {
        assertNoAccusation(code("Real Madrid hit back with a goal in the second half."));
    }

    @Test void remarksThatDrewCondemnationAreTheSpeakersToAnswerFor() {
        assertAccuses(code("Donald Trump's remarks drew condemnation from the Anti-Defamation League."),
                "Anti-Defamation League", "Trump");
    }

    @Test void aPlanThatFacedABacklashFromAPartyIsThatPartysCriticismOfItsAuthor() {
        assertAccuses(GoldEvents.codeStoryFrom("London",
                "Rishi Sunak's plan faced a backlash from Labour."), "Labour", "Sunak");
    }

    @Test void aGovernorChargedWithFraudIsChargedByTheAuthoritiesOfHisState() {
        eventsOf("The Kenyan governor Peter Otieno was charged with fraud in Nairobi on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "KEN".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains("Otieno")));
    }

    @Test void aGovernorAccusedOfFraudByNoOneNamedHasNoAccuserMadeUp() {
        assertNoAccusation(code("The Kenyan governor Peter Otieno was accused of fraud in Nairobi on Tuesday."));
    }

    @Test void sayingARivalHadLiedAccusesTheRival() {
        assertAccuses(code("Donald Trump said Joe Biden had lied about the economy."), "Trump", "Biden");
    }

    @Test void aCourtFindingACompanyGuiltyAccusesTheCompany() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington", "The court found that Google was guilty of fraud.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.recipients().stream().anyMatch(p -> p.name().contains("Google")));
    }

    @Test void aPartyThrowingItsWeightBehindACandidateSupportsHim() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington",
                "The Democratic Party threw its weight behind Joe Biden on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.recipients().stream().anyMatch(p -> p.name().contains("Biden")));
    }

    @Test void aPartysMembersNamedByThePartysNounAccuseTheOtherParty() {
        assertAccuses(code("Democrats accused Republicans of blocking the budget, Chuck Schumer said."),
                "Democrats", "Republicans");
    }

    @Test void rebukesFacedFromAPartyAreThatPartysAccusation() {
        assertAccuses(code("Governor Ron DeSantis faced rebukes from Republicans."), "Republicans", "DeSantis");
    }
}

