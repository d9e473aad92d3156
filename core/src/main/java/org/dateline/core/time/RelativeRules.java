package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Expressions that only mean something from the anchor: "yesterday", "last week", "late this month",
 * "on Thursday", "earlier in the year", "this fall".
 */
final class RelativeRules {
    private static final String PRE = "(?:(?<pm>earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
            + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|end\\s+of|by\\s+the\\s+end\\s+of)[\\s-]+)?";
    private static final Set<String> FALL_SEASON_PREPOSITIONS = TimeWords.get("fall-season-prepositions");

    private RelativeRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule("deictic-day", Rx.compile("\\b(?:(?<pm>early|late|earlier|later)\\s+)?(?<dw>today|yesterday"
                        + "|tomorrow|tonight)\\b(?:\\s+(?<pod>{POD}))?"), RelativeRules::deicticOk,
                        RelativeRules::deicticDay),
                new Rule("day-around", Rx.compile("\\b(?:the\\s+)?day\\s+(?<dd>before\\s+yesterday|after\\s+tomorrow)\\b"),
                        null, (m, c) -> Resolution.date(CalendarValues.day(c.ref().plusDays(
                                m.lower("dd").startsWith("before") ? -2 : 2)), Basis.CALENDAR)),
                new Rule("night", Rx.compile("\\b(?:(?<ln>last\\s+night|overnight)|this\\s+(?<pod>morning|afternoon"
                        + "|evening))\\b"), null, RelativeRules::thisPartOfDay),
                new Rule("relative-unit", Rx.compile("\\b" + PRE + "(?<rel>this|last|next|the\\s+past|the\\s+previous"
                        + "|the\\s+current|the\\s+coming|the\\s+following|that|the\\s+same|the\\s+last|the\\s+next"
                        + "|this\\s+past|this\\s+coming|the\\s+latest|the\\s+most\\s+recent)\\s+(?<u>week|weekend"
                        + "|month|year|quarter|decade|century|fiscal\\s+year)\\b"), null, RelativeRules::relativeUnit),
                new Rule("in-the-unit", Rx.compile("\\b(?<pm>earlier|later|early|late)\\s+in\\s+the\\s+(?<u>week|month"
                        + "|year|decade)\\b"), null, RelativeRules::relativeUnit),
                new Rule("end-of-unit", Rx.compile("\\b(?:the\\s+)?(?<pm>end|close|beginning|start|middle)\\s+of\\s+the"
                        + "\\s+(?<u>week|month|year|quarter)\\b|\\b(?<ye>year[\\s-]end|year's\\s+end)\\b"),
                        null, RelativeRules::endOfUnit),
                new Rule("the-quarter", Rx.compile("\\b(?<rel>the|the\\s+latest|the\\s+most\\s+recent|the\\s+fiscal"
                        + "|the\\s+latest\\s+fiscal)\\s+(?<u>quarter)\\b(?!\\s+of\\s+(?:a|the|an)\\b)"),
                        null, RelativeRules::relativeUnit),
                new Rule("the-weekend", Rx.compile("\\b(?<rel>the)\\s+(?<u>weekend)\\b"), null,
                        RelativeRules::relativeUnit),
                new Rule("weekday", Rx.compile("\\b(?:(?<pm>early|late|earlier|later)\\s+)?(?:(?<rel>last|this|next"
                        + "|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|the\\s+next|coming|past)\\s+)?"
                        + "(?<wd>{WEEKDAY})(?:\\s+(?<pod>{POD}))?"),
                        (m, b) -> DateRules.capitalised(m.group("wd")), RelativeRules::weekday),
                new Rule("season", Rx.compile("\\b(?:(?<rel>last|this|next|this\\s+past|this\\s+coming|the\\s+coming"
                        + "|the\\s+past|the|early|late|mid)[\\s-]+)?(?:(?<pm>early|late|mid)[\\s-]+)?(?<s>{SEASON})"
                        + "(?:,?\\s+(?:of\\s+)?(?<y>{YEAR}))?"), RelativeRules::seasonOk, RelativeRules::season));
    }

    /** "in today's world" is the present in general, not the anchor's day. */
    private static boolean deicticOk(Match m, String body) {
        if (!body.startsWith("'s", m.end())) return true;
        String prev = DateRules.previousWord(body, m.start());
        return prev == null || !(prev.equals("in") || prev.equals("of") || prev.equals("for"));
    }

    private static Resolution deicticDay(Match m, ResolveContext c) {
        String dw = m.lower("dw");
        int offset = switch (dw) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String day = CalendarValues.day(c.ref().plusDays(offset));
        String pod = dw.equals("tonight") ? "NI" : m.has("pod") ? Lexicon.get().partsOfDay.get(m.lower("pod")) : null;
        Resolution r = pod == null ? Resolution.date(day, Basis.CALENDAR)
                : new Resolution("TIME", day + "T" + pod, null, Basis.CALENDAR);
        return DateRules.part(r, m);
    }

    private static Resolution thisPartOfDay(Match m, ResolveContext c) {
        if (m.has("ln")) {
            return new Resolution("TIME", CalendarValues.day(c.ref().minusDays(1)) + "TNI", null, Basis.CALENDAR);
        }
        String pod = Lexicon.get().partsOfDay.get(m.lower("pod"));
        return new Resolution("TIME", CalendarValues.day(c.ref()) + "T" + pod, null, Basis.CALENDAR);
    }

    /** -1, 0 or +1 units from the anchor; null for anaphoric relations that need the last date. */
    private static Integer offset(String rel) {
        if (rel == null) return 0;
        return switch (rel) {
            case "last", "the past", "the previous", "the last", "this past" -> -1;
            case "next", "the coming", "the next", "this coming" -> 1;
            case "this", "the current", "the", "the fiscal" -> 0;
            default -> null;
        };
    }

    private static Resolution relativeUnit(Match m, ResolveContext c) {
        String unit = m.lower("u").replace("fiscal ", "");
        String rel = m.lower("rel");
        String pm = m.lower("pm");
        String mod = pm == null || pm.startsWith("earlier") || pm.startsWith("later") || pm.equals("the rest of")
                ? null : Rx.partMod(pm.replace("by the ", "the "));
        LocalDate ref = c.ref();
        Resolution r;
        if (unit.equals("quarter") && ("the".equals(rel) || "the fiscal".equals(rel))) {
            String q = c.lastQuarter;
            if (q == null) {
                LocalDate prev = ref.minusMonths(3);
                q = CalendarValues.quarter(prev.getYear(), CalendarValues.quarterOf(prev));
            }
            r = Resolution.date(q, Basis.CALENDAR);
        } else if (rel != null && (rel.equals("the latest") || rel.equals("the most recent"))) {
            if (!unit.equals("quarter")) return null;
            r = Resolution.date(CalendarValues.shift(
                    CalendarValues.quarter(ref.getYear(), CalendarValues.quarterOf(ref)), -1, "Q"), Basis.CALENDAR);
        } else {
            Integer off = offset(rel);
            if (off == null) {
                if (c.lastDate == null) return null;
                String g = granularityLetter(unit);
                String base = c.lastDate;
                if (!g.equals(CalendarValues.granularity(base))) base = coarsen(base, g);
                if (base == null) return null;
                int step = rel.equals("the following") ? 1 : 0;
                String v = step == 0 ? base : CalendarValues.shift(base, step, g);
                if (v == null) return null;
                r = Resolution.date(v, Basis.CALENDAR);
            } else {
                r = unitValue(unit, ref, off, c.tense());
            }
        }
        if (r == null) return null;
        return mod == null ? r : r.withMod(mod);
    }

    static Resolution unitValue(String unit, LocalDate ref, int off, Tense tense) {
        return switch (unit) {
            case "week" -> Resolution.date(CalendarValues.week(ref.plusWeeks(off)), Basis.WEEK);
            case "weekend" -> Resolution.date(weekend(ref, off, tense), Basis.WEEK);
            case "month" -> Resolution.date(CalendarValues.month(ref.plusMonths(off)), Basis.CALENDAR);
            case "year" -> Resolution.date(CalendarValues.year(ref.getYear() + off), Basis.CALENDAR);
            case "quarter" -> {
                LocalDate d = ref.plusMonths(3L * off);
                yield Resolution.date(CalendarValues.quarter(d.getYear(), CalendarValues.quarterOf(d)), Basis.CALENDAR);
            }
            case "decade" -> Resolution.date(String.valueOf(ref.getYear() / 10 + off), Basis.CALENDAR);
            case "century" -> Resolution.date(String.format("%02d", ref.getYear() / 100 + off), Basis.CALENDAR);
            default -> null;
        };
    }

    private static String weekend(LocalDate ref, int off, Tense tense) {
        LocalDate sat;
        if (ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY) {
            sat = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else if (off > 0 || (off == 0 && tense == Tense.FUTURE)) {
            sat = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            sat = ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        }
        if (off < 0 && (ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            sat = sat.minusWeeks(1);
        }
        return CalendarValues.week(sat) + "-WE";
    }

    private static String granularityLetter(String unit) {
        return switch (unit) {
            case "week", "weekend" -> "W";
            case "month" -> "M";
            case "quarter" -> "Q";
            default -> "Y";
        };
    }

    /** The last date cut down to a coarser unit ("that year" after "Aug. 7, 1998" is 1998). */
    private static String coarsen(String value, String g) {
        if (value == null || value.length() < 4 || !value.substring(0, 4).matches("\\d{4}")) return null;
        if (g.equals("Y")) return value.substring(0, 4);
        if (g.equals("M") && value.matches("\\d{4}-\\d{2}.*") && !value.contains("Q")) return value.substring(0, 7);
        if (g.equals("W") && value.matches("\\d{4}-\\d{2}-\\d{2}")) return CalendarValues.week(LocalDate.parse(value));
        if (g.equals("Q") && value.matches("\\d{4}-\\d{2}.*")) {
            int mo = Integer.parseInt(value.substring(5, 7));
            return CalendarValues.quarter(Integer.parseInt(value.substring(0, 4)), (mo - 1) / 3 + 1);
        }
        return null;
    }

    private static Resolution endOfUnit(Match m, ResolveContext c) {
        if (m.has("ye")) return Resolution.date(CalendarValues.year(c.ref().getYear()), Basis.CALENDAR).withMod("LATE");
        Resolution r = unitValue(m.lower("u"), c.ref(), 0, c.tense());
        return r == null ? null : r.withMod(Rx.partMod(m.lower("pm")));
    }

    private static Resolution weekday(Match m, ResolveContext c) {
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(Lexicon.get().weekdays.get(m.lower("wd"))));
        String rel = m.lower("rel");
        LocalDate ref = c.ref();
        LocalDate d;
        if (rel == null) {
            Tense t = c.tense();
            if (t == Tense.UNKNOWN && c.body.startsWith("'s", m.end())) t = Tense.PAST;
            d = c.weekday(dow.getValue(), t);
        } else {
            switch (rel) {
                case "last", "this past", "past" -> d = ref.with(TemporalAdjusters.previous(dow));
                case "next", "this coming", "coming", "the next" -> d = ref.with(TemporalAdjusters.next(dow));
                case "the previous", "the following" -> {
                    LocalDate base = c.lastDate != null && c.lastDate.matches("\\d{4}-\\d{2}-\\d{2}")
                            ? LocalDate.parse(c.lastDate) : ref;
                    d = rel.equals("the previous") ? base.with(TemporalAdjusters.previous(dow))
                            : base.with(TemporalAdjusters.next(dow));
                }
                default -> d = c.weekday(dow.getValue(), c.tense() == Tense.PAST ? Tense.PAST : Tense.FUTURE);
            }
        }
        String day = CalendarValues.day(d);
        Resolution r = m.has("pod")
                ? new Resolution("TIME", day + "T" + Lexicon.get().partsOfDay.get(m.lower("pod")), null, Basis.WEEKDAY)
                : Resolution.date(day, Basis.WEEKDAY);
        String pm = m.lower("pm");
        return pm == null || pm.startsWith("earlier") || pm.startsWith("later") ? r : r.withMod(Rx.partMod(pm));
    }

    private static boolean seasonOk(Match m, String body) {
        if (m.has("y")) return true;
        String rel = m.lower("rel");
        if (rel == null && !m.has("pm")) return false;
        if ("the".equals(rel) && body.regionMatches(true, m.end(), " of", 0, 3)) return false;
        return rel == null || !rel.equals("the") || !m.lower("s").equals("fall")
                || DateRules.previousWord(body, m.start()) != null
                && FALL_SEASON_PREPOSITIONS.contains(
                        DateRules.previousWord(body, m.start()));
    }

    private static Resolution season(Match m, ResolveContext c) {
        String code = Lexicon.get().seasons.get(m.lower("s"));
        String pm = m.lower("pm");
        String rel = m.lower("rel");
        if (rel != null && (rel.equals("early") || rel.equals("late") || rel.equals("mid"))) {
            pm = rel;
            rel = null;
        }
        String mod = Rx.partMod(pm);
        if (m.has("y")) {
            Resolution r = Resolution.date(m.group("y") + "-" + code, Basis.TEXT);
            return mod == null ? r : r.withMod(mod);
        }
        int y = c.ref().getYear();
        int cur = seasonIndex(c.ref().getMonthValue());
        int target = List.of("WI", "SP", "SU", "FA").indexOf(code);
        int year = y;
        if (rel != null && (rel.equals("last") || rel.endsWith("past"))) year = target < cur ? y : y - 1;
        else if (rel != null && (rel.equals("next") || rel.endsWith("coming"))) year = target > cur ? y : y + 1;
        Resolution r = Resolution.date(year + "-" + code, Basis.CALENDAR);
        return mod == null ? r : r.withMod(mod);
    }

    private static int seasonIndex(int month) {
        if (month <= 2) return 0;
        if (month <= 5) return 1;
        if (month <= 8) return 2;
        return month <= 11 ? 3 : 4;
    }

}
