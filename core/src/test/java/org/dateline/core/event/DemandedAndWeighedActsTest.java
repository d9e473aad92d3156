package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act named as the content of a demand in the subjunctive ("insisted that the army withdraw", "a stipulation that
 * the bank levy a tax") is wanted, not done; an act in a gerund clause that is the subject of a would-be predicate
 * ("Imposing tariffs could hurt farmers") is weighed, not done. The same acts told with a tense stay events.
 * Sentences written for this test.
 */
class DemandedAndWeighedActsTest {

    @Test
    void aWithdrawalInsistedOnInTheSubjunctiveIsNoRetreat() {
        eventsOf("Opposition leaders of Kenya insisted that the army withdraw its troops from the border with Somalia.")
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void aWithdrawalInsistedOnInThePastTenseIsReported() {
        eventsOf("Opposition leaders of Kenya insisted that the army withdrew its troops from the border with Somalia.")
                .anyMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void aTaxABillStipulatesIsNoCoercion() {
        eventsOf("The heart of the bill of the Senate is a stipulation that the central bank of the United States levy "
                + "a tax on capital from China.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void aRestraintALawsuitSeeksInThePassiveSubjunctiveIsNoCoercion() {
        eventsOf("The lawsuit of the ministry seeks unspecified damages and that the two editors be restrained from "
                + "using the files.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void anArrestProposedInTheSubjunctiveIsNoArrest() {
        eventsOf("Senators of Brazil recommended that the federal police arrest the organisers of the riot.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void aTaxImposedInAGerundSubjectOfWouldIsNoCoercion() {
        eventsOf("Having the government of Canada impose a tariff on steel from China would hurt farmers.")
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void aTaxImposedAsTheSubjectOfAPastVerbWasImposed() {
        eventsOf("Canada imposed a tariff on steel from China on Monday, and the tariff hurt farmers.")
                .anyMatch(e -> e.type() == EventType.COERCE);
    }
}
