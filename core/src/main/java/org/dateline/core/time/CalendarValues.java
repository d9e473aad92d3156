package org.dateline.core.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes dates at each TimeML granularity and shifts values that begin with a year. */
final class CalendarValues {
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(.*)$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(.*)$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q(\\d)$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

    private CalendarValues() {}

    static String day(LocalDate d) {
        return d.toString();
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    static String year(int year) {
        return String.format("%04d", year);
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return String.format("%04d-Q%d", year, q);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /** The value moved by whole units of its own granularity (a quarter value by quarters...); null if unsupported. */
    static String shift(String value, int amount, String unit) {
        if (value == null) return null;
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return day(switch (unit) {
                case "Y" -> d.plusYears(amount);
                case "M" -> d.plusMonths(amount);
                case "W" -> d.plusWeeks(amount);
                default -> d.plusDays(amount);
            });
        }
        if ((m = MONTH.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return month(unit.equals("Y") ? d.plusYears(amount) : d.plusMonths(amount));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int idx = Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1
                    + (unit.equals("Y") ? 4 * amount : amount);
            return quarter(idx / 4, idx % 4 + 1);
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)));
            return week(unit.equals("Y") ? d.plusYears(amount) : d.plusWeeks(amount)) + m.group(3);
        }
        if ((m = LEADING_YEAR.matcher(value)).matches() && unit.equals("Y")) {
            return year(Integer.parseInt(m.group(1)) + amount) + m.group(2);
        }
        return null;
    }

    /** "Q" for quarter values, "M" for months... the granularity letter of a calendar value, or null. */
    static String granularity(String value) {
        if (value == null) return null;
        if (DAY.matcher(value).matches()) return "D";
        if (MONTH.matcher(value).matches()) return "M";
        if (QUARTER.matcher(value).matches()) return "Q";
        if (WEEK.matcher(value).matches()) return "W";
        if (value.matches("\\d{4}")) return "Y";
        return null;
    }
}
