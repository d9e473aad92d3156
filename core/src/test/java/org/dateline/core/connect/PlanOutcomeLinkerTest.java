package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.StoryEvent;
import org.junit.jupiter.api.Test;

class PlanOutcomeLinkerTest {
    private static final List<org.dateline.model.Participant> PAIR = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"));

    @Test
    void aMeetingSetForFridayIsRealizedByTheMeetingReportedLater() {
        Article a = article("a", "2023-03-08", "Envoy heads to Geneva",
                "Berg's meeting with Haddad, set for Friday in Geneva, will focus on water rights.");
        Article b = article("b", "2023-03-15", "Envoys met last week",
                "Berg said they met in Geneva last week and agreed to meet again.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, PAIR, List.of(), "2023-03-10", "Geneva", EventStatus.PLANNED, "Berg's meeting with Haddad")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, PAIR, List.of(), "2023-W10", "Geneva", EventStatus.OCCURRED, "they met in Geneva last week"))));
        StoryEvent plan = find(c, EventStatus.PLANNED), held = find(c, EventStatus.OCCURRED);
        assertThat(plan.id()).isNotEqualTo(held.id());
        assertThat(plan.links()).singleElement().satisfies(l -> {
            assertThat(l.rel()).isEqualTo(LinkRelation.REALIZED_BY);
            assertThat(l.event()).isEqualTo(held.id());
            assertThat(l.evidence()).contains("Anna Berg").contains("2023-03-10").contains("2023-W10");
        });
        assertThat(held.links()).extracting(EventLink::rel, EventLink::event).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LinkRelation.REALIZES, plan.id()));
    }

    @Test
    void aPossibleTwoWayMeetingIsRealizedByTheThreeWayOneButABareVisitPlanIsNot() {
        Article a = article("a", "2023-03-08", "Envoys gather",
                "There is a chance Berg and Haddad will meet. Berg plans to visit Jordan.");
        Article b = article("b", "2023-03-12", "Three-way talks held",
                "Berg, Haddad and Ito held three-way talks in Amman on Saturday.");
        var three = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"), p("Ken Ito", "JPN"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(),
                        event(a, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.POSSIBLE, "Berg and Haddad will meet"),
                        event(a, "e2", EventType.CONSULT, List.of(p("Anna Berg", "SWE")), List.of(), null, null, EventStatus.PLANNED, "Berg plans to visit")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, three, List.of(), "2023-03-11", "Amman", EventStatus.OCCURRED, "held three-way talks"))));
        StoryEvent held = find(c, EventStatus.OCCURRED);
        StoryEvent possible = c.events().stream().filter(e -> e.event().status() == EventStatus.POSSIBLE).findFirst().orElseThrow();
        assertThat(possible.links()).anyMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY) && l.event().equals(held.id()));
        assertThat(find(c, EventStatus.PLANNED).links()).isEmpty();
    }

    @Test
    void theOutcomeWithTheSameParticipantsAndPlaceWinsOverASupersetElsewhere() {
        Article a = article("a", "2023-03-08", "Envoys to meet in Vienna", "Berg will hold another round with Haddad in Vienna.");
        Article b = article("b", "2023-03-20", "Envoys meet twice",
                "Berg, Haddad and Ito met on Monday. On Tuesday Berg and Haddad met alone in Vienna.");
        var three = List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR"), p("Ken Ito", "JPN"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, PAIR, List.of(), null, "Vienna", EventStatus.PLANNED, "another round with Haddad")),
                annotated(b, List.of(),
                        event(b, "e1", EventType.CONSULT, three, List.of(), "2023-03-13", null, EventStatus.OCCURRED, "Berg, Haddad and Ito met"),
                        event(b, "e2", EventType.CONSULT, PAIR, List.of(), "2023-03-14", "Vienna", EventStatus.OCCURRED, "Berg and Haddad met alone"))));
        StoryEvent plan = find(c, EventStatus.PLANNED);
        StoryEvent pairMeeting = c.events().stream().filter(e -> e.mentions().get(0).eventId().equals("e2")).findFirst().orElseThrow();
        assertThat(plan.links()).filteredOn(l -> l.rel().equals(LinkRelation.REALIZED_BY))
                .singleElement().extracting(EventLink::event).isEqualTo(pairMeeting.id());
    }

    @Test
    void aPlanOfDrillsIsRealizedByTheDrillsNotByAnAgreementOfTheSameTwoStates() {
        var allies = List.of(p("Velmar", "VEL"), p("Ruritania", "RUR"));
        Article a = article("a", "2023-06-19", "Drills planned",
                "Velmar and Ruritania plan to stage joint firepower strike drills near Tarvo on June 22.");
        Article b = article("b", "2023-07-03", "Allies agree",
                "The ministers of Velmar and Ruritania agreed to strengthen their combined defense posture at the security talks held in Vellum in mid June.");
        Article d = article("d", "2023-06-23", "Drills staged",
                "Velmar and Ruritania staged joint firepower strike drills near Tarvo on June 22.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.AGREE, allies, List.of(), "2023-06-22", null, EventStatus.PLANNED,
                        "plan to stage joint firepower strike drills")),
                annotated(b, List.of(), event(b, "e1", EventType.AGREE, allies, List.of(), "2023-06", null, EventStatus.OCCURRED,
                        "agreed to strengthen their combined defense posture at the security talks"))));
        assertThat(find(c, EventStatus.PLANNED).links()).isEmpty();
        Connected held = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.AGREE, allies, List.of(), "2023-06-22", null, EventStatus.PLANNED,
                        "plan to stage joint firepower strike drills")),
                annotated(d, List.of(), event(d, "e1", EventType.AGREE, allies, List.of(), "2023-06-22", null, EventStatus.OCCURRED,
                        "staged joint firepower strike drills"))));
        assertThat(find(held, EventStatus.PLANNED).links()).singleElement()
                .extracting(EventLink::rel).isEqualTo(LinkRelation.REALIZED_BY);
    }

    @Test
    void aDeedOfNoKnownKindIsRealizedOnlyByADeedOfTheSameWords() {
        var pair = List.of(p("Velmar Army", "VEL"), p("Velmar Union", "VEL"));
        Article a = article("a", "2023-08-20", "Vow",
                "The Velmar Army and the Velmar Union will deal deadly counter-blows at the enemy on August 25.");
        Article b = article("b", "2023-08-26", "Monument",
                "The Velmar Army and the Velmar Union built the grand monumental edifice on August 25.");
        Article d = article("d", "2023-08-26", "Counter-blows",
                "The Velmar Army and the Velmar Union dealt deadly counter-blows at the enemy on August 25.");
        Connected built = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, pair, List.of(), "2023-08-25", null, EventStatus.PLANNED,
                        "will deal deadly counter-blows at the enemy")),
                annotated(b, List.of(), event(b, "e1", EventType.SUPPORT, pair, List.of(), "2023-08-25", null, EventStatus.OCCURRED,
                        "built the grand monumental edifice"))));
        assertThat(find(built, EventStatus.PLANNED).links()).isEmpty();
        Connected dealt = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, pair, List.of(), "2023-08-25", null, EventStatus.PLANNED,
                        "will deal deadly counter-blows at the enemy")),
                annotated(d, List.of(), event(d, "e1", EventType.SUPPORT, pair, List.of(), "2023-08-25", null, EventStatus.OCCURRED,
                        "dealt deadly counter-blows at the enemy"))));
        assertThat(find(dealt, EventStatus.PLANNED).links()).singleElement()
                .extracting(EventLink::rel).isEqualTo(LinkRelation.REALIZED_BY);
    }

    @Test
    void postponedAndCancelledPlansAreLinkedButABareDenialChangesNothing() {
        Article a = article("a", "2023-03-08", "Envoy to visit Oslo",
                "Berg will meet Haddad in Oslo on Thursday. Talks with Ito are set for Friday.");
        Article b = article("b", "2023-03-09", "Oslo talks put off",
                "The Oslo talks between Berg and Haddad were put off until April. Berg said there was no plan to meet Ito.");
        var ito = List.of(p("Anna Berg", "SWE"), p("Ken Ito", "JPN"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(),
                        event(a, "e1", EventType.CONSULT, PAIR, List.of(), "2023-03-09", "Oslo", EventStatus.PLANNED, "Berg will meet Haddad"),
                        event(a, "e2", EventType.CONSULT, ito, List.of(), "2023-03-10", null, EventStatus.PLANNED, "Talks with Ito")),
                annotated(b, List.of(),
                        event(b, "e1", EventType.CONSULT, PAIR, List.of(), "2023-03-09", "Oslo", EventStatus.NEGATED, "The Oslo talks between Berg and Haddad"),
                        event(b, "e2", EventType.CONSULT, ito, List.of(), null, null, EventStatus.NEGATED, "no plan to meet Ito"))));
        StoryEvent oslo = c.events().stream().filter(e -> e.mentions().get(0).eventId().equals("e1")
                && e.event().status() == EventStatus.PLANNED).findFirst().orElseThrow();
        StoryEvent putOff = c.events().stream().filter(e -> e.event().status() == EventStatus.NEGATED
                && e.mentions().get(0).eventId().equals("e1")).findFirst().orElseThrow();
        assertThat(oslo.links()).singleElement().satisfies(l -> {
            assertThat(l.rel()).isEqualTo(LinkRelation.POSTPONED_BY);
            assertThat(l.event()).isEqualTo(putOff.id());
        });
        assertThat(putOff.links()).extracting(EventLink::rel).containsExactly(LinkRelation.SAME_EVENT);
        StoryEvent itoPlan = c.events().stream().filter(e -> e.mentions().get(0).eventId().equals("e2")
                && e.event().status() == EventStatus.PLANNED).findFirst().orElseThrow();
        assertThat(itoPlan.links()).isEmpty();
    }

    @Test
    void aMeetingReportedBeforeThePlanDoesNotRealizeIt() {
        Article a = article("a", "2023-02-01", "Envoys met", "Berg and Haddad met in Geneva in January.");
        Article b = article("b", "2023-03-01", "Envoys to meet", "Berg and Haddad plan to meet in Geneva.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, PAIR, List.of(), "2023-01", "Geneva", EventStatus.OCCURRED, "Berg and Haddad met")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, PAIR, List.of(), null, "Geneva", EventStatus.PLANNED, "Berg and Haddad plan to meet"))));
        assertThat(c.events()).allSatisfy(e -> assertThat(e.links()).isEmpty());
    }

    @Test
    void aVowThatNamesAVisitAlreadyReportedIsNotThePlanOfThatVisit() {
        var visit = List.of(p("Anna Berg", "SWE"));
        var host = List.of(p("Jordan", "JOR"));
        Article a = article("a", "2023-03-08", "Berg in Jordan", "Berg visited Amman in Jordan on Wednesday.");
        Article b = article("b", "2023-03-09", "Minister vows effort",
                "The minister said he would spare no effort to make the most of Berg's visit to Jordan.");
        Article d = article("d", "2023-03-10", "Berg in Jordan", "Berg visited Amman in Jordan on Wednesday.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, visit, host, "2023-03-08", "Amman", EventStatus.OCCURRED, "Berg visited Amman")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, visit, host, null, null, EventStatus.POSSIBLE, "Berg's visit to Jordan")),
                annotated(d, List.of(), event(d, "e1", EventType.CONSULT, visit, host, "2023-03-08", "Amman", EventStatus.OCCURRED, "Berg visited Amman"))));
        assertThat(mentioned(c, "a", "e1").id()).as("one visit, reported twice").isEqualTo(mentioned(c, "d", "e1").id());
        assertThat(mentioned(c, "b", "e1").links()).isEmpty();
    }

    @Test
    void reportsWithoutStatedDatesWeeksApartAreNotLinkedAndALoneActorsPlanNeedsBothDates() {
        var drills = List.of(p("Northland", "NRT"));
        Article a = article("a", "2023-01-10", "Northland vows drills",
                "Berg and Haddad may meet again. Northland will stage drills. Northland will test a rocket in May.");
        Article b = article("b", "2023-02-20", "Envoys met; drills staged",
                "Berg and Haddad have met. Northland staged drills on Monday.");
        Article c3 = article("c", "2023-05-20", "Rocket tested", "Northland tested a rocket on May 17.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(),
                        event(a, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.POSSIBLE, "Berg and Haddad may meet"),
                        event(a, "e2", EventType.MOBILIZE, drills, List.of(), null, null, EventStatus.PLANNED, "Northland will stage drills"),
                        event(a, "e3", EventType.MOBILIZE, drills, List.of(), "2023-05", null, EventStatus.PLANNED, "Northland will test a rocket")),
                annotated(b, List.of(),
                        event(b, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.OCCURRED, "Berg and Haddad have met"),
                        event(b, "e2", EventType.MOBILIZE, drills, List.of(), "2023-02-20", null, EventStatus.OCCURRED, "Northland staged drills")),
                annotated(c3, List.of(), event(c3, "e1", EventType.MOBILIZE, drills, List.of(), "2023-05-17", null, EventStatus.OCCURRED, "Northland tested a rocket"))));
        assertThat(mentioned(c, "a", "e1").links()).as("both undated, weeks apart").isEmpty();
        assertThat(mentioned(c, "a", "e2").links()).as("a lone actor's undated plan").isEmpty();
        StoryEvent rocket = mentioned(c, "a", "e3");
        assertThat(rocket.links()).as("a lone actor's dated plan and dated outcome")
                .anyMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY));
    }

    @Test
    void anUndatedTwoPartyPlanIsRealizedByAnUndatedMeetingReportedDaysLater() {
        Article a = article("a", "2023-03-08", "Envoy abroad", "Berg also plans to meet Haddad during her stay.");
        Article b = article("b", "2023-03-11", "Envoy met Haddad", "Berg also met Haddad separately.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.PLANNED, "plans to meet Haddad")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.OCCURRED, "met Haddad separately"))));
        assertThat(mentioned(c, "a", "e1").links()).anyMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY)
                && l.event().equals(mentioned(c, "b", "e1").id()));
    }

    @Test
    void undatedReportsOfTwoStatesDaysApartAreNotLinkedUnlessTheyGiveTheSamePlace() {
        var states = List.of(p("Northland", "NRT"), p("Southland", "STL"));
        var entities = List.of(state("Northland", "NRT"), state("Southland", "STL"));
        Article a = article("a", "2023-03-08", "Talks ahead", "Northland will hold talks with Southland. "
                + "Northland will also hold talks with Southland in Geneva.");
        Article b = article("b", "2023-03-11", "Talks held", "Northland held talks with Southland. "
                + "Northland and Southland met in Geneva.");
        Connected c = Connector.connect(List.of(
                annotated(a, entities,
                        event(a, "e1", EventType.CONSULT, states, List.of(), null, null, EventStatus.PLANNED, "will hold talks with Southland."),
                        event(a, "e2", EventType.CONSULT, states, List.of(), null, "Geneva", EventStatus.PLANNED, "will also hold talks")),
                annotated(b, entities,
                        event(b, "e1", EventType.CONSULT, states, List.of(), null, null, EventStatus.OCCURRED, "held talks"),
                        event(b, "e2", EventType.CONSULT, states, List.of(), null, "Geneva", EventStatus.OCCURRED, "met in Geneva"))));
        assertThat(mentioned(c, "a", "e1").links()).as("two states, no date, no place").isEmpty();
        assertThat(mentioned(c, "a", "e2").links()).as("two states, no date, the same place")
                .anyMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY) && l.event().equals(mentioned(c, "b", "e2").id()));
    }

    @Test
    void anOutcomeTheReportDoesNotDateMustBeReportedWithinTwoWeeksOfThePlansDay() {
        var ito = List.of(p("Anna Berg", "SWE"), p("Ken Ito", "JPN"));
        Article a = article("a", "2023-03-08", "Envoys to meet", "Berg will meet Haddad on March 20. Berg will meet Ito on March 20.");
        Article b = article("b", "2023-03-30", "Berg met Haddad", "Berg met Haddad, officials said.");
        Article c = article("c", "2023-04-24", "Berg recalls Ito talks", "Berg has met Ito, she recalled.");
        Connected all = Connector.connect(List.of(
                annotated(a, List.of(),
                        event(a, "e1", EventType.CONSULT, PAIR, List.of(), "2023-03-20", null, EventStatus.PLANNED, "Berg will meet Haddad"),
                        event(a, "e2", EventType.CONSULT, ito, List.of(), "2023-03-20", null, EventStatus.PLANNED, "Berg will meet Ito")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, PAIR, List.of(), null, null, EventStatus.OCCURRED, "Berg met Haddad")),
                annotated(c, List.of(), event(c, "e1", EventType.CONSULT, ito, List.of(), null, null, EventStatus.OCCURRED, "Berg has met Ito"))));
        assertThat(mentioned(all, "a", "e1").links()).as("reported ten days after the day planned")
                .anyMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY) && l.event().equals(mentioned(all, "b", "e1").id()));
        assertThat(mentioned(all, "a", "e2").links()).as("recalled five weeks after the day planned").isEmpty();
    }

    @Test
    void anOutcomeNamingFewerPartiesFitsWhenBothAreDatedAndTwoNamedPartiesAgree() {
        var planned = List.of(p("Freedom Shield", null), p("United States", "USA"), p("South Korean Army", "KOR"));
        Article a = article("a", "2023-03-01", "Drills planned", "The U.S. and the South Korean army plan to stage Freedom Shield drills from March 13.");
        Article b = article("b", "2023-03-14", "Drills begin", "The U.S. began Freedom Shield drills on March 13.");
        Article c = article("c", "2023-03-14", "Army drills", "The South Korean army staged drills on March 13.");
        Connected all = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.COOPERATE, planned, List.of(), "2023-03-13", null, EventStatus.PLANNED, "plan to stage")),
                annotated(b, List.of(), event(b, "e1", EventType.COOPERATE, List.of(p("United States", "USA"), p("Freedom Shield", null)),
                        List.of(), "2023-03-13", null, EventStatus.OCCURRED, "began Freedom Shield drills")),
                annotated(c, List.of(), event(c, "e1", EventType.COOPERATE, List.of(p("South Korean Army", "KOR")),
                        List.of(), "2023-03-13", null, EventStatus.OCCURRED, "staged drills"))));
        assertThat(mentioned(all, "a", "e1").links()).filteredOn(l -> l.rel().equals(LinkRelation.REALIZED_BY))
                .singleElement().extracting(EventLink::event).isEqualTo(mentioned(all, "b", "e1").id());
    }

    @Test
    void participantsThatNameNoOneDoNotTieAPlanToAnOutcome() {
        var unnamed = List.of(p("unidentified gunmen", null));
        Article a = article("a", "2023-03-08", "Threat", "Police said unidentified gunmen will attack on Friday.");
        Article b = article("b", "2023-03-11", "Attack", "Unrelated: unidentified gunmen attacked a convoy on Friday.");
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.ASSAULT, unnamed, List.of(), "2023-03-10", null, EventStatus.PLANNED, "will attack")),
                annotated(b, List.of(), event(b, "e1", EventType.ASSAULT, unnamed, List.of(), "2023-03-10", null, EventStatus.OCCURRED, "attacked a convoy"))));
        assertThat(mentioned(c, "a", "e1").links()).isEmpty();
    }

    private static StoryEvent mentioned(Connected c, String article, String eventId) {
        return c.events().stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.article().equals(article) && m.eventId().equals(eventId))).findFirst().orElseThrow();
    }

    private static StoryEvent find(Connected c, EventStatus status) {
        return c.events().stream().filter(e -> e.event().status().equals(status)).findFirst().orElseThrow();
    }
}
