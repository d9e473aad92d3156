package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dateline.cli.train.JudgedScore.Count;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** The main actor of a found event against the judges' COUNTRY SECTOR, on invented events and rows. */
class ActorScoreTest {
    private static Event event(EventType type, List<Participant> actors, List<Participant> recipients) {
        return Event.builder().id("E").type(type).trigger("t").span(0, 40).actors(actors).recipients(recipients).build();
    }

    private static Participant p(String name, String country, String sector) { return new Participant(name, country, sector); }

    @Test
    void theActorThatAgreesBestWithTheGoldOneIsScored() {
        Event e = event(EventType.SUPPORT, List.of(p("a paper", "PRK", "MED"), p("a minister", "LAO", "GOV")), List.of());
        ActorScore.Verdict v = ActorScore.judge(e, "LAO GOV");
        assertThat(v.both()).isTrue();
        assertThat(v.main().name()).isEqualTo("a minister");
    }

    @Test
    void aRightCountryWithAnotherSectorIsCountryRightOnly() {
        ActorScore.Verdict v = ActorScore.judge(event(EventType.SUPPORT, List.of(p("a friendship group", "NGA", "GOV")), List.of()), "NGA CVL");
        assertThat(v.country()).isTrue();
        assertThat(v.sector()).isFalse();
        assertThat(v.both()).isFalse();
    }

    @Test
    void anActorWithNoCountryIsWrongAgainstAStateButRightAgainstABodyOfNoState() {
        Event e = event(EventType.ACCUSE, List.of(p("a committee", null, "CVL")), List.of());
        assertThat(ActorScore.judge(e, "PER CVL").country()).isFalse();
        assertThat(ActorScore.judge(e, "- CVL").both()).isTrue();
    }

    @Test
    void aPassiveWithNoAgentIsRightOnlyWithNoActor() {
        assertThat(ActorScore.judge(event(EventType.COERCE, List.of(), List.of()), "-").both()).isTrue();
        assertThat(ActorScore.judge(event(EventType.COERCE, List.of(p("police", "USA", "COP")), List.of()), "-").country()).isFalse();
    }

    @Test
    void aMeetingCountsItsRecipientsAsParticipantsAndOtherTypesDoNot() {
        List<Participant> actors = List.of(p("a host", "PRK", "GOV")), recipients = List.of(p("a guest", "SYR", "PTY"));
        assertThat(ActorScore.judge(event(EventType.CONSULT, actors, recipients), "SYR PTY").both()).isTrue();
        assertThat(ActorScore.judge(event(EventType.SUPPORT, actors, recipients), "SYR PTY").country()).isFalse();
    }

    @Test
    void aSectorOfSeveralGroupsIsRightWhenOneOfThemIsTheGoldSector() {
        Event e = event(EventType.MOBILIZE, List.of(p("the forces", "KOR", "GOVMIL")), List.of());
        assertThat(ActorScore.judge(e, "KOR MIL").both()).isTrue();
        assertThat(ActorScore.judge(e, "KOR COP").sector()).isFalse();
    }

    @Test
    void foundEventsOfRightAndWrongActorRowsAndRecoveredOnesAreScoredWithALineForEachWrongActor() {
        List<JudgedRow> rows = JudgedRow.parse(List.of(
                "doc-1\t0\t40\tmet\tCONSULT\tright\tCONSULT\t040\tFRA GOV\tok\t-",
                "doc-1\t41\t90\tpraised\tSUPPORT\twrong-actor\tSUPPORT\t051\tNGA CVL\t-\t-",
                "doc-1\t91\t120\t-\t-\tmissed\tACCUSE\t111\tDEU GOV\t-\t-",
                "doc-1\t121\t160\tvowed\tTHREATEN\twrong-type\tREJECT\t120\tFRA GOV\t-\t-"), "judged-x.tsv");
        List<Event> coded = List.of(
                Event.builder().id("1").type(EventType.CONSULT).trigger("met").span(0, 40).actors(List.of(p("x", "FRA", "GOV"))).build(),
                Event.builder().id("2").type(EventType.SUPPORT).trigger("praised").span(41, 90).actors(List.of(p("y", null, "CVL"))).build(),
                Event.builder().id("3").type(EventType.ACCUSE).trigger("criticism").span(95, 118).actors(List.of(p("z", "DEU", "MED"))).build(),
                Event.builder().id("4").type(EventType.THREATEN).trigger("vowed").span(121, 160).actors(List.of(p("w", "GBR", "GOV"))).build());
        JudgedScore.Tally t = new JudgedScore.Tally();
        List<JudgedScore.Line> lines = new ArrayList<>();
        JudgedScore.score("doc-1", coded, rows, t, lines);
        assertThat(t.get(Count.ACTOR_SCORED)).isEqualTo(3);       // the meeting, the praise and the recovered accusation
        assertThat(t.get(Count.ACTOR_COUNTRY_RIGHT)).isEqualTo(2);
        assertThat(t.get(Count.ACTOR_SECTOR_RIGHT)).isEqualTo(2);
        assertThat(t.get(Count.ACTOR_RIGHT)).isEqualTo(1);
        assertThat(t.actorShare(Count.ACTOR_RIGHT)).isEqualTo(1 / 3.0);
        assertThat(lines).filteredOn(l -> l.count() == Count.ACTOR_WRONG).hasSize(2);
    }
}
