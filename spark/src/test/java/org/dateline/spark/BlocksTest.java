package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Connected components over shared keys: chains are followed to the end, unrelated articles stay apart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlocksTest {
    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("dateline-blocks-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) spark.stop();
    }

    // e-k1-a-k2-c-k3-b-k4-d: a chain whose least id sits in the middle; f-k5-g; h alone, i without keys.
    private final List<String[]> keys = List.of(new String[] {"e", "k1"}, new String[] {"a", "k1"},
            new String[] {"a", "k2"}, new String[] {"c", "k2"}, new String[] {"c", "k3"}, new String[] {"b", "k3"},
            new String[] {"b", "k4"}, new String[] {"d", "k4"}, new String[] {"f", "k5"}, new String[] {"g", "k5"},
            new String[] {"h", "k6"});

    @Test
    void followsChainsToTheEndAndKeepsUnrelatedArticlesApart() {
        Blocks.Result r = Blocks.components(ids("a", "b", "c", "d", "e", "f", "g", "h", "i"), pairs(), 50);

        assertThat(r.converged()).isTrue();
        Map<String, List<String>> blocks = byBlock(r.labels());
        assertThat(blocks.values()).containsExactlyInAnyOrder(List.of("a", "b", "c", "d", "e"), List.of("f", "g"),
                List.of("h"), List.of("i"));
        assertThat(blocks).containsKey("a").containsKey("f");
    }

    @Test
    void saysSoWhenItStopsBeforeTheComponentsAreComplete() {
        Blocks.Result r = Blocks.components(ids("a", "b", "c", "d", "e", "f", "g", "h", "i"), pairs(), 1);

        assertThat(r.converged()).isFalse();
        assertThat(byBlock(r.labels())).hasSizeGreaterThan(4);
    }

    private Dataset<Row> ids(String... ids) {
        List<Row> rows = java.util.Arrays.stream(ids).map(i -> RowFactory.create(i)).toList();
        return spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("article_id", DataTypes.StringType, false))));
    }

    private Dataset<Row> pairs() {
        List<Row> rows = keys.stream().map(k -> RowFactory.create(k[0], k[1])).toList();
        return spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("article_id", DataTypes.StringType, false),
                DataTypes.createStructField("key", DataTypes.StringType, false))));
    }

    private static Map<String, List<String>> byBlock(Dataset<Row> labels) {
        return labels.collectAsList().stream().collect(Collectors.groupingBy(r -> (String) r.getAs("block"),
                Collectors.collectingAndThen(Collectors.mapping(r -> (String) r.getAs("article_id"),
                        Collectors.toList()), l -> l.stream().sorted().toList())));
    }
}
