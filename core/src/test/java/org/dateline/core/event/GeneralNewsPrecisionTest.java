package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(code("Russia is ready to respond to any attack, the minister said on Monday."))
                .noneMatch(e -> e.type() == EventType.AGREE);
        assertThat(code("The firm said on Monday it was willing to pay the fine."))
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void beingReadyToHoldTalksIsStillAnOfferToMeet() {
        assertThat(code("North Korea said on Monday it is ready to hold talks with the United States."))
                .anyMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void askingWhyIsAQuestionNoRequest() {
        assertThat(code("The reporter asked the minister on Monday why the talks had failed."))
                .noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(code("The reporter asked the minister on Monday: \"Why did the talks fail?\""))
                .noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(code("The minister asked Japan on Monday to lift its sanctions."))
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void aRequestForCommentIsNoRequest() {
        assertThat(code("The senator did not respond to The Times's request for comment on Monday."))
                .noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(code("Reuters asked the ministry for comment on Monday."))
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void fightingAProposalIsNoFight() {
        assertThat(code("The senator vowed on Monday to fight the proposal."))
                .noneMatch(e -> e.type() == EventType.THREATEN || e.type() == EventType.ASSAULT);
        assertThat(code("The rebels vowed on Monday to fight the government forces."))
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test void supportingAnAssertionBacksNoParty() {
        assertThat(code("The pope supports this assertion with scientific data, the letter published on Monday says."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void capturingAShareOfIncomeIsNoCapture() {
        assertThat(code("In Britain, the top 1 percent captured more than 14 percent of national income last year."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void deployingSoftwareIsNoMobilisation() {
        assertThat(code("Apple researchers showed on Monday how they could deploy large language models on phones."))
                .noneMatch(e -> e.type() == EventType.MOBILIZE);
        assertThat(code("The army deployed troops to the border on Monday."))
                .anyMatch(e -> e.type() == EventType.MOBILIZE);
    }

    @Test void tariffsThatHurtCompaniesAttackNoOne() {
        assertThat(code("The new tariffs could hurt American car companies, analysts said on Monday."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("The soldiers hurt three civilians at the checkpoint on Monday."))
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aPlanThatWouldHurtFarmersIsACostNoThreat() {
        assertThat(code("Critics said on Monday that the plan would hurt small farmers."))
                .noneMatch(e -> e.type() == EventType.THREATEN || e.type() == EventType.ASSAULT);
        assertThat(code("Three people were hurt in the blast on Monday, police said."))
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aSponsoredBillAndAHighlySoughtPrizeAreNoActs() {
        assertThat(code("Senator Ryan, who sponsored the bill in the state Senate, spoke on Monday."))
                .noneMatch(e -> e.type() == EventType.COOPERATE);
        assertThat(code("The fields are highly sought by the army, the novel says."))
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void discussingAPlanInAnInterviewIsNoMeeting() {
        assertThat(code("In an exclusive interview with VentureBeat on Monday, Governor Murphy and President Eisgruber discussed the initiative."))
                .noneMatch(e -> e.type() == EventType.CONSULT);
        assertThat(code("Governor Murphy and President Eisgruber discussed the initiative on Monday."))
                .anyMatch(e -> e.type() == EventType.CONSULT);
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
