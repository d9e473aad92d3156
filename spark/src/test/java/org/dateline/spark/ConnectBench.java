package org.dateline.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.core.connect.Connector;
import org.dateline.model.Annotated;
import org.dateline.model.Connected;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-article stage on real news: N KCNA stories from ../shared, Spark's per-block result against core's
 * Connector over the whole list; prints block figures, timings and how many story events and links agree. Runs only
 * when asked: {@code mvn -pl spark -am test -Dtest=ConnectBench -Ddateline.bench=true [-Ddateline.bench.stories=300]}.
 */
@EnabledIfSystemProperty(named = "dateline.bench", matches = "true")
class ConnectBench {
    @TempDir Path dir;

    @Test
    void kcnaStories() throws IOException {
        Path kcna = Path.of(System.getProperty("dateline.shared", "../../shared"), "corpus", "kcna",
                "kcna_2011_2012_en.jsonl.gz");
        Assumptions.assumeTrue(Files.isRegularFile(kcna), "../shared/corpus/kcna is absent");
        int n = Integer.getInteger("dateline.bench.stories", 300);
        Path input = dir.resolve("kcna.jsonl");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(kcna)),
                StandardCharsets.UTF_8))) {
            for (String l; lines.size() < n && (l = r.readLine()) != null; ) lines.add(l);
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("dateline-connect-bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            String docs = dir.resolve("docs").toString();
            new DatelineJob(CrossArticleStage.NONE).run(spark, new JobOptions(List.of(input.toString()), docs, 0, false));
            Map<String, Dataset<Row>> perDocument = new LinkedHashMap<>();
            for (String t : Tables.ALL.keySet()) perDocument.put(t, spark.read().parquet(docs + "/" + t));

            long t0 = System.nanoTime();
            String out = dir.resolve("connected").toString();
            Map<String, Dataset<Row>> tables = new ConnectStage().connect(spark, perDocument);
            for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) t.getValue().write().parquet(out + "/" + t.getKey());
            double sparkSecs = (System.nanoTime() - t0) / 1e9;

            List<Annotated> all = ConnectStageTest.distinct(Embedded.run(List.of(input.toString())).annotated());
            t0 = System.nanoTime();
            Connected embedded = Connector.connect(ConnectStage.inInputOrder(all));
            double embeddedSecs = (System.nanoTime() - t0) / 1e9;

            List<Row> sizes = spark.read().parquet(out + "/" + ConnectTables.BLOCKS)
                    .groupBy("block").count().orderBy(org.apache.spark.sql.functions.desc("count")).collectAsList();
            System.out.printf("articles %d, blocks %d, largest %s, single-article blocks %d%n", all.size(), sizes.size(),
                    sizes.stream().limit(5).map(r -> String.valueOf(r.getLong(1))).toList(),
                    sizes.stream().filter(r -> r.getLong(1) == 1).count());
            System.out.printf("connect: spark local[2] %.1f s (keys, blocks, Connector per block, 11 tables written), "
                    + "embedded Connector %.2f s%n", sparkSecs, embeddedSecs);
            report("story events", ConnectStageTest.sparkEvents(spark, out).values(),
                    ConnectStageTest.embeddedEvents(embedded).values());
            report("links", ConnectStageTest.sparkLinks(spark, out), ConnectStageTest.embeddedLinks(embedded));
            System.out.printf("revisions: spark %d, embedded %d, equal %b%n",
                    ConnectStageTest.sparkRevisions(spark, out).size(), embedded.revisionOf().size(),
                    ConnectStageTest.sparkRevisions(spark, out).equals(new java.util.TreeMap<>(embedded.revisionOf())));
            System.out.printf("threads: spark %d, embedded %d, same article sets %d%n",
                    ConnectStageTest.sparkThreads(spark, out).size(), embedded.threads().size(),
                    common(ConnectStageTest.sparkThreads(spark, out).stream().map(Object::toString).toList(),
                            embedded.threads().stream().map(t -> ConnectStageTest.sorted(t.articles()).toString()).toList()));
        } finally {
            spark.stop();
        }
    }

    private static void report(String what, java.util.Collection<String> viaSpark, java.util.Collection<String> embedded) {
        System.out.printf("%s: spark %d, embedded %d, equal %d%n", what, viaSpark.size(), embedded.size(),
                common(viaSpark, embedded));
    }

    private static long common(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> x = new HashSet<>(a);
        x.retainAll(new HashSet<>(b));
        return x.size();
    }
}
