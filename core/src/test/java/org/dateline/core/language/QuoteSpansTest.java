package org.dateline.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteSpansTest {
    private static List<String> quoted(String body) {
        return QuoteSpans.find(body).stream().map(s -> body.substring(s[0], s[1])).toList();
    }

    @Test
    void straightAndCurlyMarks() {
        assertThat(quoted("She said \"we will go\" and later “we went”.")).containsExactly("we will go", "we went");
    }

    @Test
    void singleQuotesInsideStayInsideOneQuote() {
        assertThat(quoted("\"They called it 'a good step', and it was,\" he said."))
                .containsExactly("They called it 'a good step', and it was,");
        assertThat(quoted("A rise to 'vigilance' from 'attention'.")).isEmpty();
    }

    @Test
    void aQuoteRunsOverParagraphsWhenTheNextOneReopens() {
        String body = "\"The first part goes on.\n\n\"And ends here,\" the mayor said.\n\nNo quote here.";
        assertThat(quoted(body)).containsExactly("The first part goes on.\n\n\"And ends here,");
    }

    @Test
    void anUnclosedQuoteStopsAtItsParagraph() {
        assertThat(quoted("\"Never closed\n\nNext paragraph.")).containsExactly("Never closed");
    }
}
