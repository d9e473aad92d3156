package org.dateline.core.connect;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.TimeExpression;

/**
 * The days a report's own sentence names when the events stage left the report undated. "The British branch issued a
 * statement on July 26", "the president received credentials on September 27", "gave a lecture on Sept. 21 on his
 * visit": the events stage did not tie the day to the deed it coded, so the report is placed only by its publication
 * day, yet the sentence says when its news was made. A report whose sentence names only days that none of a dated
 * report's days is, or whose named days share none with another undated report's, tells another occasion: the
 * statement of another branch, the credentials and not the gift, the lecture and not the visit to the embassy.
 *
 * <p>Only days before the publication day count: the day of publication is the day an agency files its news ("the
 * paper on Monday carries an article"), which says nothing of when what the article recalls was done. Only a full
 * day counts ("July 20", "Tuesday"), not a month or a year, which hold many occasions. The sentence is the report's
 * own, up to a full stop: the agency's lines often run two sentences into one paragraph (". , "), and the day of the
 * other sentence is another clause's. Cached per report; not thread-safe, like the merger that owns it.
 */
final class StatedDays {
    /** A sentence's end: a full stop, then perhaps a quote and a comma, then a capital or digit. */
    private static final Pattern END = Pattern.compile("[.!?][\"”’']?\\s*,?\\s+(?=[\"“‘']?[\\p{Lu}0-9])|\\n");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How far back and forth from a report's span its sentence is searched for. */
    static final int REACH = 400;
    private static final Set<String> STAY_NOUNS = ConnectWords.get("stay-nouns");
    private static final Set<String> LIGHT_VERBS = ConnectWords.get("stay-light-verbs");
    private static final Set<String> STAY_FRAMES = ConnectWords.get("stay-frame-words");
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    /** Words before a stay's noun its verb may stand: "paid an official goodwill visit". */
    private static final int LIGHT_VERB_REACH = 4;

    private final Map<EventMention, List<LocalDate>> cache = new IdentityHashMap<>();

    /**
     * True when one report is undated but names days in its sentence and the other places its happening on none of
     * them: by its stated days when it is dated to a month or finer, by the days its own sentence names when it is
     * undated too. A report that names no day, or a dated report of a wider span, says nothing either way.
     */
    boolean disagree(EventMention a, EventMention b) {
        List<LocalDate> x = of(a), y = of(b);
        if (x.isEmpty() && y.isEmpty()) return false;
        if (!x.isEmpty() && !y.isEmpty()) return x.stream().noneMatch(y::contains);
        List<LocalDate> named = x.isEmpty() ? y : x;
        EventMention other = x.isEmpty() ? a : b;
        if (!other.anchored() || other.span() == null || other.span().days() > EventMerger.PRECISE_DAYS) return false;
        return named.stream().noneMatch(d -> other.span().contains(Span.day(d)));
    }

    /** The days before its publication that an undated report's own sentence names; empty for a dated report. */
    List<LocalDate> of(EventMention m) {
        return cache.computeIfAbsent(m, x -> x.anchored() || x.day() == null ? List.of() : named(x));
    }

    private static List<LocalDate> named(EventMention m) {
        String body = m.context().body();
        int start = m.mention().start(), end = m.mention().end();
        if (body == null || start < 0 || end > body.length() || end < start) return List.of();
        // a span may open on the punctuation that joined two sentences (". , The U.S. kicked off"): its sentence is
        // that of its first word
        while (start < end && !Character.isLetterOrDigit(body.charAt(start))) start++;
        int from = sentenceStart(body, start), to = sentenceEnd(body, end);
        if (namesAStay(m)) {
            from = start;
            to = end;
        }
        List<LocalDate> out = new ArrayList<>();
        for (TimeExpression t : m.context().timexes()) {
            if (t.start() < from || t.end() > to || !"DATE".equals(t.type()) || t.value() == null) continue;
            if (!DAY.matcher(t.value()).matches() || CitedDays.cited(body, t)) continue;
            try {
                LocalDate d = LocalDate.parse(t.value());
                if (d.isBefore(m.day()) && !out.contains(d)) out.add(d);
            } catch (DateTimeParseException e) {
                // a value the resolver wrote out of range ("2012-02-30") names no day
            }
        }
        return out;
    }

    /**
     * True when a report is a stay named by its noun ({@code stay-nouns}: "visit", "trip") as the time within which
     * another deed of its sentence was done ({@code stay-frame-words}, or "on a"): "met him on Friday while on a
     * visit", "cruised the lake on Tuesday during his visit". The day of such a sentence is the other deed's, one day
     * of the stay, and says nothing of which stay it is; only a day of the report's own phrase does. A verb of the
     * phrase that makes the stay a deed of a day ({@code stay-light-verbs}: "paid a visit", "began a trip") keeps the
     * day, and so does a stay that is only the subject of another deed ("gave a lecture on Sept. 21 on his visit",
     * another occasion than a visit of another day).
     */
    static boolean namesAStay(EventMention m) {
        String trigger = m.event().trigger();
        if (trigger == null || !STAY_NOUNS.contains(trigger.toLowerCase(Locale.ROOT))) return false;
        List<String> words = Tellings.words(Tellings.clause(m));
        int at = words.indexOf(trigger.toLowerCase(Locale.ROOT));
        if (at < 0) return false;
        boolean within = false;
        for (int i = Math.max(0, at - LIGHT_VERB_REACH); i < at; i++) {
            if (LIGHT_VERBS.contains(words.get(i))) return false;
            // the other deed is done within the stay: "during his visit", "while on a visit", not "a lecture on his visit"
            within |= STAY_FRAMES.contains(words.get(i))
                    || words.get(i).equals("on") && i + 1 < at && INDEFINITE.contains(words.get(i + 1));
        }
        return within;
    }

    /** Where the sentence holding that offset begins. */
    static int sentenceStart(String body, int at) {
        int from = Math.max(0, at - REACH);
        Matcher m = END.matcher(body).region(from, at).useTransparentBounds(true);
        int start = from;
        while (m.find()) if (!abbreviation(body, m)) start = m.end();
        return start;
    }

    /** Where the sentence holding that offset ends. */
    static int sentenceEnd(String body, int at) {
        Matcher m = END.matcher(body).region(at, Math.min(body.length(), at + REACH)).useTransparentBounds(true);
        while (m.find()) if (!abbreviation(body, m)) return m.start() + 1;
        return Math.min(body.length(), at + REACH);
    }

    /** True when a match is a full stop of an abbreviation ("Sept. 21", "U.S. forces"), not a sentence's end. */
    private static boolean abbreviation(String body, Matcher m) {
        return body.charAt(m.start()) == '.' && Sentences.abbreviationAt(body, m.start());
    }
}
