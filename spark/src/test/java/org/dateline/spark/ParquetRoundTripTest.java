package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.dateline.model.EveryField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the job's rows hold comes back equal from Parquet, for records with every field set by {@link EveryField}
 * (by reflection, so a field added to a record later fails here until the tables keep it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParquetRoundTripTest {
    private SparkSession spark;
    @TempDir Path dir;

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master("local[1]").appName("dateline-round-trip-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "1")
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void annotatedArticlesWithEveryFieldSetComeBackEqualFromThePerDocumentTables() {
        List<Annotated> articles = new EveryField(1).list(Annotated.class, 3);
        assertThat(articles).allSatisfy(a -> assertThat(EveryField.unset(a)).isEmpty());
        String out = dir.resolve("documents").toString();

        write(out, Tables.ALL, articles.stream().map(Rows::of).toList());

        assertThat(ParquetBack.read(spark, out).annotated()).containsExactlyInAnyOrderElementsOf(articles);
    }

    @Test
    void aConnectedRecordWithEveryFieldSetComesBackEqualFromTheCrossArticleTables() {
        Connected connected = new EveryField(2).connected();
        assertThat(EveryField.unset(connected)).isEmpty();
        String out = dir.resolve("connected").toString();

        write(out, ConnectTables.ALL, List.of(ConnectTables.rows(connected, List.of())));

        Connected back = ConnectParquetBack.read(spark, out);
        assertThat(back.events()).containsExactlyInAnyOrderElementsOf(connected.events());
        assertThat(back.threads()).containsExactlyInAnyOrderElementsOf(connected.threads());
        assertThat(back.actors()).containsExactlyInAnyOrderElementsOf(connected.actors());
        assertThat(back.revisionOf()).isEqualTo(connected.revisionOf());
        assertThat(back.inferredDates()).isEqualTo(connected.inferredDates());
    }

    /** Each table's rows of every outcome, written as the job writes them: one Parquet folder per table. */
    private void write(String out, Map<String, StructType> tables, List<Outcome> outcomes) {
        Map<String, List<Row>> rows = new HashMap<>();
        for (Outcome o : outcomes) {
            for (String t : tables.keySet()) rows.computeIfAbsent(t, k -> new ArrayList<>()).addAll(o.rows(t));
        }
        tables.forEach((name, schema) ->
                spark.createDataFrame(rows.get(name), schema).write().parquet(out + "/" + name));
    }
}
