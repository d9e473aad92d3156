package org.dateline.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, one folder each under the output folder. Why flat: every row stands alone
 * with its {@code article_id} and body offsets, so Spark SQL, DuckDB or pandas can join and filter without
 * unnesting, and a fact can always be traced back to {@code substring(body, start_offset + 1, ...)} of its article.
 * Column names avoid SQL keywords ({@code start}, {@code end}) so no query has to quote them.
 */
public final class Tables {
    private Tables() {}

    public static final String ARTICLES = "articles";
    public static final String DATE_CANDIDATES = "date_candidates";
    public static final String ENTITIES = "entities";
    public static final String TIMEXES = "timexes";
    public static final String QUOTES = "quotes";
    public static final String EVENTS = "events";
    public static final String EVENT_PARTICIPANTS = "event_participants";
    public static final String ERRORS = "errors";

    public static final StructType ARTICLES_SCHEMA = schema(
            "article_id", StringType, false, "source", StringType, true, "url", StringType, true,
            "headline", StringType, true, "byline", StringType, true, "agency", StringType, true,
            "dateline_place", StringType, true, "dateline_text", StringType, true,
            "publication_date", StringType, true, "year_inferred", BooleanType, false,
            "contact", StringType, true, "revision", StringType, true, "language", StringType, false,
            "body", StringType, false, "content_hash", StringType, true);

    public static final StructType DATE_CANDIDATES_SCHEMA = schema(
            "article_id", StringType, false, "position", IntegerType, false, "value", StringType, true,
            "origin", StringType, true, "text", StringType, true);

    public static final StructType ENTITIES_SCHEMA = schema(
            "article_id", StringType, false, "position", IntegerType, false, "text", StringType, true,
            "type", StringType, true, "start_offset", IntegerType, false, "end_offset", IntegerType, false,
            "canonical", StringType, true, "country", StringType, true, "sector", StringType, true,
            "role", StringType, true, "sentence", IntegerType, false);

    public static final StructType TIMEXES_SCHEMA = schema(
            "article_id", StringType, false, "position", IntegerType, false, "text", StringType, true,
            "type", StringType, true, "value", StringType, true, "mod", StringType, true,
            "start_offset", IntegerType, false, "end_offset", IntegerType, false);

    public static final StructType QUOTES_SCHEMA = schema(
            "article_id", StringType, false, "position", IntegerType, false, "text", StringType, true,
            "speaker", StringType, true, "start_offset", IntegerType, false, "end_offset", IntegerType, false,
            "kind", StringType, true);

    public static final StructType EVENTS_SCHEMA = schema(
            "article_id", StringType, false, "position", IntegerType, false, "event_id", StringType, true,
            "type", StringType, true, "mode", StringType, true, "cameo", StringType, true,
            "date", StringType, true, "date_mod", StringType, true, "place", StringType, true,
            "status", StringType, true, "topic", StringType, true,
            "start_offset", IntegerType, false, "end_offset", IntegerType, false, "confidence", DoubleType, false,
            "outcome", StringType, true, "trigger", StringType, true, "sentence", IntegerType, false,
            "origin", StringType, false);

    /**
     * Actors and recipients of the events, one row each: {@code role} is "actor" or "recipient", or "reported_by" for
     * who told of an event reported in speech (at most one).
     */
    public static final StructType EVENT_PARTICIPANTS_SCHEMA = schema(
            "article_id", StringType, false, "event_position", IntegerType, false, "role", StringType, false,
            "position", IntegerType, false, "name", StringType, true, "country", StringType, true,
            "sector", StringType, true);

    /** What could not be read or annotated: {@code stage} is "input", "read" or "annotate". */
    public static final StructType ERRORS_SCHEMA = schema(
            "source", StringType, false, "stage", StringType, false, "reason", StringType, true);

    /** Every table by name, in the order the job writes them. */
    public static final Map<String, StructType> ALL = all();

    private static Map<String, StructType> all() {
        Map<String, StructType> m = new LinkedHashMap<>();
        m.put(ARTICLES, ARTICLES_SCHEMA);
        m.put(DATE_CANDIDATES, DATE_CANDIDATES_SCHEMA);
        m.put(ENTITIES, ENTITIES_SCHEMA);
        m.put(TIMEXES, TIMEXES_SCHEMA);
        m.put(QUOTES, QUOTES_SCHEMA);
        m.put(EVENTS, EVENTS_SCHEMA);
        m.put(EVENT_PARTICIPANTS, EVENT_PARTICIPANTS_SCHEMA);
        m.put(ERRORS, ERRORS_SCHEMA);
        return Collections.unmodifiableMap(m);
    }

    /** Builds a schema from (name, type, nullable) triples. */
    private static StructType schema(Object... triples) {
        StructField[] fields = new StructField[triples.length / 3];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) triples[3 * i], (DataType) triples[3 * i + 1],
                    (Boolean) triples[3 * i + 2]);
        }
        return DataTypes.createStructType(List.of(fields));
    }
}
