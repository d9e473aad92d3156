package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.coalesce;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of articles linked by shared keys, by min-label propagation: every article starts with its
 * own id as label; each round, a key takes the least label of its articles and each article the least label of its
 * keys. Two shuffles per round, no pair of articles ever formed, and a key shared by a million articles costs one
 * aggregation, not a million squared comparisons. It stops when no label changes (the labels are then exactly the
 * components) or after {@code maxRounds}, which it logs: labels are then a finer split than the components.
 */
final class Blocks {
    private static final Logger LOG = LoggerFactory.getLogger(Blocks.class);

    private Blocks() {}

    /** The result: (article_id, block) for every article of {@code articleIds}, and how it went. */
    record Result(Dataset<Row> labels, int rounds, boolean converged) {}

    /**
     * @param articleIds one column {@code article_id}
     * @param keys       (article_id, key) rows
     */
    static Result components(Dataset<Row> articleIds, Dataset<Row> keys, int maxRounds) {
        Dataset<Row> pairs = keys.select("article_id", "key").distinct().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> labels = articleIds.select(col("article_id"), col("article_id").as("block")).distinct()
                .localCheckpoint();
        int round = 0;
        boolean converged = false;
        while (round < maxRounds) {
            round++;
            Dataset<Row> keyLabel = pairs.join(labels, "article_id").groupBy("key").agg(min("block").as("kb"));
            Dataset<Row> offered = pairs.join(keyLabel, "key").groupBy("article_id").agg(min("kb").as("offer"));
            Dataset<Row> next = labels.join(offered, labels.col("article_id").equalTo(offered.col("article_id")), "left")
                    .select(labels.col("article_id"), least(labels.col("block"), coalesce(offered.col("offer"),
                            labels.col("block"))).as("block"), labels.col("block").as("was"))
                    .localCheckpoint();
            long changed = next.filter(col("block").notEqual(col("was"))).count();
            labels = next.select("article_id", "block").localCheckpoint();
            if (changed == 0) {
                converged = true;
                break;
            }
        }
        pairs.unpersist(false);
        if (!converged) {
            LOG.warn("blocks did not converge in {} rounds: some blocks are split, the cross-article result may "
                    + "differ from the embedded one", maxRounds);
        }
        return new Result(labels, round, converged);
    }
}
