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

/**
 * "The delegation" names no one: only its state tells one delegation from another. Two delegations of two states
 * that tour the same sights of their host in one week made two tours (invented reports, dated by publication only).
 */
class ADescribedPartyOfAnotherStateTest {
    private static final List<Participant> HOST = List.of(p("Velmar", "VLM"));

    private static Annotated tour(String id, String day, String body, String phrase, String state) {
        Article a = article(id, day, "Delegation", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("The delegation", state)), HOST, null, null,
                EventStatus.OCCURRED, phrase);
        return new Annotated(a, List.of(state("Velmar", "VLM")), List.of(), List.of(), List.of(e));
    }

    @Test
    void theDelegationsOfTwoStatesTouringOneSiteAreTwoTours() {
        Connected c = Connector.connect(List.of(
                tour("a", "2024-10-22", "The delegation visited the Tower of Unity and the Harbour Museum in Velmar.",
                        "The delegation visited the Tower of Unity and the Harbour Museum", "NRL"),
                tour("b", "2024-10-25", "The delegation also toured the Tower of Unity and the Harbour Museum in Velmar.",
                        "The delegation also toured the Tower of Unity and the Harbour Museum", "SDM")));
        assertThat(c.events()).hasSize(2);
    }

    /**
     * Stop s44 (issue 14, Build 1): a visit is one only by a specific visitor, a named person or delegation; "the
     * delegation", told by its kind, names no one, so two reports of it touring one site on two days stay apart.
     */
    @Test
    void aDelegationToldByItsKindTouringOneSiteTwiceNamesNoOneToTieTheReports() {
        Connected c = Connector.connect(List.of(
                tour("a", "2024-10-22", "The delegation visited the Tower of Unity and the Harbour Museum in Velmar.",
                        "The delegation visited the Tower of Unity and the Harbour Museum", "NRL"),
                tour("b", "2024-10-23", "The delegation also toured the Tower of Unity and the Harbour Museum in Velmar.",
                        "The delegation also toured the Tower of Unity and the Harbour Museum", "NRL")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void aNamedParticipantCodedWithTwoStatesIsStillOnePerson() {
        var a = new Participant("Tomas Rell", "NRL", "GOV");
        var b = new Participant("Tomas Rell", "SDM", "GOV");
        Article x = article("x", "2024-10-22", "Visit", "Tomas Rell visited Velmar.");
        Article y = article("y", "2024-10-23", "Visit", "Tomas Rell visited Velmar.");
        EventMention m = mention(x, a), n = mention(y, b);
        assertThat(DescribedStates.differ(m, n)).isFalse();
    }

    private static EventMention mention(Article a, Participant actor) {
        Event e = event(a, "e1", EventType.CONSULT, List.of(actor), HOST, null, null, EventStatus.OCCURRED, "visited Velmar");
        ArticleContext ctx = new ArticleContext(a.id(), a.headline(), a.body(), a.publicationDay().get(), 0, "t",
                new ActorKnowledgeBase.Resolution(java.util.Map.of(), n -> n), List.of(), List.of());
        return EventMention.of(e, ctx, ConnectLexicon.standard());
    }
}
