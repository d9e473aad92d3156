package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.store.TimeMlDays;
import org.dateline.store.geo.Gazetteer;
import org.dateline.store.geo.GeoPlace;

/**
 * One row per story event with GDELT-like column names, so tools and habits built for GDELT event files work:
 * <ul>
 *   <li>Dates: Day and DayLast are the first and last day the TimeML date covers; DatePrecision says what the value
 *       was (day, week, month, ...), so a month-only "2024-03" is written Day 20240301, DayLast 20240331,
 *       DatePrecision month, and DateValue keeps "2024-03" itself.</li>
 *   <li>Actors: Actor1 is the first actor, Actor2 the first recipient (or, for a meeting with no recipient, the
 *       second actor), each with code (country + sector, as GDELT's "KORGOV"), name, country and sector; further
 *       participants go to OtherActors.</li>
 *   <li>Codes: CAMEO code, base and root; QuadClass and GoldsteinScale from {@link CameoScales}.</li>
 *   <li>Place: the ActionGeo columns of {@link ActionGeoColumns}, resolved offline by {@link Gazetteer}, preferring
 *       towns in the country of the first report's dateline.</li>
 *   <li>Counts and source: NumMentions (reports), NumSources (distinct agencies or sources), NumArticles, the
 *       Sentence of the first report, SOURCEURL (first report) and every report's URL.</li>
 * </ul>
 * Dateline's own fields (PLOVER type and mode, status, topic, confidence, thread) sit among them.
 */
public final class CsvEventWriter {
    /** The header, in column order. */
    public static final List<String> COLUMNS = Stream.of(
            List.of("GlobalEventID", "Day", "DayLast", "DatePrecision", "MonthYear", "Year", "DateValue", "DateMod",
                    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Sector",
                    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Sector", "OtherActors",
                    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "PloverType", "PloverMode", "Status", "Topic"),
            ActionGeoColumns.COLUMNS,
            List.of("NumMentions", "NumSources", "NumArticles", "Confidence", "ThreadID", "Sentence", "SOURCEURL", "SourceURLs"))
            .flatMap(List::stream).toList();
    /** Separates several values in one cell (actor names, URLs). */
    public static final String LIST_SEPARATOR = "; ";

    private final CSVFormat format;
    private final SourceArticles articles;
    private final CameoScales scales = CameoScales.standard();
    private final Gazetteer gazetteer;

    private CsvEventWriter(CSVFormat format, SourceArticles articles, Gazetteer gazetteer) {
        this.format = format.builder().setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").build();
        this.articles = articles;
        this.gazetteer = gazetteer;
    }

    public static CsvEventWriter csv(SourceArticles articles) {
        return new CsvEventWriter(CSVFormat.RFC4180, articles, Gazetteer.standard());
    }

    public static CsvEventWriter tsv(SourceArticles articles) {
        return new CsvEventWriter(CSVFormat.TDF, articles, Gazetteer.standard());
    }

    public void write(List<StoryEvent> events, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, format);
        for (StoryEvent se : events) printer.printRecord(row(se));
        printer.flush();
    }

    private List<Object> row(StoryEvent se) {
        Event e = se.event();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(se.id());
        addDate(row, e);
        addActors(row, e);
        String cameo = e.cameo();
        row.add(cameo);
        row.add(cameo == null || cameo.length() < 3 ? cameo : cameo.substring(0, 3));
        row.add(cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2));
        row.add(boxed(scales.quadClass(e.type(), cameo)));
        row.add(boxed(scales.goldstein(cameo)));
        row.add(Spelled.of(e.type()));
        row.add(e.mode());
        row.add(Spelled.of(e.status()));
        row.add(e.topic());
        GeoPlace geo = place(se);
        row.addAll(ActionGeoColumns.cells(geo, geo == null ? null : gazetteer.countryName(geo.country())));
        addSources(row, se);
        return row;
    }

    private void addDate(List<Object> row, Event e) {
        Optional<TimeMlDays.Range> days = TimeMlDays.of(e.date(), Spelled.of(e.dateMod()));
        String first = days.map(r -> r.first().replace("-", "")).orElse(null);
        row.add(first);
        row.add(days.map(r -> r.last().replace("-", "")).orElse(null));
        row.add(DatePrecision.of(e.date()).spelled());
        row.add(first == null ? null : first.substring(0, 6));
        row.add(first == null ? null : first.substring(0, 4));
        row.add(e.date());
        row.add(Spelled.of(e.dateMod()));
    }

    private static void addActors(List<Object> row, Event e) {
        List<Participant> all = new ArrayList<>(e.actors());
        all.addAll(e.recipients());
        Participant a1 = e.actors().isEmpty() ? null : e.actors().get(0);
        Participant a2 = !e.recipients().isEmpty() ? e.recipients().get(0) : e.actors().size() > 1 ? e.actors().get(1) : null;
        addActor(row, a1);
        addActor(row, a2);
        row.add(all.stream().filter(p -> p != a1 && p != a2).map(Participant::name).filter(Objects::nonNull)
                .collect(Collectors.joining(LIST_SEPARATOR)));
    }

    /** Code (country + sector, as GDELT's "KORGOV"), name, country, sector. */
    private static void addActor(List<Object> row, Participant p) {
        if (p == null) {
            row.addAll(Arrays.asList(new Object[4]));
            return;
        }
        String code = (p.country() == null ? "" : p.country()) + (p.sector() == null ? "" : p.sector());
        row.add(code.isEmpty() ? null : code);
        row.add(p.name());
        row.add(p.country());
        row.add(p.sector());
    }

    private void addSources(List<Object> row, StoryEvent se) {
        Set<String> urls = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (Mention m : se.mentions()) {
            urls.add(articles.locator(m.article()));
            agencies.add(articles.find(m.article()).map(a -> a.agency() != null ? a.agency() : a.source()).orElse(m.article()));
        }
        row.add(se.mentions().size());
        row.add(agencies.size());
        row.add(se.mentions().stream().map(Mention::article).distinct().count());
        row.add(se.event().confidence());
        row.add(se.thread());
        row.add(se.mentions().stream().map(Mention::sentence).filter(Objects::nonNull).findFirst().orElse(null));
        row.add(urls.isEmpty() ? null : urls.iterator().next());
        row.add(String.join(LIST_SEPARATOR, urls));
    }

    /** The event's place, preferring towns in the country of the first report's dateline; null with no place. */
    private GeoPlace place(StoryEvent se) {
        if (se.event().place() == null) return null;
        String datelineCountry = se.mentions().stream().findFirst().flatMap(m -> articles.find(m.article()))
                .map(Article::datelinePlace).map(gazetteer::countryOf).orElse(null);
        return gazetteer.resolve(se.event().place(), datelineCountry);
    }

    private static Object boxed(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private static Object boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
