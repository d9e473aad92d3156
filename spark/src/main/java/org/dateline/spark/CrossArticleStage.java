package org.dateline.spark;

import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The seam where the cross-article stage (core's {@code connect} package: near-duplicates, one event in many
 * articles, plans followed by outcomes, story threads, actor profiles) plugs into the job. It receives the
 * per-document tables the job has just produced (by {@link Tables} name) and returns the tables it derives, which
 * the job writes beside them as Parquet ({@code mentions}, {@code links}, {@code threads}, ...).
 *
 * <p>{@link ConnectStage} is the implementation: keyed blocks, core's Connector per block. Each keyed group is
 * small, so a group's rows are turned back into core records and handed to core's code unchanged; that keeps the
 * embedded and the Spark results equal, as they are for the per-document tables.
 */
public interface CrossArticleStage {

    /** Tables derived across articles, by table name; the per-document tables are given by {@link Tables} name. */
    Map<String, Dataset<Row>> connect(SparkSession spark, Map<String, Dataset<Row>> perDocument);

    /** Derives nothing: the job writes only the per-document tables. */
    CrossArticleStage NONE = (spark, perDocument) -> Map.of();
}
