package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The recall rules on stories written for this test (published Wednesday 2023-05-10): meetings named by the people
 * they are "of" or by the verb they are the purpose of, intentions open to an event, role phrases standing for the
 * article's envoy, subjects the parser leaves far away, relative clauses that state an event.
 */
class EventRecallTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Annotated an = GoldEvents.PIPELINE.annotate(a);
        return an.events();
    }

    private static String describe(List<Event> es) { return GoldEvents.describe(es); }

    @Test
    void aDateThatNamesAThingDoesNotDateTheEvent() {
        List<Event> es = code("Chile and Peru signed the June 15 fisheries accord in Lima on Monday. "
                + "Peru praised the June 15 accord.");
        assertThat(es).as(describe(es)).isNotEmpty().noneMatch(e -> "2023-06-15".equals(e.date()));
        assertThat(es).as(describe(es)).anyMatch(e -> "2023-05-08".equals(e.date()));
    }

    @Test
    void aStatementsParticipleIsItsAuthorsEventOnTheStatementsDay() {
        List<Event> es = code("Caracas has ignored the mediators. Its last public word was the May 2 foreign ministry "
                + "statement demanding an end to the sanctions.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.REQUEST && EventStatus.OCCURRED.equals(e.status())
                && e.actors().stream().anyMatch(p -> "VEN".equals(p.country())) && "2023-05-02".equals(e.date()));
        es = code("Peru dismissed Chile's statement demanding compensation for the fishermen.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test
    void aDistanceAfterAMomentDatesTheEventFromThatMoment() {
        // the moment is the sentence's own day ...
        List<Event> es = code("Karl Huber arrived in Vienna on Monday, two days after he met Ali Hassan in Cairo.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && "2023-05-06".equals(e.date())
                && GoldEvents.names(e).containsAll(Set.of("Karl Huber", "Ali Hassan")));
        // ... or, when the clause refers back ("made the remarks"), the one day of the sentence before
        es = code("Anna Nowak told lawmakers on Wednesday that the door to talks remains open. Nowak made the remarks "
                + "at a committee hearing, a day after she hosted her Czech counterpart for talks in Warsaw.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && "2023-05-09".equals(e.date())
                && GoldEvents.names(e).contains("Anna Nowak") && "Warsaw".equals(e.place()));
    }

    @Test
    void meetingOfTheEnvoysOfSeveralStatesSetForADay() {
        List<Event> es = code("Anna Nowak, Poland's special envoy for energy, arrived in Vienna on Monday. "
                + "A trilateral meeting of the chief envoys of Poland, Austria and Hungary is set for Friday in Vienna.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && EventStatus.PLANNED.equals(e.status())
                && "2023-05-12".equals(e.date()) && "Vienna".equals(e.place())
                && GoldEvents.names(e).containsAll(Set.of("Anna Nowak", "Hungary")) && GoldEvents.names(e).size() == 3);
    }

    @Test
    void aMeetingThatIsThePurposeOfAVerbIsHeldByItsPeople() {
        List<Event> es = code("The Czech and Slovak ministers will be joined by Austrian envoy Karl Huber for a "
                + "trilateral meeting on May 15.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && EventStatus.PLANNED.equals(e.status())
                && "2023-05-15".equals(e.date()) && GoldEvents.names(e).contains("Karl Huber")
                && GoldEvents.names(e).size() >= 2);
    }

    @Test
    void hostingCounterpartsForTalksIsTheTalks() {
        List<Event> es = code("Maria Lopez, Mexico's foreign minister, hosted her Canadian and U.S. counterparts for "
                + "trilateral talks in Mexico City on Tuesday.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.cameo().equals("040") && "2023-05-09".equals(e.date())
                && GoldEvents.names(e).containsAll(Set.of("Maria Lopez", "Canada", "United States")));
        assertThat(es).as(describe(es)).noneMatch(e -> e.cameo().equals("043"));
    }

    @Test
    void openToAndReadyForAnEventAreStatedIntentionsDatedByTheSaying() {
        List<Event> es = code("On Monday, Iran said it was open to resuming indirect contacts with the United States. "
                + "Norway said on Tuesday it stands ready to host talks between the two countries.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.AGREE
                && e.actors().stream().anyMatch(p -> "IRN".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "USA".equals(p.country())) && "2023-05-08".equals(e.date()));
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.AGREE
                && e.actors().stream().anyMatch(p -> "NOR".equals(p.country())) && "2023-05-09".equals(e.date()));
        // the contacts offered are folded into the offer
        assertThat(es).as(describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aRolePhraseStandsForTheArticlesEnvoyAndAFactualAsideIsNoPartOfADemand() {
        List<Event> es = code("Lars Berg, Norway's special envoy for Sudan, has been in the region since Sunday. "
                + "Sudan demanded on Tuesday that Egypt close its border, hours after Oslo's special envoy flew to Cairo.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.cameo().equals("042") && GoldEvents.names(e).contains("Lars Berg")
                && e.recipients().stream().anyMatch(p -> "EGY".equals(p.country())));
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> "SDN".equals(p.country())));
    }

    @Test
    void aJourneyAndItsPurposeAfterARelativeClause() {
        List<Event> es = code("Lars Berg, who held talks with Ali Hassan on Monday, is expected to travel to Nairobi "
                + "on Friday to meet Kenyan officials.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.cameo().equals("042") && EventStatus.PLANNED.equals(e.status())
                && GoldEvents.names(e).contains("Lars Berg") && "2023-05-12".equals(e.date()));
        assertThat(es).as(describe(es)).anyMatch(e -> e.cameo().equals("040") && EventStatus.PLANNED.equals(e.status())
                && GoldEvents.names(e).contains("Lars Berg") && "2023-05-12".equals(e.date()));
    }

    @Test
    void aMeetingInAGerundAfterTheMainClause() {
        List<Event> es = code("Lars Berg held talks with Kenyan officials in Nairobi on Tuesday, after meeting "
                + "Ali Hassan in Cairo on May 1.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && "2023-05-01".equals(e.date())
                && GoldEvents.names(e).containsAll(Set.of("Lars Berg", "Ali Hassan")));
    }

    @Test
    void aRelativeClauseStatesTheEventOfItsNoun() {
        List<Event> es = code("Egypt rejected the conditions that Sudan laid out on Monday.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.REQUEST && EventStatus.OCCURRED.equals(e.status())
                && e.actors().stream().anyMatch(p -> "SDN".equals(p.country())) && "2023-05-08".equals(e.date()));
    }

    @Test
    void whoseGovernmentIsTheStateOfThePersonItIsAbout() {
        List<Event> es = code("Lars Berg will meet Ali Hassan, Sudan's foreign minister, whose government offered on "
                + "Monday to host dialogue.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.AGREE
                && e.actors().stream().anyMatch(p -> "SDN".equals(p.country()) && "GOV".equals(p.sector())));
    }

    @Test
    void theirTalksAreTheGroupsAndALoosePredicateTellsTheirFate() {
        List<Event> es = code("Lars Berg met Ali Hassan in Cairo on Monday. Berg said he expects to see Hassan again "
                + "in June, after their talks planned for Friday were put off.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT && EventStatus.NEGATED.equals(e.status())
                && GoldEvents.names(e).equals(Set.of("Lars Berg", "Ali Hassan")));
    }

    @Test
    void itsLeaderInReportedSpeechIsTheReportersState() {
        List<Event> es = code("Last week, Iran said that it was open to talks with France, its first such signal since "
                + "a summit between its leader and the French president collapsed without an agreement in March.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.CONSULT
                && GoldEvents.names(e).equals(Set.of("Iran", "France")));
    }

    @Test
    void aWishToldInARelativeClauseIsAboutItsNoun() {
        List<Event> es = code("The statement ignored the talks that Iran proposed to France on Monday.");
        assertThat(es).as(describe(es)).anyMatch(e -> e.type() == EventType.AGREE
                && e.actors().stream().anyMatch(p -> "IRN".equals(p.country())) && "2023-05-08".equals(e.date()));
        // the talks are what was proposed, not a meeting of their own
        assertThat(es).as(describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void receivingAVisitorIsHostingTheVisitWithTheHostAsActor() {
        List<Event> es = code("Portuguese President Rui Costa received Brazilian Foreign Minister Ana Souza in Lisbon on Tuesday.");
        assertThat(es).as(describe(es)).anyMatch(e -> CameoCodes.HOST_VISIT.equals(e.cameo()) && e.type() == EventType.CONSULT
                && GoldEvents.names(e).contains("Rui Costa") && e.recipients().stream().anyMatch(p -> "BRA".equals(p.country())));
        es = code("The Kenyan prime minister received a delegation from Uganda on Monday.");
        assertThat(es).as(describe(es)).anyMatch(e -> CameoCodes.HOST_VISIT.equals(e.cameo())
                && e.actors().stream().anyMatch(p -> "KEN".equals(p.country())));
        // in the passive the host is the "by": the guest stays the recipient
        es = code("Chilean envoy Jorge Soto was received by Argentine President Luis Pereyra on Friday.");
        assertThat(es).as(describe(es)).anyMatch(e -> CameoCodes.HOST_VISIT.equals(e.cameo())
                && GoldEvents.names(e).contains("Luis Pereyra") && e.recipients().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test
    void receivingObserversStaysAConcessionAndReceivingALetterNoVisit() {
        List<Event> es = code("Peru received election observers from the European Union on Monday.");
        assertThat(es).as(describe(es)).noneMatch(e -> CameoCodes.HOST_VISIT.equals(e.cameo()));
        es = code("Peru received a letter from the Chilean president on Monday.");
        assertThat(es).as(describe(es)).noneMatch(e -> CameoCodes.HOST_VISIT.equals(e.cameo()));
    }

    @Test
    void thePlaceOrPersonVisitedMayBeThePassiveSubject() {
        List<Event> es = code("Ghana was visited on Monday by Togolese President Paul Mensah.");
        assertThat(es).as(describe(es)).anyMatch(e -> CameoCodes.MAKE_VISIT.equals(e.cameo())
                && GoldEvents.names(e).contains("Paul Mensah") && e.recipients().stream().anyMatch(p -> "GHA".equals(p.country())));
    }
}
