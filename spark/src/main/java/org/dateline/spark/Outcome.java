package org.dateline.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;

/**
 * The rows one input item gave, table by table ({@link Tables}): an annotated article's rows, or one error row.
 * Why one value per document rather than one RDD per table: the expensive pipeline runs once, the result is cached,
 * and each table is a cheap projection of it.
 */
record Outcome(Map<String, List<Row>> rows) implements Serializable {
    Outcome {
        rows = Map.copyOf(rows);
    }

    List<Row> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }
}
