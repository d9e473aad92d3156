package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * The words a sentence spends on a body's whole name, where the event coder kept only part of it ({@link
 * WrittenNames}), tell who acted, not what happened: a body's statement and its posting of another day share them all
 * and are two deeds (invented reports).
 */
class TheRestOfABodysNameTest {
    private static final String COMMITTEE = "The Velmarese National Committee for the Study of the Folk Epics";

    /** A report of one deed of the committee, coded with the short name; dated by its text only when {@code date}. */
    private static Annotated deed(String id, String published, String body, String phrase, String date,
                                  List<Participant> actors) {
        Article a = article(id, published, "Committee", body);
        Event e = event(a, "e1", EventType.SUPPORT, actors, List.of(), date == null ? published : date, null,
                EventStatus.OCCURRED, phrase);
        List<TimeExpression> timexes = date == null ? List.of()
                : List.of(new TimeExpression("x", "DATE", date, null, e.start(), e.end()));
        List<Entity> names = actors.stream().map(p -> body(p.name())).toList();
        return new Annotated(a, names, timexes, List.of(), List.of(e));
    }

    private static final List<Participant> SHORT = List.of(p("National Committee", "VLM"));

    @Test
    void aStatementAndAPostingOfAnotherDayShareOnlyTheBodysNameAndAreTwoDeeds() {
        Connected c = Connector.connect(List.of(
                deed("a", "2024-05-08", COMMITTEE + " noted in its statement that the peoples who love peace are "
                        + "positively supporting the charter, praising it as a fair programme.",
                        "praising it as a fair programme", null, SHORT),
                deed("b", "2024-05-17", COMMITTEE + " on May 6 posted on its homepage an article praising the feats "
                        + "the founder performed for the country.",
                        "an article praising the feats", "2024-05-06", SHORT)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aStatementRecalledWeeksLaterOnlyByTheBodysNameIsAnotherDeed() {
        List<Participant> two = List.of(p("Norland-Velmar Committee", "NOR"), p("Eastport Group", "NOR"));
        String names = "The Norland-Velmar Committee and the Eastport Group for the Study of the Folk Epics";
        Connected c = Connector.connect(List.of(
                deed("a", "2024-11-27", names + " released a joint statement on November 25 in support of the "
                        + "report of the Supreme Command of the Velmarese Army.",
                        "released a joint statement", "2024-11-25", two),
                deed("b", "2024-12-25", names + " posted an article titled \"The Founder Will Always Live in Our "
                        + "Hearts\".", "posted an article", null, two)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneStatementToldTwiceInItsOwnWordsIsStillOne() {
        Connected c = Connector.connect(List.of(
                deed("a", "2024-05-07", COMMITTEE + " issued a statement on May 6 denouncing the dam project as "
                        + "a crime against the river villages.", "issued a statement", "2024-05-06", SHORT),
                deed("b", "2024-05-09", "In a statement on May 6 the Velmarese National Committee for the Study of "
                        + "the Folk Epics denounced the dam project, a crime against the river villages.",
                        "denounced the dam project", "2024-05-06", SHORT)));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aBodysNameCutShortByTheCoderIsReadWhole() {
        Set<String> words = WrittenNames.in(COMMITTEE + " noted in its statement", List.of("National Committee"));
        assertThat(words).contains("velmarese", "national", "committee", "study", "folk", "epics")
                .doesNotContain("noted", "statement");
    }

    @Test
    void aPersonsNameIsNotLengthenedToThePlaceAfterIt() {
        Set<String> words = WrittenNames.in("Yesterday Ivo Marten of Velmar met farmers in Eastport.",
                List.of("Ivo Marten"));
        assertThat(words).containsExactlyInAnyOrder("ivo", "marten");
    }

    @Test
    void aPersonsNameIsNotLengthenedToTheCapitalsBeforeIt() {
        Set<String> words = WrittenNames.in("Ivo Marten sent a message to Sedmarese President Ola Brand on Monday.",
                List.of("Ola Brand"));
        assertThat(words).containsExactlyInAnyOrder("ola", "brand");
    }

    @Test
    void lowerCaseWordsAfterABodysHeadAreWhatItDid() {
        Set<String> words = WrittenNames.in("On Monday the Eastport Association for the study of songs was praised.",
                List.of("Eastport Association"));
        assertThat(words).containsExactlyInAnyOrder("eastport", "association");
    }

    @Test
    void aWordOfHyphenedPartsOfANameIsAWordOfThatName() {
        Set<String> name = WrittenNames.split(List.of("Norland-Velmar Committee"));
        assertThat(WrittenNames.isNameWord("norland-velmar", name)).isTrue();
        assertThat(WrittenNames.isNameWord("norland-eastport", name)).isFalse();
    }

    @Test
    void aNameInsideALongerWordIsNotLengthened() {
        Set<String> words = WrittenNames.in("Visitors of the Kimchaek Committee for Friendship came.", List.of("Kim"));
        assertThat(words).containsExactly("kim");
    }
}
