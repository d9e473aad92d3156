package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.InventedStories.assertNone;
import static org.dateline.core.event.InventedStories.assertSome;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Three kinds of non-events of general web news (gnews, s29): a "self-" compound describes what its bearer did to
 * itself ("self-inflicted wounds", "a self-imposed exile"); blaming a thing that went wrong or the weather accuses no
 * party ({@code faultless-causes}); speaking to a programme or a newspaper is an interview, no meeting
 * ({@code audience-nouns}). A passive that names what it makes of its patient with "as" keeps its "by" doer even when
 * the parser hangs it on the "as" noun. The same verbs with parties still make events. Invented sentences.
 */
class SelfDoneAndFaultlessCausesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void selfInflictedWoundsAreNoCoercion() {
        assertNone("Doctors said on Monday that many of his wounds were self-inflicted.", EventType.COERCE, EventType.ASSAULT);
        assertNone("Many of the team's struggles were self-inflicted, the coach said on Monday.", EventType.COERCE, EventType.ASSAULT);
    }

    @Test void inflictingLossesOnAnotherIsStillAnAct() {
        assertSome("The rebels inflicted heavy losses on the army on Monday.", EventType.COERCE);
    }

    @Test void aSelfImposedIsolationImposesNothingOnAnyone() {
        assertNone("The country ended its self-imposed isolation on Monday.", EventType.COERCE, EventType.SANCTION);
    }

    @Test void blamingAnUpdateOrTheWeatherAccusesNoOne() {
        assertNone("The company blamed a software update for the outage on Monday.", EventType.ACCUSE);
        assertNone("Officials blamed the weather for the delays on Monday.", EventType.ACCUSE);
    }

    @Test void blamingAPartyIsStillAnAccusation() {
        assertSome("Washington blamed Moscow on Monday for the cyberattack.", EventType.ACCUSE);
        assertSome("Police blamed the protesters on Monday for the violence.", EventType.ACCUSE);
    }

    @Test void speakingToARadioProgrammeIsAnInterviewNoMeeting() {
        assertNone("Speaking to the BBC Radio 4 Today programme on Monday, Anwar said that the pauses were not enough.", EventType.CONSULT);
        assertNone("Anwar spoke to the Sunday Times newspaper about the war on Monday.", EventType.CONSULT);
    }

    @Test void speakingToALeaderIsStillAMeeting() {
        assertSome("Anwar spoke to Prime Minister Rishi Sunak about the war on Monday.", EventType.CONSULT);
    }

    @Test void theDoerOfAPassiveThatNamesAsIsItsByPhrase() {
        List<Event> events = code("The attack was carried out on Monday by Hamas, which is proscribed as a terrorist group by the UK.");
        assertThat(events).anyMatch(e -> e.type() == EventType.COERCE
                && e.actors().stream().anyMatch(p -> "GBR".equals(p.country()))
                && e.actors().stream().noneMatch(p -> "Hamas".equals(p.name())));
    }

    @Test void celebratingAReleaseIsMarkingAnOccasionNoPraise() {
        assertNone("To celebrate the collection's release on Monday, the sportswear giant turned its store into an exhibition.", EventType.SUPPORT);
        assertNone("The band celebrated the launch of its new album on Monday.", EventType.SUPPORT);
    }
}
