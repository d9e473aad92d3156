package org.dateline.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.dateline.model.EventStatus;

/**
 * The day a Spanish sentence names for its event, resolved on the publication day: "el 5 de julio", "el día 9"
 * (a day of the publication's month, or of the month before when it is later than the publication day), or a weekday
 * ("este martes", "el lunes": the last such day on or before publication, or after it for a plan). Month and weekday
 * names are java.time's Spanish ones, compared without accents.
 */
final class SpanishDates {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    static {
        for (Month m : Month.values()) MONTHS.put(SpanishWords.fold(m.getDisplayName(TextStyle.FULL, SPANISH)), m);
        for (DayOfWeek d : DayOfWeek.values()) WEEKDAYS.put(SpanishWords.fold(d.getDisplayName(TextStyle.FULL, SPANISH)), d);
    }
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:el|del)\\s+(?:dia\\s+)?(\\d{1,2})(?:\\s+de\\s+(\\p{L}+))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:este|el|del)\\s+(\\p{L}+)\\b");

    private SpanishDates() {}

    /** The TimeML day the sentence names, or empty (then the publication day bounds the event). */
    static Optional<String> date(Article article, Sentence sentence, EventStatus status, String body) {
        Optional<LocalDate> published = article.publicationDay();
        if (published.isEmpty()) return Optional.empty();
        String text = SpanishWords.fold(body.substring(sentence.start(), sentence.end()));
        LocalDate pub = published.get();
        Matcher m = DAY_OF_MONTH.matcher(text);
        if (m.find()) {
            int day = Integer.parseInt(m.group(1));
            Month month = m.group(2) == null ? null : MONTHS.get(m.group(2));
            if (m.group(2) != null && month == null) return Optional.empty(); // "el 5 de ..." of another noun: a count
            LocalDate d = dayOf(pub, day, month, status != EventStatus.OCCURRED);
            return d == null ? Optional.empty() : Optional.of(d.toString());
        }
        Matcher w = WEEKDAY.matcher(text);
        while (w.find()) {
            DayOfWeek d = WEEKDAYS.get(w.group(1));
            if (d == null) continue;
            return Optional.of((status == EventStatus.OCCURRED ? pub.with(TemporalAdjusters.previousOrSame(d))
                    : pub.with(TemporalAdjusters.nextOrSame(d))).toString());
        }
        return Optional.empty();
    }

    /** The day numbered {@code day} nearest the publication in the named month or the publication's (before it for a past event). */
    static LocalDate dayOf(LocalDate pub, int day, Month month, boolean ahead) {
        if (day < 1 || day > 31) return null;
        LocalDate base = month == null ? pub.withDayOfMonth(1) : LocalDate.of(pub.getYear(), month, 1);
        if (day > base.lengthOfMonth()) return null;
        LocalDate d = base.withDayOfMonth(day);
        if (!ahead && d.isAfter(pub)) d = month == null ? d.minusMonths(1) : d.minusYears(1);
        if (ahead && d.isBefore(pub) && month == null) d = d.plusMonths(1);
        return d;
    }
}
