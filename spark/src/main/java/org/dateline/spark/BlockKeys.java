package org.dateline.spark;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.connect.ConnectKeys;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * The keys that put articles which may interact in the cross-article stage into one block. Two articles sharing a
 * key end up in the same block (connected components, {@link Blocks}); each key is chosen so that it is shared by
 * every pair of articles a decision of core's Connector can join:
 * <ul>
 *   <li>{@code p|name|yyyymm}: an event participant (core's name key) and each month its event may fall in. Story
 *       events merge only with equal participants and overlapping days (EventMerger's family|status|participants|
 *       month buckets), plans link only to outcomes that include every plan participant and overlap its days
 *       (PlanOutcomeLinker): both pairs share a participant and a month. The months cover the stated date and the
 *       window the Connector gives an undated report (60 days back, 90 ahead). A person's first and last name are
 *       keys too, since the knowledge base may resolve "Lee" to "Lee Do-hoon".</li>
 *   <li>{@code t|name|yyyymm}: a person named in full and the months within ThreadBuilder's 21 days of the article,
 *       since a thread decides short-name resolution and the merging of undated reports.</li>
 *   <li>{@code d|band|rows}: one key per LSH band of core's MinHash signature, exactly the buckets NearDuplicates
 *       compares within.</li>
 * </ul>
 * A yearless article ("XXXX-03-09") gets the keys of that day in every year of the corpus, since its thread will
 * give it one of them; an article with no day at all gets {@code undated} month keys.
 */
final class BlockKeys {
    private BlockKeys() {}

    static final int PAST_DAYS = 60;
    static final int FUTURE_DAYS = 90;
    static final int THREAD_DAYS = 21;
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2}).*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");
    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("XXXX-(\\d{2}).*");

    /**
     * The keys of one article.
     *
     * @param firstYear first year of the corpus's publication days, to place yearless articles
     * @param lastYear  last year of them
     */
    static List<String> of(Annotated a, int firstYear, int lastYear) {
        Set<String> keys = new LinkedHashSet<>();
        List<LocalDate> days = days(a, firstYear, lastYear);
        if (days.isEmpty()) keys.addAll(dayKeys(a, null));
        for (LocalDate day : days) keys.addAll(dayKeys(a, day));
        for (String band : ConnectKeys.nearDuplicateBands(a.article().body())) keys.add("d|" + band);
        return new ArrayList<>(keys);
    }

    /**
     * The days an article can be placed on: its publication day; for a yearless one ("XXXX-03-09") that day in every
     * year of the corpus and the years beside, since its thread will give it one of them.
     */
    static List<LocalDate> days(Annotated a, int firstYear, int lastYear) {
        LocalDate day = a.article().publicationDay().orElse(null);
        if (day != null) return List.of(day);
        String stated = a.article().publicationDate();
        List<LocalDate> out = new ArrayList<>();
        Matcher m = YEARLESS_DAY.matcher(stated == null ? "" : stated);
        if (!m.matches() || firstYear > lastYear) return out;
        try {
            MonthDay md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            for (int y = firstYear - 1; y <= lastYear + 1; y++) if (md.isValidYear(y)) out.add(md.atYear(y));
        } catch (RuntimeException e) {
            return out; // "XXXX-02-30": no thread can date it either
        }
        return out;
    }

    /** Participant and person keys as if the article was published on {@code day} (null: unknown). */
    private static Set<String> dayKeys(Annotated a, LocalDate day) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> persons = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            String name = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
            persons.add(ConnectKeys.nameKey(name));
            persons.add(ConnectKeys.nameKey(e.text()));
            if (name.strip().contains(" ")) {
                for (String m : months(day, THREAD_DAYS, THREAD_DAYS)) keys.add("t|" + ConnectKeys.nameKey(name) + "|" + m);
            }
        }
        for (Event ev : a.events()) {
            Set<String> months = new LinkedHashSet<>(months(day, PAST_DAYS, FUTURE_DAYS));
            months.addAll(statedMonths(ev.date(), day));
            for (String name : names(ev, persons)) for (String m : months) keys.add("p|" + name + "|" + m);
        }
        return keys;
    }

    /** Participant keys of an event; a person's name also by its first and last word. */
    private static Set<String> names(Event ev, Set<String> persons) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Participant> ps : List.of(ev.actors(), ev.recipients())) {
            for (Participant p : ps) {
                if (p == null || p.name() == null || p.name().isBlank()) continue;
                String k = ConnectKeys.nameKey(p.name());
                out.add(k);
                String[] parts = p.name().strip().split("\\s+");
                if (persons.contains(k) || parts.length == 1) {
                    out.add(ConnectKeys.nameKey(parts[0]));
                    out.add(ConnectKeys.nameKey(parts[parts.length - 1]));
                }
            }
        }
        out.remove("");
        return out;
    }

    /** Months from {@code before} days before the day to {@code after} days after it, or "undated". */
    static List<String> months(LocalDate day, int before, int after) {
        if (day == null) return List.of("undated");
        List<String> out = new ArrayList<>();
        YearMonth last = YearMonth.from(day.plusDays(after));
        for (YearMonth m = YearMonth.from(day.minusDays(before)); !m.isAfter(last); m = m.plusMonths(1)) out.add(key(m));
        return out;
    }

    /**
     * Months a stated TimeML date may cover, generously: its month and the two beside it (weeks and "late" spill
     * over), or its whole year and the months beside it (seasons, quarters, weeks); a yearless month in the
     * years around the article's day, which is how the Connector completes it.
     */
    static List<String> statedMonths(String value, LocalDate day) {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        Matcher m;
        try {
            if ((m = YEAR_MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                for (int d = -1; d <= 1; d++) out.add(key(ym.plusMonths(d)));
            } else if ((m = YEAR.matcher(value)).matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 1).minusMonths(1);
                for (int d = 0; d < 14; d++) out.add(key(first.plusMonths(d)));
            } else if ((m = YEARLESS_MONTH.matcher(value)).matches() && day != null) {
                int month = Integer.parseInt(m.group(1));
                for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
                    YearMonth ym = YearMonth.of(y, month);
                    for (int d = -1; d <= 1; d++) out.add(key(ym.plusMonths(d)));
                }
            }
        } catch (RuntimeException e) {
            return out; // "2019-13", a month nobody can place: the Connector cannot date it either
        }
        return out;
    }

    private static String key(YearMonth m) {
        return String.format("%04d%02d", m.getYear(), m.getMonthValue());
    }
}
