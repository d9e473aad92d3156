package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What a document does is dated by the day the document was issued when the text gives that day, not by the day a
 * later story retells it; on sentences written for this test (published Wednesday 10 May 2023).
 */
class DocumentDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }


    @Test void whatTheStatementAccusesIsDatedByTheDayTheStatementWasMadePublic() {
        List<Event> es = code("The Mine Workers Union of Bolivia made public a statement on May 5 on the new mining code.\n\n"
                + "The statement accused the Chilean government of blocking the exports.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-05");
    }

    @Test void itUrgingAfterAStatementIssuedOnSundayTakesThatSunday() {
        List<Event> es = code("The Nepalese foreign ministry issued a statement on Sunday on the border incident.\n\n"
                + "It urged the Indian authorities to withdraw their troops from the disputed area.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-07");
    }

    @Test void anEditorialDatedOnItsIssuerDatesWhatItPraises() {
        List<Event> es = code("The Zambian newspaper Daily Mail on May 2 carried an editorial on the railway.\n\n"
                + "It praised the Angolan government for its help.");
        assertThat(DatedEvents.byType(es, "SUPPORT").date()).isEqualTo("2023-05-02");
    }

    @Test void aDateOnTheSubjectOfTheFirstOfTwoVerbsDatesTheSecond() {
        List<Event> es = code("The Cuban newspaper Granma on May 2 carried an article and praised the Venezuelan president "
                + "for his courage.");
        assertThat(DatedEvents.byType(es, "SUPPORT").date()).isEqualTo("2023-05-02");
    }

    /** A guard: a statement the text gives no day keeps the article's day as a bound, as before. */
    @Test void aStatementWithoutADayLeavesItsAccusationOnTheArticleDay() {
        List<Event> es = code("The Ghanaian labour ministry issued a statement on the strike.\n\n"
                + "The statement accused the Togolese police of beating the workers.");
        Event e = DatedEvents.byType(es, "ACCUSE");
        assertThat(e.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_BEFORE");
    }

    /** A guard: a later statement without a day is not dated by an earlier one's. */
    @Test void aLaterStatementWithoutADayDoesNotTakeTheEarlierStatementsDay() {
        List<Event> es = code("The Nepalese foreign ministry issued a statement on Sunday on the border incident.\n\n"
                + "The Kenyan foreign ministry issued a statement on the drought.\n\n"
                + "The statement accused the Ugandan government of hoarding grain.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-05-10");
    }
}
