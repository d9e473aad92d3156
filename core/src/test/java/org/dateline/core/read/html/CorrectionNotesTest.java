package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * An editor's correction is a note on the story, not its news: its sentences are the claims the story no longer
 * makes. It goes from the text wherever it stands; a story about corrections, or a line that names a prison service,
 * stays. On invented pages.
 */
class CorrectionNotesTest {
    private static final String[] STORY = {
        "The harbour board approved a plan on Tuesday to dredge the northern channel, ending a dispute with the "
            + "fishing cooperative that had lasted for most of the year and delayed two cargo contracts.",
        "Work is due to begin in the spring, the board said, once the cooperative's boats have moved to the "
            + "southern moorings, where the council has promised new pontoons and a second fuel dock.",
        "The cooperative's chair said her members would watch the dredging closely, as silt stirred up in the "
            + "last works had smothered the mussel beds along the breakwater for two whole seasons.",
    };

    @Test
    void aCorrectionUnderItsLabelGoesFromTheEndOfTheStory() throws Exception {
        String body = articleBody(paragraphs(STORY) + "<h3>Correction, March 4, 2024:</h3>"
                + "<p>An earlier version of this article misstated the length of the northern channel. It is four "
                + "kilometres long, not fourteen.</p>");
        assertThat(body.split("\n\n")).containsExactly(STORY);
    }

    @Test
    void aClarificationWithItsTimeGoesFromTheTopOfTheStory() throws Exception {
        String body = articleBody("<p>Clarification, 2 March 2024, 9:15 a.m.: This story has been updated to make "
                + "clear that the cooperative, not the board, asked for the southern moorings.</p>" + paragraphs(STORY));
        assertThat(body.split("\n\n")).containsExactly(STORY);
    }

    @Test
    void aPreviousVersionNoteGoesUnderABareCorrectionsHeading() throws Exception {
        String body = articleBody(paragraphs(STORY) + "<h4>Corrections</h4>"
                + "<p>A previous version of this story said the board voted unanimously. Two members abstained.</p>");
        assertThat(body).doesNotContain("A previous version").doesNotContain("abstained");
    }

    @Test
    void anEditorsNoteThatTheStoryWasCorrectedGoes() throws Exception {
        String body = articleBody(paragraphs(STORY)
                + "<p>Editor's note: This article has been corrected to give the right date of the board's vote.</p>");
        assertThat(body.split("\n\n")).containsExactly(STORY);
    }

    @Test
    void anUpdateThatAddsNewsStays() throws Exception {
        String update = "Update, March 6: The cooperative said on Wednesday it would challenge the plan in court.";
        String body = articleBody(paragraphs(STORY) + "<p>" + update + "</p>");
        assertThat(body).contains(update);
    }

    @Test
    void aStoryAboutCorrectionsKeepsItsOwnSentences() throws Exception {
        String told = "A previous version of the harbour plan, drawn up in 2019, would have closed the channel to "
                + "fishing boats for three years.";
        String prisons = "Corrections";
        String body = articleBody(paragraphs(STORY[0], told, STORY[1])
                + "<p>The county spends most on:</p><ul><li>Schools</li>"
                + "<li>" + prisons + "</li><li>Roads</li></ul>" + paragraphs(STORY[2]));
        assertThat(body).contains(told).contains("Schools").contains("\n" + prisons);
    }
}
