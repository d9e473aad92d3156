package org.dateline.core.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.dateline.core.resources.ResourceFile;

/**
 * Days of the lunar calendar ("Lunar New Year's Day") in the Gregorian calendar, by a table for each year
 * (lunar-days.txt). The lunar year begins between 21 January and 20 February, a different day each year, so a
 * Gregorian rule would be wrong most years; a year outside the table has no date here and the expression stays
 * unresolved, which is better than the 1 January the name "New Year's Day" inside it would give.
 */
final class LunarDays {
    private static final ResourceFile.WordSets TABLE = ResourceFile.wordSets(LunarDays.class, "lunar-days.txt");
    private static final Map<String, LocalDate> DAYS = index();

    private LunarDays() {}

    /** The Gregorian day lunar {@code monthDay} ("01-01") fell on in {@code year}, or null when the table lacks it. */
    static LocalDate of(String monthDay, int year) {
        return DAYS.get(monthDay + "/" + year);
    }

    private static Map<String, LocalDate> index() {
        Map<String, LocalDate> out = new HashMap<>();
        for (String monthDay : TABLE.names()) {
            for (String d : TABLE.get(monthDay)) {
                LocalDate day = LocalDate.parse(d);
                out.put(monthDay + "/" + day.getYear(), day);
            }
        }
        return out;
    }
}
