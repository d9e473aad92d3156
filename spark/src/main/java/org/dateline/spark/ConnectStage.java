package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dateline.core.connect.Connector;
import org.dateline.model.Annotated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import scala.Tuple2;

/**
 * The cross-article stage on Spark: core's {@link Connector}, unchanged, run once per block of articles that can
 * interact, never over all pairs and never on the driver.
 * <pre>
 * per-document tables --ArticleBundles--> one row per article (entities, time expressions, events nested)
 *   --BlockKeys--> (article, key): participant x month, person x month, LSH band of the MinHash signature
 *   --Blocks--> connected components by min-label propagation (a few rounds of joins)
 *   --groupByKey(block)--> Connector.addAll + snapshot per block --ConnectTables--> rows, unioned
 * </pre>
 * Blocks are the components of "shares a key", and every key is shared by the articles a Connector decision can
 * join (see {@link BlockKeys}), so a block holds everything its events could be merged or linked with. Actors are
 * seen in many blocks; their rows are merged by name at the end.
 */
public final class ConnectStage implements CrossArticleStage {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectStage.class);
    private static final StructType KEYS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("key", DataTypes.StringType, false)));

    private final int maxRounds;

    public ConnectStage() { this(50); }

    public ConnectStage(int maxRounds) { this.maxRounds = maxRounds; }

    @Override
    public Map<String, Dataset<Row>> connect(SparkSession spark, Map<String, Dataset<Row>> perDocument) {
        Dataset<Row> bundles = ArticleBundles.of(perDocument).persist(StorageLevel.MEMORY_AND_DISK());
        int[] years = years(bundles);
        int firstYear = years[0], lastYear = years[1];
        JavaRDD<Row> keyRows = bundles.javaRDD().flatMap(r -> keysOf(r, firstYear, lastYear).iterator());
        Blocks.Result blocks = Blocks.components(bundles.select("article_id"),
                spark.createDataFrame(keyRows, KEYS), maxRounds);
        LOG.info("cross-article blocks: {} rounds, converged {}", blocks.rounds(), blocks.converged());
        int partitions = Math.max(1, spark.sparkContext().defaultParallelism());
        JavaRDD<Outcome> outcomes = bundles.join(blocks.labels(), "article_id").javaRDD()
                .mapToPair(r -> new Tuple2<>((String) r.getAs("block"), r))
                .groupByKey(partitions)
                .map(b -> connectBlock(b._1(), b._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        for (Map.Entry<String, StructType> t : ConnectTables.ALL.entrySet()) {
            String name = t.getKey();
            out.put(name, spark.createDataFrame(outcomes.flatMap(o -> o.rows(name).iterator()), t.getValue()));
        }
        // An actor seen in several blocks has a profile in each: one row per name, counts summed, roles spanned.
        out.put(ConnectTables.ACTORS, out.get(ConnectTables.ACTORS).groupBy("name").agg(min("type").as("type"),
                min("country").as("country"), min("sector").as("sector"), sum("events").cast("int").as("events")));
        out.put(ConnectTables.ACTOR_ALIASES, out.get(ConnectTables.ACTOR_ALIASES).groupBy("name", "alias")
                .agg(min("position").as("position")));
        out.put(ConnectTables.ACTOR_ROLES, out.get(ConnectTables.ACTOR_ROLES)
                .groupBy(col("name"), lower(col("role")).as("k"))
                .agg(min("role").as("role"), min("first_seen").as("first_seen"), max("last_seen").as("last_seen"),
                        min("position").as("position"))
                .select("name", "role", "first_seen", "last_seen", "position"));
        return out;
    }

    /** First and last year of the dated articles (two numbers to the driver), or {1, 0} when none is dated. */
    private static int[] years(Dataset<Row> bundles) {
        Row r = bundles.filter(col("publication_date").rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
                .select(min(col("publication_date").substr(1, 4).cast("int")).as("a"),
                        max(col("publication_date").substr(1, 4).cast("int")).as("b"))
                .first();
        return r.isNullAt(0) ? new int[] {1, 0} : new int[] {r.getInt(0), r.getInt(1)};
    }

    private static List<Row> keysOf(Row bundle, int firstYear, int lastYear) {
        String id = bundle.getAs("article_id");
        try {
            List<Row> out = new ArrayList<>();
            for (String k : BlockKeys.of(ArticleBundles.annotated(bundle), firstYear, lastYear)) out.add(RowFactory.create(id, k));
            return out;
        } catch (RuntimeException e) {
            LOG.warn("no block keys for {}: {}", id, e.toString());
            return List.of(); // a block of its own: the Connector will skip or keep it alone, as embedded
        }
    }

    /** Core's Connector over one block, articles in the order the store would hand them over. */
    static Outcome connectBlock(String block, Iterable<Row> bundles) {
        List<Annotated> articles = new ArrayList<>();
        for (Row r : bundles) {
            try {
                articles.add(ArticleBundles.annotated(r));
            } catch (RuntimeException e) {
                LOG.warn("article {} not connected: {}", (Object) r.getAs("article_id"), e.toString());
            }
        }
        articles.sort(INPUT_ORDER);
        Connector connector = new Connector();
        connector.addAll(articles);
        for (String problem : connector.problems()) LOG.warn("connect: {}", problem);
        List<Row> members = new ArrayList<>();
        for (Annotated a : articles) members.add(RowFactory.create(a.article().id(), block, articles.size()));
        return ConnectTables.rows(connector.snapshot(), members);
    }

    /**
     * The store's order (oldest first, undated last), then source and id where the store goes by ingest order:
     * the Connector sorts by day and revision itself and keeps this order only among equals.
     */
    static final Comparator<Annotated> INPUT_ORDER = Comparator
            .comparing((Annotated a) -> a.article().publicationDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().source(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().id());

    /** The article list sorted as the stage hands a block to the Connector: for comparisons with embedded runs. */
    public static List<Annotated> inInputOrder(List<Annotated> articles) {
        List<Annotated> out = new ArrayList<>(articles);
        out.sort(INPUT_ORDER);
        return out;
    }

}
