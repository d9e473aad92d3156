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
 * A newspaper that acts in its own name ("the Harbour Herald on Monday calls for") runs an article: two of its calls
 * of one day on different things are two articles, even when no word names the form, while one call filed twice
 * names its subject twice (invented reports).
 */
class ArticlesOfOnePaperTest {
    private static final List<Participant> PAPER = List.of(new Participant("Harbour Herald", "VLM", "MED"));
    private static final List<Participant> PEOPLE = List.of(p("Velmar", "VLM"));

    private static Annotated dated(Article a, String day, String phrase) {
        return annotated(a, List.of(), event(a, "e1", EventType.REQUEST, PAPER, PEOPLE, day, null,
                EventStatus.OCCURRED, phrase));
    }

    @Test
    void twoCallsOfOnePaperOnOneDayOnDifferentThingsAreTwoArticles() {
        Article a = article("a", "2024-05-06", "Call", "The Harbour Herald on Monday calls on the people of Velmar "
                + "to rebuild the flooded rice terraces before the autumn harvest.");
        Article b = article("b", "2024-05-06", "Call", "The Harbour Herald Monday calls for honouring the veterans "
                + "who built the mountain railway.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-05-06", "calls on the people of Velmar to rebuild"),
                dated(b, "2024-05-06", "calls for honouring the veterans")));
        assertThat(c.events()).hasSize(2);
    }

    @Test
    void oneCallOfAPaperFiledTwiceIsOneArticle() {
        Article a = article("a", "2024-05-06", "Call", "The Harbour Herald on Monday calls on the people of Velmar "
                + "to rebuild the flooded rice terraces before the autumn harvest.");
        Article b = article("b", "2024-05-07", "Call", "The Harbour Herald on Monday called for rebuilding the "
                + "terraces the flood destroyed.");
        Connected c = Connector.connect(List.of(
                dated(a, "2024-05-06", "calls on the people of Velmar to rebuild"),
                dated(b, "2024-05-06", "called for rebuilding")));
        assertThat(c.events()).hasSize(1);
    }

    @Test
    void aPapersDeedIsAStatementWhoseSubjectIsTheRestOfItsSentence() {
        StatementSubjects subjects = new StatementSubjects(new HappeningWords());
        assertThat(subjects.about("The Harbour Herald on Monday calls for rebuilding the terraces.",
                List.of("Harbour Herald"), true)).containsExactlyInAnyOrder("rebuild", "terrace");
    }
}
