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
 * One society posts a leader's work on its homepage and, the same day, an article on his country: the same poster,
 * day and words of posting, and two postings, told apart by the kind of work posted ({@link PostedWorks}). One article
 * told twice, once as a write-up, is one posting (invented reports).
 */
class PostingsOfTwoKindsOfWorkTest {
    private static final List<Participant> SOCIETY = List.of(p("Ruritanian Society for the Study of Harmony", "RUR"));

    private static Annotated posted(String id, String published, String body, String phrase) {
        Article a = article(id, published, "Posted", body);
        Event e = event(a, "e1", EventType.SUPPORT, SOCIETY, List.of(), "2024-05-06", null, EventStatus.OCCURRED, phrase)
                .toBuilder().trigger("posted").build();
        return annotated(a, List.of(), e);
    }

    @Test
    void aLeadersWorkAndAnArticlePostedTheSameDayAreTwoPostings() {
        Connected c = Connector.connect(List.of(
                posted("a", "2024-05-09", "The Ruritanian Society for the Study of Harmony on May 6 posted on its "
                        + "homepage the famous work \"On Harmony in the Valleys\" of the leader of Velmar.",
                        "The Ruritanian Society for the Study of Harmony on May 6 posted"),
                posted("b", "2024-05-10", "The Ruritanian Society for the Study of Harmony on May 6 posted on its "
                        + "homepage an article with a photo of the leader of Velmar visiting the valleys.",
                        "The Ruritanian Society for the Study of Harmony on May 6 posted")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void oneArticleToldAsAWriteUpIsOnePosting() {
        Connected c = Connector.connect(List.of(
                posted("a", "2024-05-09", "The Ruritanian Society for the Study of Harmony on May 6 posted on its "
                        + "homepage an article praising the harvest of the valleys of Velmar.",
                        "The Ruritanian Society for the Study of Harmony on May 6 posted"),
                posted("b", "2024-05-10", "The Ruritanian Society for the Study of Harmony on May 6 posted on its "
                        + "homepage a write-up praising the harvest of the valleys of Velmar.",
                        "The Ruritanian Society for the Study of Harmony on May 6 posted")));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void aSentenceOfNoPostingNamesNoKindOfWork() {
        assertThat(PostedWorks.kindsIn("The minister praised the work of the valley farmers.")).isEmpty();
        assertThat(PostedWorks.kindsIn("The paper carried an article on the harvest.")).containsOnly("article");
        assertThat(PostedWorks.kindsIn("The society posted his reminiscences and a poem.")).containsOnly("reminiscences", "poem");
    }
}
