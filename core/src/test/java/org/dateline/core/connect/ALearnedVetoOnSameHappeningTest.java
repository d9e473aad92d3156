package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merger's learned stage ({@link SameHappening}) weighs the features the rules compute ({@link PairFeatures}) and
 * may refuse what the rules merge, never merge what they refuse (invented reports).
 */
class ALearnedVetoOnSameHappeningTest {
    private static final List<Entity> NAMES = List.of(person("Tarn Velo", "NOR", "president"),
            person("Ama Kesi", "PER", "president"), state("Peru", "PER"));

    private static Annotated talks(String id, String day, String date, String body) {
        Article a = article(id, day, "News", body);
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Tarn Velo", "NOR")), List.of(p("Ama Kesi", "PER")), date,
                null, EventStatus.OCCURRED, "held talks").toBuilder().trigger("held").build();
        return annotated(a, NAMES, e);
    }

    private static List<Annotated> twoReportsOfOneDaysTalks() {
        return List.of(talks("a", "2024-05-20", "2024-05-20", "Tarn Velo held talks with Ama Kesi on Monday in the capital."),
                talks("b", "2024-05-21", "2024-05-20", "Tarn Velo held talks with Ama Kesi on Monday on the fishing accord."));
    }

    @Test
    void twoReportsOfOneDaysTalksAreDatedAlikeAndOfOneKind() {
        Connector c = new Connector();
        c.addAll(twoReportsOfOneDaysTalks());
        assertThat(c.mergeFeatures("a#e1", "b#e1")).contains("date:same-day", "apart:0-1", "kind:meeting", "by-parties");
        assertThat(c.mergeFeatures("a#e1", "missing#e1")).isNull();
    }

    @Test
    void withTheModelOffTheRulesAloneMergeTheTalks() {
        assertThat(connectedWith("off").apply(twoReportsOfOneDaysTalks())).isTrue();
    }

    @Test
    void theShippedModelKeepsTalksOfOneDayBetweenTheSameTwoLeaders() {
        assertThat(connectedWith("").apply(twoReportsOfOneDaysTalks())).isTrue();
    }

    @Test
    void aModelThatJudgesTheTalksTwoHappeningsKeepsThemApart(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("veto.tsv");
        Files.write(model, List.of("# a model that refuses talks of one day", "bias\t2", "threshold\t0.5", "kind:meeting\t-5"));
        assertThat(connectedWith(model.toString()).apply(twoReportsOfOneDaysTalks())).isFalse();
    }

    /** Whether the two reports are merged when connected with that model setting ({@code dateline.merge-model}). */
    private static java.util.function.Function<List<Annotated>, Boolean> connectedWith(String setting) {
        return reports -> {
            String before = System.getProperty("dateline.merge-model");
            if (setting.isEmpty()) System.clearProperty("dateline.merge-model");
            else System.setProperty("dateline.merge-model", setting);
            try {
                Connected c = Connector.connect(reports);
                return storyOf(c, "a", "e1").equals(storyOf(c, "b", "e1"));
            } finally {
                if (before == null) System.clearProperty("dateline.merge-model");
                else System.setProperty("dateline.merge-model", before);
            }
        };
    }
}
