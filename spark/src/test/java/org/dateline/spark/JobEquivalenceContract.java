package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.model.Annotated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job must give exactly what the embedded pipeline gives on the same input: same articles (every field,
 * date candidates included), same entities, time expressions, quotes and events, in the same order per article,
 * and the same documents reported as errors. One SparkSession per class; subclasses pick the master.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobEquivalenceContract {
    private SparkSession spark;
    @TempDir Path dir;

    abstract String master();

    SparkSession spark() {
        return spark;
    }

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master(master()).appName("dateline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void projectExamplesGiveTheSameAnnotationsAsTheEmbeddedPipeline() {
        String examples = Path.of("..", "examples").toAbsolutePath().normalize() + "/*.txt";
        List<String> specs = List.of(examples);
        String out = dir.resolve("examples-out").toString();

        Map<String, Long> counts = new DatelineJob().run(spark, new JobOptions(specs, out, 0, false));
        RunResult viaSpark = ParquetBack.read(spark, out);
        RunResult embedded = Embedded.cached(specs);

        assertThat(embedded.annotated()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(counts.get(Tables.ARTICLES)).isEqualTo(embedded.annotated().size());
        assertThat(embedded.annotated().stream().mapToInt(a -> a.entities().size()).sum()).isPositive();
        assertSame(viaSpark, embedded);
    }

    @Test
    void warcAndJsonlWithBadInputGiveTheSameAnnotationsAndErrorRows() throws IOException {
        Path warc = TestPages.writeWarc(dir);
        Path jsonl = TestPages.writeJsonl(dir);
        String missing = dir.resolve("no-such-dump.jsonl").toString();
        List<String> specs = List.of(warc.toString(), jsonl.toString(), missing);
        String out = dir.resolve("warc-out").toString();

        new DatelineJob().run(spark, new JobOptions(specs, out, 3, false));
        RunResult viaSpark = ParquetBack.read(spark, out);
        RunResult embedded = Embedded.run(specs);

        assertThat(embedded.annotated()).extracting(a -> a.article().url()).contains(
                TestPages.PAGES[0][0], TestPages.PAGES[1][0], TestPages.PAGES[2][0]);
        assertSame(viaSpark, embedded);
        assertThat(viaSpark.errorSources()).containsExactlyInAnyOrder(jsonl + ":2", missing);
        List<Row> errors = spark.read().parquet(out + "/" + Tables.ERRORS).collectAsList();
        assertThat(errors).allSatisfy(r -> assertThat((String) r.getAs("reason")).isNotBlank());
        assertThat(errors).extracting(r -> (String) r.getAs("stage")).containsExactlyInAnyOrder("read", "input");
        assertOffsetsPointAtTheirText(out);
    }

    /** The README's provenance query: every entity's offsets cut its own text out of its article body. */
    private void assertOffsetsPointAtTheirText(String out) {
        spark.read().parquet(out + "/" + Tables.ARTICLES).createOrReplaceTempView("articles");
        spark.read().parquet(out + "/" + Tables.ENTITIES).createOrReplaceTempView("entities");
        Row r = spark.sql("SELECT count(*) AS n, count_if(substring(a.body, e.start_offset + 1, "
                + "e.end_offset - e.start_offset) <> e.text) AS wrong "
                + "FROM entities e JOIN articles a USING (article_id)").first();
        assertThat((long) r.getAs("n")).isPositive();
        assertThat((long) r.getAs("wrong")).isZero();
    }

    private static void assertSame(RunResult viaSpark, RunResult embedded) {
        assertThat(viaSpark.errorSources()).isEqualTo(embedded.errorSources());
        assertThat(viaSpark.annotated()).extracting(Annotated::article)
                .containsExactlyElementsOf(embedded.annotated().stream().map(Annotated::article).toList());
        assertThat(viaSpark.annotated()).extracting(Annotated::entities)
                .containsExactlyElementsOf(embedded.annotated().stream().map(Annotated::entities).toList());
        assertThat(viaSpark.annotated()).extracting(Annotated::events)
                .containsExactlyElementsOf(embedded.annotated().stream().map(Annotated::events).toList());
        // Whatever is left (time expressions, quotes): whole records equal.
        assertThat(viaSpark.annotated()).containsExactlyElementsOf(embedded.annotated());
    }
}
