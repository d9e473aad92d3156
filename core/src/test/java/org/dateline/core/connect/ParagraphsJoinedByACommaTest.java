package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Some pages join their paragraphs with a comma ("on Tuesday.,  The hall was"), so a light splitter reads two
 * sentences as one. What a report says happened is the sentence that tells its deed: the next paragraph's words say
 * nothing of it, and two reports of one deed must not drift apart because each runs on into other news (invented
 * reports; a deed of one actor alone needs the words of {@link StoryFit#LONE_SIMILARITY}).
 */
class ParagraphsJoinedByACommaTest {
    private static final String DAY = "2024-09-03";

    private static Connected twoReports(String first, String second) {
        Article a = article("a", "2024-09-04", "Festival", first);
        Article b = article("b", "2024-09-05", "Festival", second);
        return Connector.connect(List.of(
                annotated(a, List.of(person("Tomas Orrin", "RUR", "premier")), event(a, "e1", EventType.SUPPORT,
                        List.of(p("Tomas Orrin", "RUR")), List.of(), DAY, null, EventStatus.OCCURRED, "celebrated")),
                annotated(b, List.of(person("Tomas Orrin", "RUR", "premier")), event(b, "e1", EventType.SUPPORT,
                        List.of(p("Tomas Orrin", "RUR")), List.of(), DAY, null, EventStatus.OCCURRED, "celebrated"))));
    }

    @Test
    void oneDeedToldInTwoArticlesWhoseNextParagraphsDifferIsOneHappening() {
        Connected c = twoReports(
                "Tomas Orrin celebrated the harvest festival with the vintners of Lake Morva on Tuesday.,  "
                        + "The hall of the cooperative was decorated with banners, portraits, ribbons and lanterns "
                        + "brought by pupils of the district schools and their teachers, and the guests admired "
                        + "tapestries woven by the weavers of the northern valleys from flax, wool and silk.",
                "Tomas Orrin celebrated the harvest festival among the vintners of Lake Morva on Tuesday.,  "
                        + "Orchestras of the railway workers, miners and fishermen performed symphonies, marches, "
                        + "ballads and dances in the square of the capital until midnight, while fireworks lit "
                        + "the bridges, towers and domes along the embankment of the broad river.");
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }
}
