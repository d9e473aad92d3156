package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * An undated report whose own sentence names a day tells of that day: the statement of another branch "on July 20",
 * the credentials presented "on September 27", are other occasions than the dated statement or gift of the story
 * they share an actor and words with (invented reports).
 */
class DaysASentenceNamesTest {
    private static final List<Participant> LEAGUE = List.of(p("Velmar Friendship League", "VLM"));
    private static final List<Participant> LEADER = List.of(p("Tomas Varga", "VLM"));

    /** A report the text dates: its day is a time expression over the phrase. */
    private static Annotated dated(Article a, String day, String phrase) {
        return annotated(a, List.of(), event(a, "e1", EventType.SUPPORT, LEAGUE, LEADER, day, null,
                EventStatus.OCCURRED, phrase));
    }

    /**
     * A report the events stage left on its publication day (a bound on it), while the sentence names the days
     * given as pairs of words and values.
     */
    private static Annotated undated(Article a, String phrase, String... named) {
        String published = a.publicationDate();
        Event e = event(a, "e1", EventType.SUPPORT, LEAGUE, LEADER, published, null, EventStatus.OCCURRED, phrase)
                .toBuilder().dateMod(DateModifier.ON_OR_BEFORE).build();
        List<TimeExpression> timexes = new ArrayList<>();
        for (int i = 0; i < named.length; i += 2) {
            int at = a.body().indexOf(named[i]);
            timexes.add(new TimeExpression(named[i], "DATE", named[i + 1], null, at, at + named[i].length()));
        }
        return new Annotated(a, List.of(), timexes, List.of(), List.of(e));
    }

    /**
     * The branch's statement the events stage left undated, naming the day written in its sentence, beside the dated
     * statement of the Sudmark branch on July 26.
     */
    private static Connected beside26July(String branch, String written, String value) {
        Article a = article("a", "2024-07-28", "Statement", "The " + branch + " branch of the Velmar Friendship League "
                + "said in a statement on " + written + ": Tomas Varga's election as chairman is a great success.");
        Article b = article("b", "2024-08-05", "Statement", "The Sudmark branch of the Velmar Friendship League issued "
                + "a statement on July 26 to congratulate Tomas Varga on his election as chairman of the league.");
        return Connector.connect(List.of(
                undated(a, "Tomas Varga's election as chairman is a great success", written, value),
                dated(b, "2024-07-26", "issued a statement on July 26 to congratulate Tomas Varga")));
    }

    @Test
    void statementsOfTwoBranchesOnTwoNamedDaysAreTwoStatements() {
        assertThat(beside26July("Norland", "July 20", "2024-07-20").events()).hasSize(2);
    }

    @Test
    void anUndatedReportNamingTheStorysOwnDayJoinsIt() {
        assertThat(beside26July("Sudmark", "July 26", "2024-07-26").events()).hasSize(1);
    }

    @Test
    void aDayOfTheSentenceBeforeInOneParagraphIsAnotherClausesDay() {
        Article a = article("a", "2024-07-20", "Statement", "The Sudmark branch of the Velmar Friendship League on "
                + "Saturday issued a statement to congratulate Tomas Varga on his election as chairman of the league.");
        // two sentences run into one paragraph, as agency copy often is: the banquet's day is not the statement's
        Article b = article("b", "2024-07-28", "Banquet", "A banquet was given on the anniversary of the league "
                + "(July 25). , The Sudmark branch of the Velmar Friendship League issued a statement to congratulate "
                + "Tomas Varga on his election as chairman of the league.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-07-20", "issued a statement to congratulate Tomas Varga"),
                undated(b, "issued a statement to congratulate Tomas Varga", "July 25", "2024-07-25")));
        assertThat(c.events()).hasSize(1);
        // and so when the coder's span opens on the punctuation that joins them
        Connected joined = Connector.connect(List.of(
                dated(a, "2024-07-20", "issued a statement to congratulate Tomas Varga"),
                undated(b, ". , The Sudmark branch of the Velmar Friendship League issued a statement", "July 25",
                        "2024-07-25")));
        assertThat(joined.events()).hasSize(1);
    }

    @Test
    void theDayAnAgencyFilesItsNewsSaysNothingOfWhenTheNewsWasMade() {
        Article a = article("a", "2024-07-20", "Statement", "The Sudmark branch of the Velmar Friendship League on "
                + "Saturday issued a statement to congratulate Tomas Varga on his election as chairman of the league.");
        Article b = article("b", "2024-07-24", "Paper", "The league paper on Wednesday recalls that the Sudmark branch "
                + "of the Velmar Friendship League issued a statement to congratulate Tomas Varga on his election.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-07-20", "issued a statement to congratulate Tomas Varga"),
                undated(b, "issued a statement to congratulate Tomas Varga", "Wednesday", "2024-07-24")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aDayAfterAnAbbreviatedMonthStaysInItsSentence() {
        assertThat(StatedDays.sentenceStart("He left. She gave a lecture on Sept. 21 on her visit.", 38))
                .isEqualTo(9);
        assertThat(StatedDays.sentenceEnd("She gave a lecture on Sept. 21 on her visit. He left.", 22))
                .isEqualTo(44);
    }
}
