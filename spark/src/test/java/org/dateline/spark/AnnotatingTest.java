package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A document that cannot be read or annotated becomes one error row, never an exception out of the task. */
class AnnotatingTest {

    @Test
    void unreadableDocumentBecomesAReadErrorRow() {
        ReadItem binary = new ReadItem("crawl.warc.gz#record-9", null, null, "AUTO", new byte[] {0, 1, 2, 0, 0, 3},
                null, null, null, null);
        assertOnlyError(Annotating.annotate(binary), "crawl.warc.gz#record-9", "read", "binary");
    }

    @Test
    void sourceErrorPassesThroughAsAReadErrorRow() {
        assertOnlyError(Annotating.annotate(ReadItem.failed("d.jsonl:4", "not JSON: x")), "d.jsonl:4", "read",
                "not JSON");
    }

    @Test
    void failureInsideThePipelineBecomesAnAnnotateErrorRow() {
        ReadItem broken = new ReadItem("a.html", null, null, "NO_SUCH_FORMAT", new byte[] {65}, null, null, null,
                null);
        assertOnlyError(Annotating.annotate(broken), "a.html", "annotate", "IllegalArgumentException");
    }

    private static void assertOnlyError(Outcome o, String source, String stage, String reasonPart) {
        List<Row> errors = o.rows(Tables.ERRORS);
        assertThat(errors).hasSize(1);
        assertThat((String) errors.get(0).getAs(0)).isEqualTo(source);
        assertThat((String) errors.get(0).getAs(1)).isEqualTo(stage);
        assertThat((String) errors.get(0).getAs(2)).contains(reasonPart);
        assertThat(o.rows(Tables.ARTICLES)).isEmpty();
    }
}
