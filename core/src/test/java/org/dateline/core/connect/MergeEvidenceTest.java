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
                "Army", "Police", "Government", "people of Japan")) {
            assertThat(GenericParticipants.isGeneric(generic)).as(generic).isTrue();
        }
        for (String named : List.of("Kim Jong Un", "Korean People's Army", "United States", "Marendo Port Authority",
                "Workers' Party of Korea", "Ruritania")) {
            assertThat(GenericParticipants.isGeneric(named)).as(named).isFalse();
        }
    }
}
