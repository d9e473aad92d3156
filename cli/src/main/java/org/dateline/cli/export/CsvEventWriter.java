package org.dateline.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.store.TimeMlDays;

/**
 * One row per story event with GDELT-like column names, so tools and habits built for GDELT event files work:
 * Actor1 is the first actor, Actor2 the first recipient (or, for a meeting with no recipient, the second actor);
 * further participants go to {@code OtherActors}. Dateline's own fields (PLOVER type, status, the TimeML date)
 * follow. Day is the first day the date covers ({@code DateValue} keeps the exact value, e.g. a week).
 */
public final class CsvEventWriter {
    /** The header, in column order. */
    public static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "DateValue", "DateMod",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Sector",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Sector", "OtherActors",
            "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "PloverType", "PloverMode", "Status", "Topic",
            "ActionGeo_FullName", "NumMentions", "NumSources", "NumArticles", "Confidence", "ThreadID",
            "SOURCEURL", "SourceURLs");
    /** Separates several values in one cell (actor names, URLs). */
    public static final String LIST_SEPARATOR = "; ";

    private final CSVFormat format;
    private final SourceArticles articles;

    private CsvEventWriter(CSVFormat format, SourceArticles articles) {
        this.format = format.builder().setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").build();
        this.articles = articles;
    }

    public static CsvEventWriter csv(SourceArticles articles) {
        return new CsvEventWriter(CSVFormat.RFC4180, articles);
    }

    public static CsvEventWriter tsv(SourceArticles articles) {
        return new CsvEventWriter(CSVFormat.TDF, articles);
    }

    public void write(List<StoryEvent> events, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, format);
        for (StoryEvent se : events) printer.printRecord(row(se));
        printer.flush();
    }

    private List<Object> row(StoryEvent se) {
        Event e = se.event();
        List<Participant> all = new ArrayList<>(e.actors());
        all.addAll(e.recipients());
        Participant a1 = e.actors().isEmpty() ? null : e.actors().get(0);
        Participant a2 = !e.recipients().isEmpty() ? e.recipients().get(0) : e.actors().size() > 1 ? e.actors().get(1) : null;
        List<String> others = all.stream().filter(p -> p != a1 && p != a2).map(Participant::name).filter(Objects::nonNull).toList();
        String day = TimeMlDays.of(e.date(), Spelled.of(e.dateMod())).map(r -> r.first().replace("-", "")).orElse(null);
        String cameo = e.cameo();
        Set<String> urls = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (Mention m : se.mentions()) {
            urls.add(articles.locator(m.article()));
            agencies.add(articles.find(m.article()).map(a -> a.agency() != null ? a.agency() : a.source()).orElse(m.article()));
        }
        long numArticles = se.mentions().stream().map(Mention::article).distinct().count();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(se.id());
        row.add(day);
        row.add(day == null ? null : day.substring(0, 6));
        row.add(day == null ? null : day.substring(0, 4));
        row.add(e.date());
        row.add(Spelled.of(e.dateMod()));
        addActor(row, a1);
        addActor(row, a2);
        row.add(String.join(LIST_SEPARATOR, others));
        row.add(cameo);
        row.add(cameo == null || cameo.length() < 3 ? cameo : cameo.substring(0, 3));
        row.add(cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2));
        row.add(e.type() == null ? null : e.type().quad());
        row.add(Spelled.of(e.type()));
        row.add(e.mode());
        row.add(Spelled.of(e.status()));
        row.add(e.topic());
        row.add(e.place());
        row.add(se.mentions().size());
        row.add(agencies.size());
        row.add(numArticles);
        row.add(e.confidence());
        row.add(se.thread());
        row.add(urls.isEmpty() ? null : urls.iterator().next());
        row.add(urls.stream().collect(Collectors.joining(LIST_SEPARATOR)));
        return row;
    }

    /** Code (country + sector, as GDELT's "KORGOV"), name, country, sector. */
    private static void addActor(List<Object> row, Participant p) {
        if (p == null) {
            row.add(null);
            row.add(null);
            row.add(null);
            row.add(null);
            return;
        }
        String code = (p.country() == null ? "" : p.country()) + (p.sector() == null ? "" : p.sector());
        row.add(code.isEmpty() ? null : code);
        row.add(p.name());
        row.add(p.country());
        row.add(p.sector());
    }
}
