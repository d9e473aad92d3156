package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Clock times: "3 p.m.", "10:35 a.m. EDT Thursday", "noon Saturday", "around midnight". */
final class ClockRules {
    private static final String DAY_TAIL = "(?:,?\\s+(?:on\\s+)?(?:(?<wd>{WEEKDAY})|(?<dw>today|yesterday|tomorrow)"
            + "|(?<mo>{MONTH})\\s+(?<d>{DAY})))?";

    private ClockRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("clock", Rx.compile("\\b(?:(?<dm>about|around|approximately|roughly)\\s+)?(?<h>[01]?\\d|2[0-3])"
                        + "(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock)(?:\\s+(?<tz>EST|EDT"
                        + "|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|KST|JST|local\\s+time)\\b)?" + DAY_TAIL),
                        ClockRules::clockOk, ClockRules::clock),
                new Rule("clock-24", Rx.compile("\\b(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)\\s*(?<tz>GMT|UTC|KST|JST"
                        + "|local\\s+time|hours)\\b" + DAY_TAIL), null, ClockRules::clock),
                new Rule("noon", Rx.compile("\\b(?:(?<dm>about|around|approximately)\\s+)?(?<nm>noon|midnight|midday)\\b"
                        + DAY_TAIL), null, ClockRules::clock));
    }

    private static boolean clockOk(Match m, String body) {
        String ap = m.lower("ap");
        if (ap.equals("am") || ap.equals("pm")) return !m.group("ap").equals("Am") && !m.group("ap").equals("Pm");
        return true;
    }

    private static Resolution clock(Match m, ResolveContext c) {
        String time;
        if (m.has("nm")) {
            time = m.lower("nm").equals("midnight") ? "24:00" : "12:00";
        } else {
            int h = Integer.parseInt(m.group("h"));
            String ap = m.lower("ap");
            if (ap != null && ap.startsWith("p") && h < 12) h += 12;
            if (ap != null && ap.startsWith("a") && h == 12) h = 0;
            if (h > 24) return null;
            time = String.format("%02d:%s", h, m.has("mi") ? m.group("mi") : "00");
        }
        LocalDate day = c.ref();
        Basis basis = Basis.CALENDAR;
        if (m.has("wd")) {
            day = c.weekday(DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)).getValue(), c.tense());
            basis = Basis.WEEKDAY;
        } else if (m.has("dw")) {
            String dw = m.lower("dw");
            day = day.plusDays(dw.equals("yesterday") ? -1 : dw.equals("tomorrow") ? 1 : 0);
        } else if (m.has("mo")) {
            int mo = DateRules.monthNumber(m.group("mo"));
            int d = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
            LocalDate date = ResolveContext.safeDate(c.yearForMonthDay(mo, d, c.tense()), mo, d);
            if (date != null) day = date;
        }
        String mod = m.has("dm") ? "APPROX" : null;
        return new Resolution("TIME", CalendarValues.day(day) + "T" + time, mod, basis);
    }
}
