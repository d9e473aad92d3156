package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Courts deciding a case and the parties filing in it, as wire copy tells them (CODING.md questions 88 and 112): a
 * filing (a motion, a brief, a petition, a request) asks the court (REQUEST); a ruling against a party rejects its case
 * and upholding a law rejects the challenge to it (REJECT 120); upholding or reinstating a conviction and a verdict
 * returned find guilt (ACCUSE 116); an injunction restrains (COERCE 172); a parliament ratifying a treaty signs it
 * (SUPPORT 057). The same verbs with other objects are no act of law. Sentences written for this test.
 */
class CourtsAndFilingsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Washington", body); }

    private static void assertCoded(List<Event> es, EventType type, String cameo, String actor) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == type && cameo.equals(e.cameo())
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(actor)));
    }

    @Test void aMotionFiledInCourtIsARequest() {
        assertCoded(code("The Ohio relatives filed a motion in federal court on Monday asking for custody of the girl."),
                EventType.REQUEST, "020", "relatives");
    }

    @Test void aBriefFiledInCourtIsARequest() {
        assertCoded(code("Lawyers for the Texas Republican Party filed a brief in the appeals court on Friday."),
                EventType.REQUEST, "020", "Republican Party");
    }

    @Test void aRequestFiledWithTheSupremeCourtIsARequest() {
        List<Event> es = code("The Oregon attorney general filed an urgent request with the Supreme Court on Thursday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void aComplaintLodgedWithAMinistryIsAnOfficialComplaint() {
        assertCoded(code("The Korean Teachers Union lodged a complaint with the Education Ministry on Tuesday."),
                EventType.ACCUSE, "114", "Union");
    }

    @Test void filingAReportIsNoRequest() {
        List<Event> es = code("Officials of the Texas health department filed the annual report on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void aJudgeRulingAgainstAPartyRejectsItsCase() {
        assertCoded(code("A federal judge in Denver ruled against the Colorado farmers on Tuesday."),
                EventType.REJECT, "120", "judge");
    }

    @Test void aPartyRulingACountryIsNoRuling() {
        List<Event> es = code("The Liberal Democratic Party ruled Japan for nearly four decades.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void aCourtUpholdingALawRejectsTheChallengeToIt() {
        assertCoded(code("By a 5-4 vote, the Supreme Court upheld a Georgia law that limits campaign spending."),
                EventType.REJECT, "120", "Supreme Court");
    }

    @Test void anAppealsCourtReinstatingAConvictionFindsGuilt() {
        assertCoded(code("A federal appeals court reinstated the bribery conviction of the former Arizona governor."),
                EventType.ACCUSE, "116", "appeals court");
    }

    @Test void upholdingAConvictionFindsGuilt() {
        assertCoded(code("The Kansas Supreme Court upheld the murder conviction of the former sheriff on Friday."),
                EventType.ACCUSE, "116", "Supreme Court");
    }

    @Test void upholdingPrinciplesIsNoActOfLaw() {
        List<Event> es = code("The Brazilian government upholds the principles of the United Nations Charter.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REJECT || e.type() == EventType.ACCUSE);
    }

    @Test void anInjunctionIssuedByAJudgeRestrains() {
        assertCoded(code("A federal judge in Miami issued an injunction on Thursday barring the agency from deporting the boy."),
                EventType.COERCE, "172", "judge");
    }

    @Test void aVerdictReturnedFindsLiability() {
        assertCoded(code("A jury in Portland returned a verdict against the Oregon anti-abortion group on Tuesday."),
                EventType.ACCUSE, "116", "jury");
    }

    @Test void aParliamentRatifyingATreatySignsIt() {
        assertCoded(code("The Dutch parliament ratified the accession treaty on Tuesday."), EventType.SUPPORT, "057", "parliament");
    }

    @Test void partyMovingToDismissALawsuitFilesAMotion() {
        assertCoded(code("Lawyers for the Justice Department moved on Monday to dismiss the Ohio relatives' lawsuit."),
                EventType.REQUEST, "020", "Justice Department");
    }

    @Test void aFirmMovingToDismissWorkersFilesNoMotion() {
        List<Event> es = code("The Ohio steel company moved to dismiss 200 workers at its Toledo plant.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void theChargesAPartyMovesToDismissAreAskedForNotDismissed() {
        List<Event> es = code("Lawyers for the Ohio senator have moved to dismiss the charges against him.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST)
                .noneMatch(e -> e.type() == EventType.REJECT && e.status() == org.dateline.model.EventStatus.OCCURRED);
    }

    @Test void aRulingThatAPartyMustActIsToldByItsThatClause() {
        List<Event> es = code("A federal judge in Ohio ruled on Monday that the steel company must pay the workers.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
