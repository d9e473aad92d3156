package org.dateline.store.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.dateline.store.geo.TableLines;

/**
 * How precise a TimeML date value is, so that an export which writes the first day a value covers ("2024-03" as
 * 20240301) also says that the value was a month, not that day. The shapes are read from {@value #RESOURCE}.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY, UNKNOWN;

    static final String RESOURCE = "/org/dateline/store/export/date-precisions.tsv";
    private static final List<Map.Entry<Pattern, DatePrecision>> SHAPES = load();

    /** The precision of a TimeML value; {@link #UNKNOWN} for null or a shape the table does not list. */
    public static DatePrecision of(String timemlValue) {
        if (timemlValue == null) return UNKNOWN;
        String v = timemlValue.strip();
        return SHAPES.stream().filter(s -> s.getKey().matcher(v).matches()).map(Map.Entry::getValue).findFirst().orElse(UNKNOWN);
    }

    /** As written in exports: "day", "month", ... */
    public String spelled() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static List<Map.Entry<Pattern, DatePrecision>> load() {
        List<Map.Entry<Pattern, DatePrecision>> shapes = new ArrayList<>();
        for (String[] f : TableLines.rows(RESOURCE)) {
            shapes.add(Map.entry(Pattern.compile(f[0]), valueOf(f[1].toUpperCase(Locale.ROOT))));
        }
        return List.copyOf(shapes);
    }
}
