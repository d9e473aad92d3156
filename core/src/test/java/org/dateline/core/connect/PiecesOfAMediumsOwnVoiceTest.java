package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * A paper's commentary is its own act of blame: the commentary of Monday and that of Thursday blame one regime in
 * the words of the beat, and are two acts. They tell of one happening only when both name the deed they blame for
 * alike, by the same past day (invented commentaries, dated by their publication; the coder gives the paper,
 * sector MED, as the actor).
 */
class PiecesOfAMediumsOwnVoiceTest {
    private static final List<Participant> PAPER = List.of(new Participant("Norland Courier", "NRL", "MED"));
    private static final List<Participant> REGIME = List.of(p("Velmar", "VLM"));

    /** A commentary whose blame is the phrase given; each "May 5" of its body is a time expression of that day. */
    private static Annotated commentary(String id, String day, String body, String phrase) {
        Article a = article(id, day, "Commentary", body);
        Event e = event(a, "e1", EventType.ACCUSE, PAPER, REGIME, null, null, EventStatus.OCCURRED, phrase);
        List<TimeExpression> timexes = new ArrayList<>();
        for (int at = body.indexOf("May 5"); at >= 0; at = body.indexOf("May 5", at + 1)) {
            timexes.add(new TimeExpression("t" + at, "DATE", "2024-05-05", null, at, at + 5));
        }
        return new Annotated(a, List.of(state("Velmar", "VLM")), timexes, List.of(), List.of(e));
    }

    @Test
    void twoCommentariesBlamingOneRegimeInTheWordsOfTheBeatAreTwoActs() {
        Connected c = Connector.connect(List.of(
                commentary("a", "2024-05-06", "The Norland Courier says in a commentary that the reckless military "
                        + "provocation of the Velmar regime is a grave threat to peace in the region.",
                        "the reckless military provocation of the Velmar regime is a grave threat to peace"),
                commentary("b", "2024-05-09", "The Norland Courier in a commentary denounces the reckless military "
                        + "provocation of the Velmar regime as a grave threat to peace.",
                        "denounces the reckless military provocation of the Velmar regime as a grave threat to peace")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void twoCommentariesBlamingForTheDeedOfOneNamedDayTellOfIt() {
        Connected c = Connector.connect(List.of(
                commentary("a", "2024-05-06", "The Norland Courier says in a commentary that the reckless military "
                        + "provocation of the Velmar regime is a grave threat to peace. On May 5 its gunboats fired "
                        + "on the fishing boats.", "the reckless military provocation of the Velmar regime is a grave threat"),
                commentary("b", "2024-05-09", "The Norland Courier in a commentary denounces the reckless military "
                        + "provocation of the Velmar regime. Its gunboats fired on fishing boats on May 5.",
                        "denounces the reckless military provocation of the Velmar regime")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aPapersOtherDeedsAreNoPieceOfItsOwnVoice() {
        Article a = article("a", "2024-05-06", "Paper", "The Norland Courier carried an article on the harbour.");
        Event e = event(a, "e1", EventType.SUPPORT, PAPER, List.of(), null, null, EventStatus.OCCURRED,
                "carried an article on the harbour");
        ArticleContext ctx = new ArticleContext("a", "x", a.body(), a.publicationDay().get(), 0, "t",
                new ActorKnowledgeBase.Resolution(java.util.Map.of(), n -> n), List.of(), List.of());
        assertThat(OwnPieces.isPiece(EventMention.of(e, ctx, ConnectLexicon.standard()))).isFalse();
    }
}
