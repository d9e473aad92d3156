package org.dateline.core.connect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The day a weekday name in a report's clause stands for: news tells what happened in the past week by the day's
 * name ("drones fired two missiles early Tuesday", "the army demolished a mosque on Tuesday"), so a report of what
 * occurred, published on a Saturday, that names Tuesday tells of the Tuesday four days before (or of the
 * publication day itself when that is a Tuesday). A clause that names two days, or a day after "next", is left
 * undated: which of them the deed fell on is not for a word list to say.
 */
final class Weekdays {
    private static final Map<String, Integer> DAYS = days();

    private Weekdays() {}

    /** The day the clause's only weekday name stands for, counted back from publication; empty if none or several. */
    static Optional<LocalDate> named(List<String> words, LocalDate published) {
        if (published == null) return Optional.empty();
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Integer d = DAYS.get(words.get(i));
            if (d == null) continue;
            if (i > 0 && words.get(i - 1).equals("next")) return Optional.empty();
            named.add(d);
        }
        if (named.size() != 1) return Optional.empty();
        int back = (published.getDayOfWeek().getValue() - named.iterator().next() + 7) % 7;
        return Optional.of(published.minusDays(back));
    }

    /** True when a lower-case word is the name of a day of the week ("tuesday"). */
    static boolean isDay(String word) {
        return DAYS.containsKey(word);
    }

    /** True when the words name a day of the week. */
    static boolean any(List<String> words) {
        for (String w : words) if (DAYS.containsKey(w)) return true;
        return false;
    }

    /** "monday" -> 1 ... "sunday" -> 7: the English day names as java.time spells them, ISO numbering. */
    private static Map<String, Integer> days() {
        Map<String, Integer> out = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) out.put(d.name().toLowerCase(Locale.ROOT), d.getValue());
        return out;
    }
}
