package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What general news says people said and did to one another, in three constructions the coder missed: a judgement of
 * blame on someone's deed in a that-clause ("said Iran's actions were unacceptable"), a meeting named only in an
 * adverbial of the clause ("During a visit to Kenya, X praised ..."), and an attack in words, on someone over an
 * issue ("attacked the governor over the cuts"). Sentences written for this test.
 */
class SaidAndDoneToOthersTest {
    private static boolean is(Event e, EventType type, String actor, String recipient) {
        return e.type() == type
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(actor))
                && (recipient == null || e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains(recipient)));
    }

    private static void assertCoded(List<Event> es, EventType type, String actor, String recipient) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> is(e, type, actor, recipient));
    }

    private static List<Event> from(String place, String text) { return GoldEvents.codeStoryFrom(place, text); }

    private static void assertNone(List<Event> es, EventType type) {
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == type);
    }

    @Test void sayingACountrysActionsWereUnacceptableAccusesThatCountry() {
        assertCoded(from("Paris", "Foreign Minister Claire Dumont said Norway's seizure of the trawler was unacceptable."), EventType.ACCUSE, "Dumont", "Norway");
    }

    @Test void sayingARivalsDecisionIsAViolationAccusesTheRival() {
        assertCoded(from("Denver", "Senator Tom Hadley said Governor Ellen Price's order was a violation of the state constitution."), EventType.ACCUSE, "Hadley", "Price");
    }

    @Test void sayingAPriceIsOutrageousAccusesNoOne() {
        assertNone(from("Denver", "Mayor Ellen Price said the cost of the new stadium was outrageous."), EventType.ACCUSE);
    }

    @Test void sayingAnActIsIllegalToDoAccusesNoOne() {
        assertNone(from("Denver", "Mayor Ellen Price said the old bridge is illegal to cross at night."), EventType.ACCUSE);
    }

    @Test void aVisitInAnAdverbialIsMadeByTheClausesSubject() {
        assertCoded(from("Nairobi", "During a visit to Kenya on Monday, Foreign Minister Anna Lindqvist praised the peace talks."), EventType.CONSULT, "Lindqvist", "Kenya");
    }

    @Test void aMeetingWithSomeoneInAnAdverbialIsTheSubjectsMeeting() {
        assertCoded(from("Riyadh", "During talks with the Saudi king, Foreign Minister Anna Lindqvist raised the fate of the detained activists."), EventType.CONSULT, "Lindqvist", null);
    }

    @Test void aVisitBySomeoneElseInAnAdverbialIsNotTheSubjectsVisit() {
        List<Event> es = from("Nairobi", "During a visit by the Swedish king to Kenya, Foreign Minister Anna Lindqvist praised the peace talks.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> is(e, EventType.CONSULT, "Lindqvist", "Kenya"));
    }

    @Test void attackingAnOfficialOverAnIssueIsAVerbalAttack() {
        List<Event> es = from("Boston", "Senator Ted Marlow attacked Governor Jane Cole over the budget cuts.");
        assertCoded(es, EventType.ACCUSE, "Marlow", "Cole");
        assertNone(es, EventType.ASSAULT);
    }

    @Test void armedMenAttackingATownOverTheWeekendIsStillAnAttack() {
        List<Event> es = GoldEvents.codeStoryFrom("Kabul", "Rebel fighters attacked the town of Qala over the weekend.");
        assertCoded(es, EventType.ASSAULT, "fighters", null);
        assertNone(es, EventType.ACCUSE);
    }
}
