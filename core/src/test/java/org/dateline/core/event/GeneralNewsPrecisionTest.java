package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.InventedStories.assertNone;
import static org.dateline.core.event.InventedStories.assertSome;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * What general web news says that is no political act (gprec, s29): a readiness with nothing coded in it, a question
 * asked, a reporter's request for comment, a measure fought in court, an argument supported, a share captured, a tool
 * deployed, an economy hurt, a bill sponsored, subjects who discussed something in an interview; and the actor a
 * town before a noun of people gives ("Washington residents" are residents, not the United States). The same words
 * used for acts still make events. Invented sentences.
 */
class GeneralNewsPrecisionTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void beingReadyToRespondIsNoAgreement() {
        assertNone("Russia is ready to respond to any attack, the minister said on Monday.", EventType.AGREE);
        assertNone("The firm said on Monday it was willing to pay the fine.", EventType.AGREE);
    }

    @Test void beingReadyToHoldTalksIsStillAnOfferToMeet() {
        assertSome("North Korea said on Monday it is ready to hold talks with the United States.", EventType.AGREE);
    }

    @Test void askingWhyIsAQuestionNoRequest() {
        assertNone("The reporter asked the minister on Monday why the talks had failed.", EventType.REQUEST);
        assertNone("The reporter asked the minister on Monday: \"Why did the talks fail?\"", EventType.REQUEST);
        assertSome("The minister asked Japan on Monday to lift its sanctions.", EventType.REQUEST);
    }

    @Test void aRequestForCommentIsNoRequest() {
        assertNone("The senator did not respond to The Times's request for comment on Monday.", EventType.REQUEST);
        assertNone("Reuters asked the ministry for comment on Monday.", EventType.REQUEST);
    }

    @Test void fightingAProposalIsNoFight() {
        assertNone("The senator vowed on Monday to fight the proposal.", EventType.THREATEN, EventType.ASSAULT);
        assertSome("The rebels vowed on Monday to fight the government forces.", EventType.THREATEN);
    }

    @Test void supportingAnAssertionBacksNoParty() {
        assertNone("The pope supports this assertion with scientific data, the letter published on Monday says.", EventType.SUPPORT);
    }

    @Test void capturingAShareOfIncomeIsNoCapture() {
        assertNone("In Britain, the top 1 percent captured more than 14 percent of national income last year.", EventType.ASSAULT);
    }

    @Test void deployingSoftwareIsNoMobilisation() {
        assertNone("Apple researchers showed on Monday how they could deploy large language models on phones.", EventType.MOBILIZE);
        assertSome("The army deployed troops to the border on Monday.", EventType.MOBILIZE);
    }

    @Test void tariffsThatHurtCompaniesAttackNoOne() {
        assertNone("The new tariffs could hurt American car companies, analysts said on Monday.", EventType.ASSAULT);
        assertSome("The soldiers hurt three civilians at the checkpoint on Monday.", EventType.ASSAULT);
    }

    @Test void aPlanThatWouldHurtFarmersIsACostNoThreat() {
        assertNone("Critics said on Monday that the plan would hurt small farmers.", EventType.THREATEN, EventType.ASSAULT);
        assertSome("Three people were hurt in the blast on Monday, police said.", EventType.ASSAULT);
    }

    @Test void aSponsoredBillAndAHighlySoughtPrizeAreNoActs() {
        assertNone("Senator Ryan, who sponsored the bill in the state Senate, spoke on Monday.", EventType.COOPERATE);
        assertNone("The fields are highly sought by the army, the novel says.", EventType.REQUEST);
    }

    @Test void discussingAPlanInAnInterviewIsNoMeeting() {
        assertNone("In an exclusive interview with VentureBeat on Monday, Governor Murphy and President Eisgruber discussed the initiative.", EventType.CONSULT);
        assertSome("Governor Murphy and President Eisgruber discussed the initiative on Monday.", EventType.CONSULT);
    }

    @Test void aTownBeforeANounOfPeopleIsWhereTheyAreFromNotTheState() {
        List<Event> protest = code("Washington residents protested against the new tax on Monday.");
        assertThat(protest).anyMatch(e -> e.type() == EventType.PROTEST);
        assertThat(protest.stream().flatMap(e -> e.actors().stream()).map(Participant::name))
                .contains("Washington residents").doesNotContain("United States");
        assertThat(code("Kyiv residents protested the curfew on Monday.").stream()
                .flatMap(e -> e.actors().stream())).allMatch(p -> "UKR".equals(p.country()) && "CVL".equals(p.sector()));
    }

    @Test void theCapitalAloneStillStandsForTheState() {
        assertThat(code("Washington accused Beijing of spying on Monday.").stream().flatMap(e -> e.actors().stream())
                .map(Participant::name)).contains("United States");
    }
}
