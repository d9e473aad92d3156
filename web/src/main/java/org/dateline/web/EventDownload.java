package org.dateline.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.store.TimeMlDays;
import org.dateline.store.export.CsvEventWriter;
import org.dateline.store.export.SourceArticles;
import org.dateline.store.geo.Gazetteer;
import org.dateline.store.geo.GeoPlace;

/**
 * "Download this view": every event the events page's filter selects, in its order, as CSV (one row per event,
 * participants joined with "; "; the place resolved by {@link Gazetteer}, with coordinates for a town only; the
 * first and last day the TimeML date covers, beside the value itself) or as a JSON array of the same summaries the
 * API lists. With {@code format=gdelt}, the full GDELT-like columns of {@code dateline export --format csv}
 * (Goldstein scale, date precision, mention and source counts, ActionGeo).
 */
final class EventDownload {
    static final List<String> COLUMNS = List.of("id", "date", "date_mod", "status", "type", "mode", "cameo", "quad_class",
            "actors", "actor_countries", "actor_sectors", "recipients", "recipient_countries", "recipient_sectors",
            "place", "place_name", "place_country", "place_lat", "place_lon", "first_day", "last_day",
            "mentions", "thread", "article", "headline", "sentence");

    private EventDownload() {}

    static void send(Context ctx, List<StoryEvent> events, SourceArticles articles) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
        List<EventSummary> rows = events.stream().map(EventSummary::of).toList();
        switch (format) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"dateline-events.csv\"").result(csv(rows));
            case "gdelt" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"dateline-events-gdelt.csv\"")
                    .result(gdelt(events, articles));
            case "json" -> ctx.header("Content-Disposition", "attachment; filename=\"dateline-events.json\"").json(rows);
            default -> throw new BadRequestResponse("format must be csv, gdelt or json");
        }
    }

    /** The same GDELT-like columns as {@code dateline export --format csv}, written by the same writer. */
    static String gdelt(List<StoryEvent> events, SourceArticles articles) {
        StringWriter out = new StringWriter();
        try {
            CsvEventWriter.csv(articles).write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String csv(List<EventSummary> rows) {
        StringWriter out = new StringWriter();
        Gazetteer gazetteer = Gazetteer.standard();
        Map<String, GeoPlace> places = new HashMap<>();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (EventSummary e : rows) {
                int quad = Codebook.quadOf(EventType.parse(e.type()));
                GeoPlace place = places.computeIfAbsent(Objects.toString(e.place(), ""), gazetteer::resolve);
                Optional<TimeMlDays.Range> days = TimeMlDays.of(e.date(), e.dateMod());
                p.printRecord(e.id(), e.date(), e.dateMod(), e.status(), e.type(), e.mode(), e.cameo(),
                        quad == 0 ? null : quad, join(e.actors(), Participant::name), join(e.actors(), Participant::country),
                        join(e.actors(), Participant::sector), join(e.recipients(), Participant::name),
                        join(e.recipients(), Participant::country), join(e.recipients(), Participant::sector),
                        e.place(), place.name(), place.country(), place.latitude(), place.longitude(),
                        days.map(TimeMlDays.Range::first).orElse(null), days.map(TimeMlDays.Range::last).orElse(null),
                        e.mentions(), e.thread(), e.article(), e.headline(), e.sentence());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String join(List<Participant> ps, Function<Participant, String> field) {
        return ps.stream().map(field).map(v -> Objects.toString(v, "")).collect(Collectors.joining("; "));
    }
}
