package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * Whether a report tells of a past its article recalls rather than of the article's news. An agency that covers a
 * leader's visit this week also marks "the 10th anniversary of his visit to Russia", and writes "In August 2001, he
 * visited Moscow": the visit of those clauses is the old one, though the events stage may leave it undated and place
 * it, as undated reports are placed, in the weeks before its publication, where this week's visit lies too. A
 * recalled report and a report of the news are two happenings; two recalls of one past deed may still be one.
 *
 * <p>The past must anchor the report's <em>own clause</em>, not merely stand somewhere in its sentence or article:
 * "Recalling his visit in 2001, the paper said the current visit is historic" recalls 2001 in one clause and tells
 * of this week's visit in the other. A report is recalled when
 * <ul>
 *   <li>its text dates it more than {@link #RECALL_DAYS} before its publication ("in August 2001");</li>
 *   <li>its own trigger is governed by an anniversary ({@code recalled-occasion-cues}: "the 10th anniversary of the
 *       leader's visit", the trigger within {@link #CUE_REACH} words after the cue, in the same sentence);</li>
 *   <li>it is undated, and its own clause (its phrase and the words around it up to a comma, {@link Tellings#before},
 *       {@link Tellings#tail}), or a sentence-initial time phrase ended by a comma just before that clause ("In
 *       2001, ..."), states a date that long before the publication, or "N years ago"
 *       ({@code recalled-ago-units}, {@code recalled-ago-words});</li>
 *   <li>it is dated, and its own clause names a year as long before ("a film of his visit August 4-5, 2001", whose
 *       day and month the events stage may have placed in this year).</li>
 * </ul>
 * A date of this season ("last December" in January) is news. Cached per report; not thread-safe, like the merger
 * that owns it.
 */
final class RecalledPast {
    /** How long before its publication a stated date must end to tell of the past, not of the news: half a year. */
    static final int RECALL_DAYS = 183;
    /** How many words before a report's trigger an anniversary cue may stand ("anniversary of leader X's historic visit"). */
    static final int CUE_REACH = 8;
    private static final List<List<String>> CUES = ConnectWords.get("recalled-occasion-cues").stream()
            .map(c -> List.of(c.split("_"))).toList();
    private static final Set<String> AGO_UNITS = ConnectWords.get("recalled-ago-units");
    private static final Set<String> AGO_WORDS = ConnectWords.get("recalled-ago-words");
    private static final Set<String> OPENERS = ConnectWords.get("recalled-fronted-openers");

    private final Map<EventMention, Boolean> cache = new IdentityHashMap<>();

    /** True when one report is recalled and the other is not. */
    boolean differ(EventMention a, EventMention b) {
        return recalled(a) != recalled(b);
    }

    boolean recalled(EventMention m) {
        return cache.computeIfAbsent(m, RecalledPast::read);
    }

    private static boolean read(EventMention m) {
        LocalDate day = m.day();
        if (day == null) return false;
        LocalDate before = day.minusDays(RECALL_DAYS);
        if (anniversaryOf(m)) return true;
        if (m.anchored() && m.span() != null && m.span().last().isBefore(before)) return true;
        // a day and month read beside a past year of the same clause ("films of his visit August 4-5, 2001") are
        // that year's, whatever year the events stage gave them; only a year written out tells it of a dated report
        return clauseInPast(m, before, m.anchored());
    }

    /** True when an anniversary cue stands a few words before the report's own trigger, in its sentence. */
    static boolean anniversaryOf(EventMention m) {
        String body = m.context().body();
        int at = triggerAt(m);
        if (body == null || at < 0) return false;
        String before = body.substring(StatedDays.sentenceStart(body, at), at);
        // the cue must govern the trigger in its own sentence: not across a stop, a semicolon or a parenthesis
        int cut = -1;
        for (String stop : List.of(".", ";", ")", "(")) cut = Math.max(cut, before.lastIndexOf(stop));
        List<String> lead = Tellings.words(before.substring(cut + 1));
        List<String> near = lead.subList(Math.max(0, lead.size() - CUE_REACH - 1), lead.size());
        for (List<String> cue : CUES) {
            for (int i = 0; i + cue.size() <= near.size(); i++) {
                if (near.subList(i, i + cue.size()).equals(cue)) return true;
            }
        }
        return false;
    }

    /** Where the report's trigger stands in its article's body: in its phrase, else its phrase's start; -1 if unknown. */
    private static int triggerAt(EventMention m) {
        String body = m.context().body();
        int s = m.mention().start(), e = m.mention().end();
        if (body == null || s < 0 || e > body.length() || e <= s) return -1;
        String trigger = m.event().trigger();
        if (trigger == null || trigger.isBlank()) return s;
        int at = body.substring(s, e).toLowerCase(Locale.ROOT).indexOf(trigger.toLowerCase(Locale.ROOT));
        return at < 0 ? s : s + at;
    }

    /** True when the report's own clause, or a time phrase fronted to it, is anchored before {@code before}. */
    private static boolean clauseInPast(EventMention m, LocalDate before, boolean yearsOnly) {
        String body = m.context().body();
        int s = m.mention().start(), e = m.mention().end();
        if (body == null || s < 0 || e > body.length() || e <= s) return false;
        int from = s - Tellings.before(m, 80).length();
        int to = e + Tellings.tail(m).length();
        List<String> words = Tellings.words(body.substring(from, to));
        if (!yearsOnly && agoIn(words)) return true;
        int fronted = frontedStart(body, from);
        if (!yearsOnly && fronted >= 0 && agoIn(Tellings.words(body.substring(fronted, from)))) return true;
        int lo = fronted >= 0 ? fronted : from;
        for (TimeExpression x : m.context().timexes()) {
            if (x.start() < lo || x.end() > to || !"DATE".equals(x.type()) || x.value() == null) continue;
            if (yearsOnly && !x.value().matches("\\d{4}")) continue;
            Optional<Span> sp = Span.of(x.value());
            if (sp.isPresent() && sp.get().last().isBefore(before)) return true;
        }
        return false;
    }

    /**
     * The start of a sentence-initial time phrase that ends with the comma just before a clause ("In August 2001, |
     * the leaders signed"), or -1: the phrase must open its sentence with a word of {@code recalled-fronted-openers}
     * or a number ("Ten years ago,"), and hold no other comma.
     */
    static int frontedStart(String body, int clauseFrom) {
        int comma = clauseFrom - 1;
        while (comma >= 0 && Character.isWhitespace(body.charAt(comma))) comma--;
        if (comma < 0 || body.charAt(comma) != ',') return -1;
        int start = StatedDays.sentenceStart(body, comma);
        String phrase = body.substring(start, comma);
        if (phrase.indexOf(',') >= 0 || phrase.indexOf(';') >= 0) return -1;
        List<String> w = Tellings.words(phrase);
        if (w.isEmpty() || w.size() > 8) return -1;
        return OPENERS.contains(w.get(0)) || agoIn(w) ? start : -1;
    }

    /** True when words say "N years ago" (a unit of {@code recalled-ago-units} followed by a word of {@code recalled-ago-words}). */
    static boolean agoIn(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (AGO_UNITS.contains(words.get(i)) && AGO_WORDS.contains(words.get(i + 1))) return true;
        }
        return false;
    }
}
