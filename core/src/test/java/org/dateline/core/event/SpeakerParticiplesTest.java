package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A speech-act participle set after the that-clause of a verb of saying or remembering ("X said Y had lied, accusing
 * Y of ...", "X recalled that Y ..., deploring that ...") is the sayer's act, not the act of that clause's subject.
 * An act that is no speech ("..., killing two guards") stays the clause subject's. Stories written for this test.
 */
class SpeakerParticiplesTest {

    @Test void anAccusationAfterAReportedClauseIsTheSayers() {
        eventsOf("The Chilean foreign ministry said on Monday that Peru had broken the border treaty, accusing Lima of bad faith.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country()))
                        && e.actors().stream().noneMatch(p -> "PER".equals(p.country())));
    }

    @Test void aDemandAfterARecalledClauseIsTheRecallers() {
        eventsOf("Norway's fisheries minister recalled on Friday that Russian trawlers had entered the zone twice, "
                + "demanding that Moscow pay for the lost catch.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> "NOR".equals(p.country()))
                        && e.actors().stream().noneMatch(p -> "RUS".equals(p.country())));
    }

    @Test void aParticipleAfterAClauseWhoseSubjectSpeaksStaysThatSpeakers() {
        eventsOf("The Chilean ministry recalled on Friday that Peru's envoy had spoken of the treaty again, urging "
                + "Santiago to honour its border clauses.")
                .noneMatch(e -> e.type() == EventType.REQUEST
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test void anActOfForceAfterAReportedClauseStaysItsSubjects() {
        eventsOf("The Chilean foreign ministry said on Monday that Peruvian troops had attacked a border post, killing two guards.")
                .noneMatch(e -> e.type() == EventType.ASSAULT
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }
}
