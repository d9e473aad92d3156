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
 * <p>TODO(connect): implement once core/connect has landed. It must stay keyed, never all pairs:
 * <ul>
 *   <li>near-duplicates: MinHash the shingled body per article ({@code map}), emit one row per LSH band
 *       {@code (band, bucket hash) -> article_id}, {@code groupBy} the band key, and run core's pairwise comparison
 *       only inside a bucket; pairs become the {@code duplicates}/{@code mentions} rows;</li>
 *   <li>event merging: key each event by its (sorted) actor/recipient pair plus ISO week of its date, from
 *       {@link Tables#EVENTS} joined to {@link Tables#EVENT_PARTICIPANTS}; events of adjacent weeks are caught by
 *       also emitting the key of the neighbouring week; {@code groupByKey} and run core's merger per group;</li>
 *   <li>threads: plans to outcomes and follow-ups, keyed the same way, after merging.</li>
 * </ul>
 * Each keyed group is small, so a group's rows may be turned back into core records and handed to core's code
 * unchanged; that keeps the embedded and the Spark results equal, as they are for the per-document tables.
 */
public interface CrossArticleStage {

    /** Tables derived across articles, by table name; the per-document tables are given by {@link Tables} name. */
    Map<String, Dataset<Row>> connect(SparkSession spark, Map<String, Dataset<Row>> perDocument);

    /** Until core/connect lands: derives nothing, so the job writes only the per-document tables. */
    CrossArticleStage NONE = (spark, perDocument) -> Map.of();
}
