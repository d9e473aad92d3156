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

/** A report with no date of its own ties itself to one occasion by naming it, not by the phrases it shares. */
class DatelessReportsTest {
    private static Annotated undated(Article a, EventType type, List<Participant> actors, List<Participant> recipients,
                                     String phrase) {
        Event e = event(a, "e1", type, actors, recipients, a.publicationDate(), null, EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(), List.of(), List.of(), List.of(e));
    }

    private static final List<Participant> LEADER = List.of(p("Tomas Orrin", "RUR"));

    @Test
    void twoDatelessPraisesOfALifelongDeedInLongAlikePhrasesAreNoOneHappening() {
        Article a = article("a", "2024-03-04", "Tribute", "Tomas Orrin developed in depth the doctrine of self-reliance with his energetic theoretical activities, making it the guiding idea of the era.");
        Article b = article("b", "2024-03-09", "Seminar", "Speakers said that Tomas Orrin developed in depth the doctrine of self-reliance by his energetic theoretical activities and glorified it as the guiding idea of the era.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, LEADER, List.of(), "Tomas Orrin developed in depth the doctrine"),
                undated(b, EventType.AID, LEADER, List.of(), "Tomas Orrin developed in depth the doctrine")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aDatelessOccasionToldByItsNameInTwoStoriesIsOneHappening() {
        Article a = article("a", "2024-03-04", "History", "In the war years Tomas Orrin delivered the speech at Hollen Square calling on all to defend the republic.");
        Article b = article("b", "2024-03-06", "Anniversary", "Veterans recalled that Tomas Orrin delivered his famous speech at Hollen Square calling on all to defend the republic.");
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, LEADER, List.of(), "Tomas Orrin delivered the speech"),
                undated(b, EventType.AID, LEADER, List.of(), "Tomas Orrin delivered his famous speech")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aMeetingRecalledWeeksLaterInCommonWordsIsNotTheDatedMeeting() {
        Article a = article("a", "2024-03-01", "Talks", "The foreign ministers of Ruritania and Velmar met in the capital on March 1 and discussed the trade relations.");
        Article b = article("b", "2024-03-28", "Talks again", "The foreign ministers of Ruritania and Velmar met in the capital and discussed the trade relations, the ministry said.");
        var sides = List.of(p("Ruritania", "RUR"), p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, sides, List.of(), "2024-03-01", null, EventStatus.OCCURRED, "met in the capital")),
                undated(b, EventType.CONSULT, sides, List.of(), "met in the capital")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aMeetingRecalledWeeksLaterByItsPlaceIsTheDatedMeeting() {
        Article a = article("a", "2024-03-01", "Summit", "The presidents of Ruritania and Velmar met in Korvasa on March 1 and discussed the trade relations.");
        Article b = article("b", "2024-03-28", "Summit recalled", "The meeting in Korvasa between the presidents of Ruritania and Velmar opened new prospects for the trade relations, the envoy said.");
        var sides = List.of(p("Ruritania", "RUR"), p("Velmar", "VEL"));
        Connected c = Connector.connect(List.of(
                annotated(a, List.of(), event(a, "e1", EventType.CONSULT, sides, List.of(), "2024-03-01", null, EventStatus.OCCURRED, "met in Korvasa")),
                undated(b, EventType.CONSULT, sides, List.of(), "The meeting in Korvasa")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aSentenceMarksItsDeedAsRecentNewsByAWordOrATwoWordCue() {
        assertThat(Recency.marked(Tellings.words("Earlier, the ministry provided two aircraft"))).isTrue();
        assertThat(Recency.marked(Tellings.words("days after the envoy demanded a halt to the drills"))).isTrue();
        assertThat(Recency.marked(Tellings.words("foreign media reported the news that the heir visited the bier"))).isTrue();
        assertThat(Recency.marked(Tellings.words("he developed the doctrine in depth in his days"))).isFalse();
    }

    @Test
    void aDatelessGiftMarkedAsRecentJoinsItsEarlierReport() {
        Article a = article("a", "2024-03-04", "Aircraft", "Some time ago, Ruritania provided two patrol aircraft to the coast guard of Velmar.");
        Article b = article("b", "2024-03-05", "Aircraft again", "Earlier, Ruritania provided two patrol aircraft to the coast guard.");
        var donor = List.of(p("Ruritania", "RUR"));
        Connected c = Connector.connect(List.of(
                undated(a, EventType.AID, donor, List.of(), "Ruritania provided two patrol aircraft"),
                undated(b, EventType.AID, donor, List.of(), "Ruritania provided two patrol aircraft")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aVisitOfANamedLeaderToANamedStateToldInFewCommonWordsByTwoDatelessStoriesIsOneVisit() {
        List<Participant> guest = List.of(p("Mara Velk", "RUR"));
        List<Participant> host = List.of(p("Velmar", "VEL"));
        Article a = article("a", "2024-03-04", "Welcome", "The president warmly welcomed Mara Velk visiting Velmar by sparing precious time despite his tight schedule.");
        Article b = article("b", "2024-03-06", "Editorial", "Mara Velk's visit to Velmar is a great event for the peoples of the two countries.");
        Connected both = Connector.connect(List.of(
                undated(a, EventType.CONSULT, guest, host, "welcomed Mara Velk visiting Velmar"),
                undated(b, EventType.CONSULT, guest, host, "Mara Velk's visit to Velmar")));
        assertThat(both.events()).hasSize(1);
        // with the host left out, the guest alone is no evidence: he is welcomed and praised every week
        Connected guestOnly = Connector.connect(List.of(
                undated(a, EventType.CONSULT, guest, List.of(), "welcomed Mara Velk visiting Velmar"),
                undated(b, EventType.CONSULT, guest, List.of(), "Mara Velk's visit to Velmar")));
        assertThat(guestOnly.events()).hasSize(2);
    }

    @Test
    void aVisitHailedOverTwoWeeksByDatelessStoriesEachFollowingTheLastIsOneVisitUntilTheRecallLimit() {
        List<Participant> guest = List.of(p("Mara Velk", "RUR"));
        List<Participant> host = List.of(p("Velmar", "VEL"));
        Article a = article("a", "2024-03-01", "Visit", "Mara Velk's visit to Velmar opens a new chapter in the friendly relations between the two countries.");
        Article b = article("b", "2024-03-09", "Pages", "The newspaper devoted two pages to Mara Velk's historic visit to Velmar and the friendly relations.");
        Article c = article("c", "2024-03-15", "Poems", "Poets hailed Mara Velk's historic visit to Velmar in a collection of verses.");
        Article d = article("d", "2024-03-24", "Songs", "Singers hailed Mara Velk's historic visit to Velmar in a collection of songs.");
        Connected chain = Connector.connect(List.of(
                undated(a, EventType.CONSULT, guest, host, "Mara Velk's visit to Velmar"),
                undated(b, EventType.CONSULT, guest, host, "Mara Velk's historic visit to Velmar"),
                undated(c, EventType.CONSULT, guest, host, "Mara Velk's historic visit to Velmar")));
        // the poems come two weeks after the first report, six days after the newspaper's pages
        assertThat(chain.events()).hasSize(1);
        Connected late = Connector.connect(List.of(
                undated(a, EventType.CONSULT, guest, host, "Mara Velk's visit to Velmar"),
                undated(b, EventType.CONSULT, guest, host, "Mara Velk's historic visit to Velmar"),
                undated(c, EventType.CONSULT, guest, host, "Mara Velk's historic visit to Velmar"),
                undated(d, EventType.CONSULT, guest, host, "Mara Velk's historic visit to Velmar")));
        // the songs, three weeks after the first report, may tell of another visit: they start their own story
        assertThat(late.events()).hasSize(2);
    }

    @Test
    void aDatelessDeedOfOneActorTenDaysAfterTheFirstReportStaysApartHoweverCloseTheLastReport() {
        Article a = article("a", "2024-03-01", "Aid", "Tomas Orrin provided tractors to the farms of the northern province.");
        Article b = article("b", "2024-03-09", "Aid", "Tomas Orrin provided tractors to the farms of the province.");
        Article c = article("c", "2024-03-15", "Aid", "Tomas Orrin provided tractors to the farms of the southern province.");
        Connected chain = Connector.connect(List.of(
                undated(a, EventType.AID, LEADER, List.of(), "Tomas Orrin provided tractors"),
                undated(b, EventType.AID, LEADER, List.of(), "Tomas Orrin provided tractors"),
                undated(c, EventType.AID, LEADER, List.of(), "Tomas Orrin provided tractors")));
        // no second party names the occasion: a chain of alike reports a week apart is a habit, not one happening
        assertThat(chain.events()).hasSizeGreaterThan(1);
    }
}
