package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a test: the job on {@code local[1]} and {@code local[2]} over the first N KCNA stories of
 * ../shared, against the embedded pipeline on one thread. Runs only when asked:
 * {@code mvn -pl spark -am test -Dtest=ScalingBench -Ddateline.bench=true [-Ddateline.bench.stories=300]}.
 * Models are loaded, and the JIT and each Spark session warmed on 20 other stories, before the clock starts; the
 * report gives this process's CPU time beside wall time, since the machine may be shared. In local mode the executor is this JVM, so both
 * runs share the one pipeline of {@link PipelineHolder}, as the executors of a cluster keep theirs across tasks.
 * The per-document pipeline only: the cross-article stage is measured by {@link ConnectBench}.
 */
@EnabledIfSystemProperty(named = "dateline.bench", matches = "true")
class ScalingBench {
    @TempDir Path dir;

    @Test
    void localOneVersusLocalTwo() throws IOException {
        Path kcna = Path.of(System.getProperty("dateline.shared", "../../shared"), "corpus", "kcna",
                "kcna_2011_2012_en.jsonl.gz");
        Assumptions.assumeTrue(Files.isRegularFile(kcna), "../shared/corpus/kcna is absent");
        int n = Integer.getInteger("dateline.bench.stories", 300);
        Path input = dir.resolve("kcna-" + n + ".jsonl");
        Path warm = dir.resolve("warm.jsonl");
        List<String> lines = firstLines(kcna, n + 20);
        Files.write(input, lines.subList(20, lines.size()), StandardCharsets.UTF_8);
        Files.write(warm, lines.subList(0, 20), StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        long c0 = cpu();
        Embedded.run(List.of(warm.toString()));
        System.out.printf("models + warm-up on 20 stories: %.1f s%n", secs(t0));

        t0 = System.nanoTime();
        c0 = cpu();
        int articles = Embedded.run(List.of(input.toString())).annotated().size();
        double embedded = secs(t0);
        report("embedded, 1 thread", articles, embedded, c0);

        int reps = Integer.getInteger("dateline.bench.reps", 3);
        Map<String, Double> best = new java.util.TreeMap<>();
        for (int rep = 0; rep < reps; rep++) {
            // alternate the order, so a burst of load from elsewhere does not always hit the same master
            List<String> masters = rep % 2 == 0 ? List.of("local[1]", "local[2]") : List.of("local[2]", "local[1]");
            for (String master : masters) {
                double wall = timeJob(master, rep, input, warm, articles);
                best.merge(master, wall, Math::min);
            }
        }
        double one = best.get("local[1]");
        double two = best.get("local[2]");
        System.out.printf("best of %d: local[1] %.1f s (%.2f articles/s), local[2] %.1f s (%.2f articles/s), "
                + "scaling local[2]/local[1] = %.2f%n", reps, one, articles / one, two, articles / two, one / two);
    }

    private double timeJob(String master, int rep, Path input, Path warm, int articles) {
        SparkSession spark = SparkSession.builder().master(master).appName("dateline-bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        String name = master.replaceAll("\\W", "-") + rep;
        try {
            // Spark's own warm-up (class loading, code generation, JIT of the Parquet writer) off the clock
            new DatelineJob(CrossArticleStage.NONE).run(spark, new JobOptions(List.of(warm.toString()),
                    dir.resolve("warm-" + name).toString(), 0, false));
            long t0 = System.nanoTime();
            long c0 = cpu();
            Map<String, Long> counts = new DatelineJob(CrossArticleStage.NONE).run(spark,
                    new JobOptions(List.of(input.toString()), dir.resolve(name).toString(), 0, false));
            double wall = secs(t0);
            assertThat(counts.get(Tables.ARTICLES)).isEqualTo(articles);
            report("spark " + master, articles, wall, c0);
            return wall;
        } finally {
            spark.stop();
        }
    }

    /** Wall time, and this process's CPU time: the machine is shared, so wall time alone says little. */
    private static void report(String what, int articles, double wall, long cpuStart) {
        double cpu = (cpu() - cpuStart) / 1e9;
        System.out.printf("%-20s %4d articles  %6.1f s wall  %5.2f articles/s  "
                + "cpu %6.1f s (%.0f ms/article, %.2f cores busy)  load average %.1f%n",
                what, articles, wall, articles / wall, cpu, 1000 * cpu / articles, cpu / wall,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> firstLines(Path gz, int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) out.add(line);
        }
        return out;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
