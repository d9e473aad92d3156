package org.dateline.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Dateline's per-document pipeline as a Spark job: inputs in, Parquet tables out ({@link Tables}).
 *
 * <pre>
 * driver:    specs --InputFiles--> file paths                     (core's Sources.open: same expansion as the CLI)
 * executors: file --FileReading--> raw documents                 (core's Sources.forFile: WARC, JSONL, HTML, text)
 *            --repartition--> even spread, also for one big file
 *            --Annotating--> rows per table                       (core's Pipeline, models once per executor JVM)
 *            --cache--> one Parquet folder per table, errors included
 *            --CrossArticleStage--> cross-article tables          (ConnectStage: core's Connector per block)
 * </pre>
 *
 * Run with {@code spark-submit --class org.dateline.spark.DatelineJob dateline-spark.jar --out DIR INPUT...}.
 */
public final class DatelineJob {
    private final CrossArticleStage crossArticle;

    /** The job with the cross-article stage ({@link ConnectStage}). */
    public DatelineJob() {
        this(new ConnectStage());
    }

    public DatelineJob(CrossArticleStage crossArticle) {
        this.crossArticle = crossArticle;
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dateline").getOrCreate();
        try {
            Map<String, Long> counts = new DatelineJob().run(spark, options);
            counts.forEach((table, n) -> System.out.println(table + "\t" + n));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job and returns the number of rows written per table. */
    public Map<String, Long> run(SparkSession spark, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        if (!options.overwrite()) refuseExistingTables(jsc, options);
        InputFiles.Listing listing = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
        int parallelism = jsc.defaultParallelism();
        int partitions = options.partitions() > 0 ? options.partitions() : 2 * parallelism;
        int fileSlices = Math.max(1, Math.min(listing.files().size(), 4 * parallelism));

        JavaRDD<Outcome> outcomes = jsc.parallelize(listing.files(), fileSlices)
                .flatMap(new FileReading())
                .repartition(partitions)
                .mapPartitions(new Annotating())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
            for (Map.Entry<String, org.apache.spark.sql.types.StructType> t : Tables.ALL.entrySet()) {
                String name = t.getKey();
                JavaRDD<Row> rows = outcomes.flatMap(o -> o.rows(name).iterator());
                if (name.equals(Tables.ERRORS)) rows = rows.union(jsc.parallelize(listing.errors(), 1));
                tables.put(name, spark.createDataFrame(rows, t.getValue()));
            }
            // Counted from the cached rows, not read back: an output path may hold glob characters ([, {, *).
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
                write(t.getValue(), options, t.getKey());
                counts.put(t.getKey(), t.getValue().count());
            }
            for (Map.Entry<String, Dataset<Row>> t : crossArticle.connect(spark, tables).entrySet()) {
                Dataset<Row> derived = t.getValue().persist(StorageLevel.MEMORY_AND_DISK());
                write(derived, options, t.getKey());
                counts.put(t.getKey(), derived.count());
                derived.unpersist(false);
            }
            return counts;
        } finally {
            outcomes.unpersist(false);
        }
    }

    /** Fails before any work is done, rather than after annotating everything, when a table is already there. */
    private static void refuseExistingTables(JavaSparkContext jsc, JobOptions options) {
        List<String> tables = new ArrayList<>(Tables.ALL.keySet());
        tables.addAll(ConnectTables.ALL.keySet());
        for (String table : tables) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path(options, table));
            try {
                if (p.getFileSystem(jsc.hadoopConfiguration()).exists(p)) {
                    throw new IllegalStateException(p + " already exists: pass --overwrite to replace it");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot check the output folder " + p, e);
            }
        }
    }

    private static void write(Dataset<Row> table, JobOptions options, String name) {
        table.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
                .parquet(path(options, name));
    }

    private static String path(JobOptions options, String table) {
        return options.output().replaceAll("/+$", "") + "/" + table;
    }

    /** The tables the job writes before the cross-article stage, in order. */
    public static List<String> tableNames() {
        return new ArrayList<>(Tables.ALL.keySet());
    }
}
