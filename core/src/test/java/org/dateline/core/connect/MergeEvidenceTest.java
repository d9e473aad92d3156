package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** Two reports are one event only on evidence: someone specific, agreeing days, and sentences about one happening. */
class MergeEvidenceTest {
    private static Participant g(String name) { return new Participant(name, null, null); }

    /** An article with one event whose date the text does not give (the events stage fell back on publication). */
    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        Event e = event(a, "e1", type, actors, recipients, a.publicationDate(), null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    @Test
    void twoAttacksByUnidentifiedGunmenInOneWeekAreTwoEvents() {
        Article a = article("a", "2024-05-02", "Convoy ambushed", "Unidentified gunmen ambushed a supply convoy near Tarvo, killing two soldiers.");
        Article b = article("b", "2024-05-04", "Truck overturns", "Two soldiers died when their truck overturned on a mountain road in Velmar.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.ASSAULT, List.of(g("unidentified gunmen")), List.of(g("soldiers")), "Unidentified gunmen ambushed"),
                undated(b, EventType.ASSAULT, List.of(g("unidentified gunmen")), List.of(g("soldiers")), "Two soldiers died")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void oneDonorsUnrelatedGiftsInOneMonthStayApart() {
        Article a = article("a", "2024-05-02", "Relief for flood areas", "Ruritania provided tents and rice to villages flooded by the Marendo river.");
        Article b = article("b", "2024-05-06", "Textbooks donated", "Ruritania provided new textbooks to a primary school in the capital.");
        var donor = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, donor, List.of(), "Ruritania provided tents"),
                undated(b, EventType.AID, donor, List.of(), "Ruritania provided new textbooks")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void theSameGiftToldTwiceInOneWeekIsOneEvent() {
        Article a = article("a", "2024-05-02", "Relief for flood areas", "Ruritania provided tents and rice to villages flooded by the Marendo river.");
        Article b = article("b", "2024-05-05", "Flood relief arrives", "Tents and rice provided by Ruritania reached the flooded villages along the Marendo river.");
        var donor = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, donor, List.of(), "Ruritania provided tents"),
                undated(b, EventType.AID, donor, List.of(), "Tents and rice provided")));
        assertThat(c.events()).hasSize(1);
        assertThat(c.events().get(0).mentions()).hasSize(2);
    }

    @Test
    void oneLeadersUndatedSpeechesSharingOnlyTheDeedAreTwoEvents() {
        Article a = article("a", "2024-05-02", "Speech at rally", "Tomas Orrin delivered a speech at a rally of dock workers in Tarvo.");
        Article b = article("b", "2024-05-03", "Speech at congress", "Tomas Orrin delivered a speech at the congress of the farmers' union.");
        var leader = List.of(p("Tomas Orrin", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, leader, List.of(), "delivered a speech"),
                undated(b, EventType.AID, leader, List.of(), "delivered a speech")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aDemandRecalledInALongSentenceDaysLaterJoinsTheDemand() {
        Article a = article("a", "2024-05-02", "Velmar sets conditions",
                "Velmar demanded sanctions relief and a halt to the border drills before any talks.");
        Article b = article("b", "2024-05-07", "Envoys meet in Tarvo",
                "The envoys met in Tarvo for three hours on Tuesday, days after Velmar demanded sanctions relief and a halt to the border drills as conditions for any negotiations, and agreed to meet again.");
        var velmar = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.REQUEST, velmar, List.of(), "Velmar demanded sanctions relief"),
                undated(b, EventType.REQUEST, velmar, List.of(), "Velmar demanded sanctions relief")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aReportOfTheYearAndAReportOfOneMonthAreComparedOnTheirWordsNotTheYear() {
        Article a = article("a", "2024-09-05", "A year of friendship",
                "Tomas Orrin's visits to Velmar this year showed the strength of the friendship between the two peoples.");
        Article b = article("b", "2024-10-20", "Trade grows", "Tomas Orrin visited Velmar in August to open a railway line from the port of Kessa.");
        var sides = List.of(p("Tomas Orrin", "RUR"));
        var host = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, sides, host, "2024", null, EventStatus.OCCURRED, "visits to Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, sides, host, "2024-08", null, EventStatus.OCCURRED, "visited Velmar"))));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aReportOfOneYearJoinsAnotherOfThatYearWhenTheyTellOneVisit() {
        Article a = article("a", "2024-09-05", "Anniversary marked",
                "An exhibition marked the president's visit to Velmar in 2001 and the Tarvo declaration adopted during it.");
        Article b = article("b", "2024-09-09", "Declaration recalled",
                "The Tarvo declaration adopted during the president's visit to Velmar in 2001 opened a new era.");
        var sides = List.of(p("Tomas Orrin", "RUR"));
        var host = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, sides, host, "2001", null, EventStatus.OCCURRED, "visit to Velmar")),
                annotated(b, List.of(), event(b, "e1", EventType.CONSULT, sides, host, "2001", null, EventStatus.OCCURRED, "visit to Velmar"))));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aHabitReportedInTheSameWordsWeeksApartIsNotOneHappening() {
        Article a = article("a", "2024-03-01", "Raids go on", "Ruritanian troops keep raiding farms in the Tarvo valley.");
        Article b = article("b", "2024-04-12", "Raids go on", "Ruritanian troops keep raiding farms in the Tarvo valley.");
        var troops = List.of(p("Ruritanian Army", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.ASSAULT, troops, List.of(), "Ruritanian troops keep raiding"),
                undated(b, EventType.ASSAULT, troops, List.of(), "Ruritanian troops keep raiding")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void descriptionsAreGenericAndNamesAreNot() {
        for (String generic : List.of("unidentified attackers", "Unidentified gunmen", "several soldiers", "the army",
                "Army", "Police", "Government", "people of Japan", "No army in the world", "Nobody", "none of the parties")) {
            assertThat(GenericParticipants.isGeneric(generic)).as(generic).isTrue();
        }
        for (String named : List.of("Kim Jong Un", "Korean People's Army", "United States", "Marendo Port Authority",
                "Workers' Party of Korea", "Ruritania")) {
            assertThat(GenericParticipants.isGeneric(named)).as(named).isFalse();
        }
    }

    /** Dated by its text: the event stage read the date from a time expression. */
    private static Annotated dated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                   String date, String phrase) {
        return annotated(a, List.of(), event(a, "e1", type, actors, recipients, date, null, EventStatus.OCCURRED, phrase));
    }

    private static boolean together(Connected c, String articleA, String articleB) {
        return c.events().stream().anyMatch(se -> se.mentions().stream().anyMatch(m -> m.article().equals(articleA))
                && se.mentions().stream().anyMatch(m -> m.article().equals(articleB)));
    }

    @Test
    void aPartysClaimOfWhatItIsDoingIsNoOccasionThoughTwoStoriesRepeatIt() {
        Article a = article("a", "2024-05-02", "Party hailed", "The Ruritanian Unity Party is demonstrating its strength as an invincible party, the speaker said.");
        Article b = article("b", "2024-05-05", "Party praised", "The Ruritanian Unity Party is demonstrating its strength as a party of the people, the paper wrote.");
        var party = List.of(p("Ruritanian Unity Party", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.PROTEST, party, List.of(), "The Ruritanian Unity Party is demonstrating its strength as an invincible party"),
                undated(b, EventType.PROTEST, party, List.of(), "The Ruritanian Unity Party is demonstrating its strength as a party of the people")));
        assertThat(together(c, "a", "b")).isFalse();
    }

    /** An exhortation is no happening: filed twice in the same words it still names no one event (s30 labels). */
    @Test
    void theSameExhortationFiledTwiceInTheSameWordsIsStillNoOneHappening() {
        String text = "Ruritanian forces should withdraw from the Tarvo valley at once, the commentary said.";
        Article a = article("a", "2024-05-02", "Withdrawal urged", text);
        Article b = article("b", "2024-05-03", "Withdrawal urged again", text);
        var forces = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.RETREAT, forces, List.of(), "Ruritanian forces should withdraw from the Tarvo valley"),
                undated(b, EventType.RETREAT, forces, List.of(), "Ruritanian forces should withdraw from the Tarvo valley")));
        assertThat(together(c, "a", "b")).isFalse();
    }

    @Test
    void aSentenceCountingSeveralVisitsIsNoReportOfOneOfThem() {
        Article a = article("a", "2024-06-03", "Visit to Velmar", "Premier Anton Kask visited Velmar in May to sign a grain accord.");
        Article b = article("b", "2024-06-10", "Ties with Velmar", "Premier Anton Kask visited Velmar four times this year to sign accords on grain.");
        var kask = List.of(p("Anton Kask", "RUR"));
        var velmar = List.of(p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                dated(a, EventType.CONSULT, kask, velmar, "2024-05", "Premier Anton Kask visited Velmar in May"),
                dated(b, EventType.CONSULT, kask, velmar, "2024", "Premier Anton Kask visited Velmar four times this year")));
        assertThat(together(c, "a", "b")).isFalse();
    }

    @Test
    void twoSeizuresOfTheSameDrugByTheSamePoliceGiveDifferentAmounts() {
        Article a = article("a", "2024-05-02", "Hashish seized", "Ruritanian police seized 357 kg of hashish and arrested seven smugglers in Tarvo.");
        Article b = article("b", "2024-05-09", "More hashish seized", "Ruritanian police seized 178 kg of hashish and arrested 16 smugglers in Tarvo province.");
        var police = List.of(p("Ruritania Police", "RUR"));
        var smugglers = List.of(g("smugglers"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.COERCE, police, smugglers, "Ruritanian police seized 357 kg of hashish and arrested seven smugglers"),
                undated(b, EventType.COERCE, police, smugglers, "Ruritanian police seized 178 kg of hashish and arrested 16 smugglers")));
        assertThat(together(c, "a", "b")).isFalse();
    }

    /** Reports of a leader's routine inspections, one a day, each at a site of its own, before the two compared. */
    private static List<Annotated> inspections(String... sites) {
        List<Annotated> out = new java.util.ArrayList<>();
        int day = 1;
        for (String site : sites) {
            String body = "Premier Anton Kask inspected the " + site + " and praised its workers.";
            Article a = article("i" + day, String.format("2024-04-%02d", day), "Premier inspects " + site, body);
            out.add(undated(a, EventType.AID, List.of(p("Anton Kask", "RUR")), List.of(), "Premier Anton Kask inspected the " + site));
            day += 3;
        }
        return out;
    }

    /** Four routine inspections, then article a at site a on May 2 and article b at site b on May 4. */
    private static Connected inspectionsThen(String siteA, String siteB) {
        List<Annotated> all = inspections("Ostra Mill", "Kalder Dam", "Pelso Farm", "Varno Mine");
        for (String[] x : List.of(new String[] {"a", "2024-05-02", siteA}, new String[] {"b", "2024-05-04", siteB})) {
            String phrase = "Premier Anton Kask inspected the " + x[2];
            Article art = article(x[0], x[1], "Premier at " + x[2], phrase + " and praised its workers.");
            all.add(undated(art, EventType.AID, List.of(p("Anton Kask", "RUR")), List.of(), phrase));
        }
        return Connector.connect(all);
    }

    @Test
    void aLeadersRoutineVisitsToTwoSitesInOneWeekAreTwoEvents() {
        assertThat(together(inspectionsThen("Tarvo Port", "Marendo Fishery"), "a", "b")).isFalse();
    }

    @Test
    void twoReportsOfTheLeadersVisitToOneSiteAreOneEvent() {
        assertThat(together(inspectionsThen("Tarvo Port", "Tarvo Port"), "a", "b")).isTrue();
    }

    @Test
    void aCondemnationReportedWeeksAfterAnotherIsAnotherUnlessItNamesSomethingOfIt() {
        var ministry = List.of(p("Ruritania", "RUR"));
        var velmar = List.of(p("Velmar", "VEL"));
        List<Annotated> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Article f = article("f" + i, String.format("2024-03-%02d", i * 5), "Velmar condemned",
                    "Ruritania condemned the decision of Velmar on border fees.");
            all.add(dated(f, EventType.ACCUSE, ministry, velmar, String.format("2024-03-%02d", i * 5 - 1), "Ruritania condemned the decision of Velmar"));
        }
        Article a = article("a", "2024-04-08", "Velmar condemned", "On Sunday Ruritania strongly condemned the decision of Velmar to build a dam on the Ostra river.");
        Article b = article("b", "2024-05-06", "Velmar condemned", "Ruritania condemned the latest decision of Velmar, the ministry said.");
        Article d = article("d", "2024-05-03", "Dam protest", "Ruritania again condemned the decision of Velmar to build the Ostra dam.");
        all.add(dated(a, EventType.ACCUSE, ministry, velmar, "2024-04-07", "Ruritania strongly condemned the decision of Velmar to build a dam on the Ostra river"));
        all.add(undated(b, EventType.ACCUSE, ministry, velmar, "Ruritania condemned the latest decision of Velmar"));
        all.add(undated(d, EventType.ACCUSE, ministry, velmar, "Ruritania again condemned the decision of Velmar to build the Ostra dam"));
        Connected c = Connector.connect(all);
        assertThat(together(c, "a", "b")).as("a month later, no word of the dam").isFalse();
        assertThat(together(c, "a", "d")).as("weeks later, naming the Ostra dam").isTrue();
    }

    @Test
    void anAttackOnAStateAndTheSameAttackOnTroopsOfThatStateHitOneSide() {
        Article a = article("a", "2024-11-27", "Border post hit", "Norland helicopters attacked a border checkpoint of Sudmark on Saturday, killing 24 soldiers.");
        Article b = article("b", "2024-12-09", "Inquiry", "The Norland helicopter attack that killed 24 Sudmark troops at the border checkpoint last month was deliberate, lawmakers said.");
        List<Participant> air = List.of(p("Norland", "NRL"));
        Event onState = event(a, "e1", EventType.ASSAULT, air, List.of(p("Sudmark", "SDM")), "2024-11-23", null,
                EventStatus.OCCURRED, "Norland helicopters attacked a border checkpoint");
        Event onTroops = event(b, "e1", EventType.ASSAULT, air, List.of(p("24 Sudmark troops", "SDM")), "2024-11", null,
                EventStatus.OCCURRED, "The Norland helicopter attack that killed 24 Sudmark troops");
        Event onOthers = event(b, "e1", EventType.ASSAULT, air, List.of(p("24 Westmark troops", "WSM")), "2024-11", null,
                EventStatus.OCCURRED, "The Norland helicopter attack that killed 24 Sudmark troops");
        Connected sameSide = Connector.connect(List.of(annotated(a, List.of(state("Sudmark", "SDM")), onState),
                annotated(b, List.of(), onTroops)));
        assertThat(sameSide.events()).hasSize(1);
        Connected otherSide = Connector.connect(List.of(annotated(a, List.of(state("Sudmark", "SDM")), onState),
                annotated(b, List.of(), onOthers)));
        assertThat(otherSide.events()).hasSize(2);
    }
}
