package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates of the holidays in holidays.txt: fixed days, n-th weekdays of a month, Easter-relative days and days of the
 * lunar calendar ({@link LunarDays}, null for a year its table lacks).
 */
final class Holidays {
    /** The prefix of a rule naming a day of the lunar year: LUNAR-MM-DD. */
    private static final String LUNAR = "LUNAR-";

    private Holidays() {}

    static LocalDate date(String rule, int year) {
        if (rule == null) return null;
        if (rule.startsWith(LUNAR)) return LunarDays.of(rule.substring(LUNAR.length()), year);
        if (rule.startsWith("EASTER")) {
            int offset = rule.length() > 6 ? Integer.parseInt(rule.substring(6).replace("+", "")) : 0;
            return easter(year).plusDays(offset);
        }
        int month = Integer.parseInt(rule.substring(0, 2));
        String rest = rule.substring(3);
        if (Character.isDigit(rest.charAt(0))) return LocalDate.of(year, month, Integer.parseInt(rest));
        DayOfWeek dow = switch (rest.substring(0, 2)) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
        LocalDate first = LocalDate.of(year, month, 1);
        String n = rest.substring(2);
        if (n.equals("L")) return first.with(TemporalAdjusters.lastInMonth(dow));
        return first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(n), dow));
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
