package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A party's spokesman issues two commentaries on one day: told alike in every word of who issued them and how they
 * judged, they are about different things. The same commentary filed twice names its subject twice (invented
 * reports).
 */
class TwoStatementsOfOneSenderTest {
    private static final List<Participant> PARTY = List.of(p("Green Union Party", "VLM"));

    private static Annotated dated(Article a, String day, String phrase) {
        return annotated(a, List.of(), event(a, "e1", EventType.ACCUSE, PARTY, List.of(), day, null,
                EventStatus.OCCURRED, phrase));
    }

    @Test
    void twoCommentariesOfOnePartyOnOneDayAboutDifferentThingsAreTwoStatements() {
        Article a = article("a", "2024-05-03", "Commentary", "A deputy spokesman for the Green Union Party on Tuesday "
                + "released a commentary in denunciation of the police crackdown on striking dockers.");
        Article b = article("b", "2024-05-04", "Commentary", "A deputy spokesman for the Green Union Party in a "
                + "commentary on Tuesday denounced the cabinet for rewriting school textbooks.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-04-30", "released a commentary in denunciation"),
                dated(b, "2024-04-30", "denounced the cabinet")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void oneCommentaryToldTwiceInOtherWordsIsOneStatement() {
        Article a = article("a", "2024-05-03", "Commentary", "A deputy spokesman for the Green Union Party on Tuesday "
                + "released a commentary in denunciation of the police crackdown on striking dockers.");
        Article b = article("b", "2024-05-04", "Commentary", "The Green Union Party in a commentary on Tuesday "
                + "condemned the crackdown on the dockers' strike.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-04-30", "released a commentary in denunciation"),
                dated(b, "2024-04-30", "condemned the crackdown")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aStatementsSubjectLeavesOutItsFrameItsSpeakersAndItsDays() {
        StatementSubjects subjects = new StatementSubjects(new HappeningWords());
        assertThat(subjects.about("The spokesman of the Green Union Party on Tuesday issued a statement condemning "
                + "the dam project.", List.of("Green Union Party")))
                .containsExactlyInAnyOrder("dam", "project");
        // no statement told, no subject to compare
        assertThat(subjects.about("The Green Union Party held a rally against the dam project.",
                List.of("Green Union Party"))).isEmpty();
    }
}
