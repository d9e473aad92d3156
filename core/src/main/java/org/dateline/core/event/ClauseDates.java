package org.dateline.core.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.model.DateModifier;
import org.dateline.model.TimeExpression;

/**
 * Dates the events of one clause from its time expressions. Each calendar expression goes to the event whose words
 * its attachment first climbs to; an expression inside a wrapped clause ("offered to hold talks in late September")
 * dates the inner event, not the offer. An event left undated may take the day of the clause it is coordinated with
 * when it says "the same day", or the day of the journey it is the purpose of ("travel to Beijing on Thursday to
 * meet Zhao"), or the day a stated distance away from another moment ("a day after she hosted them").
 */
final class ClauseDates {
    private static final Set<String> SAME_DAY_MODIFIERS = EventWords.get("same-day-modifiers");
    private static final Set<String> RANGE_DASHES = EventWords.get("range-dashes");
    private static final Set<String> SIMULTANEITY_MARKS = EventWords.get("simultaneity-marks");

    /** A distance in days or weeks, as the time stage writes it ("a day" P1D, "two weeks" P2W). */
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("P(\\d+)([DW])");

    private final Clause c;
    private final Circumstances circ;
    private final List<TimeExpression> timexes;
    private final Sentence before;
    private final String body;
    private final LocalDate published;
    private final PastCues past;
    private final ArticleContext ctx;

    /**
     * @param ctx the article: its text (what joins two dates), its day (what an anniversary counts back from) and the
     *            sentence before this one (the moment a distance is counted from may be its day)
     */
    ClauseDates(Clause c, Circumstances circ, List<TimeExpression> timexes, ArticleContext ctx) {
        this.c = c;
        this.circ = circ;
        this.timexes = timexes;
        this.before = ctx.sentenceBefore;
        this.body = ctx.article.body();
        this.published = ctx.article.publicationDay().orElse(null);
        this.past = new PastCues(c);
        this.ctx = ctx;
    }

    /**
     * A date written before a noun that is not an event's word describes that thing ("provided the June 15
     * joint declaration", "marked the October 4 anniversary"): often a date of another year, never the day the
     * clause's event happened.
     */
    private boolean namesAThing(int h, Map<Draft, Set<Integer>> anchorsOf) {
        int noun = c.head(h);
        if (noun < 0 || noun <= h || !c.pos(noun).startsWith("NN")) return false;
        for (Set<Integer> words : anchorsOf.values()) if (words.contains(noun)) return false;
        return true;
    }

    /**
     * @param anchorsOf  each draft with its own words (trigger, light verb)
     * @param innerWords words of events folded into a wrapper: a date reached through them is theirs
     */
    void assign(Map<Draft, Set<Integer>> anchorsOf, Set<Integer> innerWords) {
        for (TimeExpression t : timexes) {
            if (!inSentence(t)) continue;
            int h = circ.headOf(t);
            if (h < 0) continue;
            if (namesAThing(h, anchorsOf)) continue;
            boolean placed = false;
            for (int n = c.head(h), guard = 0; n >= 0 && guard < 12 && !placed; n = c.head(n), guard++) {
                if (innerWords.contains(n)) break;
                for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                    if (e.getValue().contains(n) && e.getKey().date == null) {
                        set(e.getKey(), t);
                        placed = true;
                    } else if (e.getValue().contains(n)) {
                        placed = true;
                    }
                }
                if (c.relIs(n, "ccomp", "advcl", "parataxis")) break;
            }
        }
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            if (e.getKey().date != null) continue;
            for (int a : e.getValue()) {
                if (!c.relIs(a, "conj") || !sameDay(a)) continue;
                TimeExpression t = dateOfWord(c.head(a));
                if (t != null) set(e.getKey(), t);
            }
        }
        participleDates(anchorsOf);
        journeyDates(anchorsOf);
        offsetDates(anchorsOf);
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            if (e.getKey().date != null || !e.getKey().statement) continue;
            for (int a : e.getValue()) {
                TimeExpression t = dateOfSaying(a);
                if (t != null && e.getKey().date == null) set(e.getKey(), t);
            }
        }
        coordinatedDates(anchorsOf);
        whenClauseDates(anchorsOf);
        anniversaryDates(anchorsOf);
        anchorsOf.forEach((d, words) -> { if (d.date == null) lastResorts(d, words); });
        for (Draft d : anchorsOf.keySet()) {
            if (d.date != null || d.journey < 0) continue;
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                if (e.getValue().contains(d.journey) && e.getKey().date != null) {
                    set(d, e.getKey().date, e.getKey().dateMod);
                }
            }
        }
    }

    /**
     * An event its clause's words left undated: the day it refers to elsewhere in the story (the day of the document
     * that does it, "the same day"), else whether it lies in a past the text does not date (then no date at all).
     */
    private void lastResorts(Draft d, Set<Integer> words) {
        TimeExpression referred = DocumentDates.ofActs(c, words, ctx);
        if (referred == null) referred = SameDayReferences.of(c, words, timexes);
        if (referred != null) set(d, referred);
        if (d.date == null) pastCues(d, words);
        // past2: a remembered act ("recalled that X invited him") has its own date or none (Recollections)
        if (d.date == null && Recollections.remembered(c, words)) d.undatedPast = true;
        // kdate (s24): a plain-past act of someone the story looks back on is their life's, not the article's day
        if (d.date == null && RetrospectiveSubjects.lived(c, d, words, ctx)) d.undatedPast = true;
        // precise (s23): a past act told as background ("since X visited", "the man who attacked Y")
        if (d.date == null && words.stream().anyMatch(past::background)) d.undatedPast = true;
    }

    /**
     * "In 1950 he visited the front and met the soldiers", "On Monday, X arrived and signed the deal": a date put
     * before the first of coordinated verbs (also on its subject: "the paper on May 2 carried an article and praised
     * X") dates each of them; one written after the first verb is that verb's own.
     */
    private void coordinatedDates(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                if (e.getKey().date != null || !c.relIs(a, "conj") || !c.pos(a).startsWith("VB")) continue;
                int first = c.head(a);
                TimeExpression t = dateOfWord(first);
                // "The paper on May 2 carried an article and praised X": the date hung on the first verb's subject
                for (int s : c.subjects(first)) if (t == null) t = dateOfWord(s);
                if (t != null && t.start() < c.tokens.get(first).start()) set(e.getKey(), t);
            }
        }
    }

    /**
     * "issued a statement on April 7 denouncing X": a participle telling what a document or forum said (its doer is the
     * issuer, see {@link Subjects#documentAdjunctHost}) happens when the document was issued, also with the date parsed
     * as the participle's head.
     */
    private void participleDates(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                int host = Subjects.documentAdjunctHost(c, a);
                if (e.getKey().date != null || host < 0) continue;
                TimeExpression t = c.relIs(a, "acl") ? timexHeadedBy(c.head(a)) : dateOfWord(host);
                if (t != null) set(e.getKey(), t);
            }
        }
    }

    private TimeExpression timexHeadedBy(int h) {
        for (TimeExpression t : timexes) if (inSentence(t) && circ.headOf(t) == h) return t;
        return null;
    }

    /**
     * "When visiting Iraq in 2008, the president was pelted with shoes": what happened when or while something else
     * did shares the date the clause of the other gives, either way round.
     */
    private void whenClauseDates(Map<Draft, Set<Integer>> anchorsOf) {
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            for (int a : e.getValue()) {
                for (int clause : c.children(a, "advcl")) {
                    if (e.getKey().date != null || !simultaneous(clause)) continue;
                    TimeExpression t = dateOfWord(clause);
                    if (t != null) set(e.getKey(), t);
                }
                // and the other way: "In 1968, when the navy was threatening Peru, Lima rejected ...": the threat too
                TimeExpression main = c.relIs(a, "advcl") && simultaneous(a) ? dateOfWord(c.head(a)) : null;
                if (e.getKey().date == null && main != null) set(e.getKey(), main);
            }
        }
    }

    /** An adverbial clause introduced by "when" or "while". */
    private boolean simultaneous(int clause) {
        for (int m : c.children(clause, "mark", "advmod")) if (SIMULTANEITY_MARKS.contains(c.lower(m))) return true;
        return false;
    }

    /** "the 25th anniversary of the visit": the visit took place that many years before the article's year. */
    private void anniversaryDates(Map<Draft, Set<Integer>> anchorsOf) {
        Anniversaries anniversaries = new Anniversaries(c);
        for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
            Draft d = e.getKey();
            for (int a : e.getValue()) {
                int years = d.date == null ? anniversaries.yearsBefore(a) : Anniversaries.NONE;
                if (years == Anniversaries.NONE) continue;
                if (years == Anniversaries.UNCOUNTED || published == null) d.undatedPast = true;
                else set(d, String.valueOf(published.getYear() - years), null);
            }
        }
    }

    /**
     * Phrases right under the event's words (or, put before the first of coordinated verbs, under that verb) that
     * place it in the past without a date of its own. "Several times in the new century", "in the past", "in his
     * lifetime", "during the war": a past the text does not date, so no date. "In those days", "at that time": the
     * time the sentence before named, when it named one, else none.
     */
    private void pastCues(Draft d, Set<Integer> words) {
        for (int w : cueHolders(words)) {
            for (int k : c.children(w, "obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod", "nmod")) {
                if (!words.contains(w) && k > w) continue; // the first verb's own, not put before it
                if (c.relIs(k, "nmod") && !c.relIs(k, "nmod:tmod")) {
                    if (!c.pos(w).startsWith("NN")) continue;
                }
                if (past.undated(k)) {
                    d.undatedPast = true;
                } else if (past.pointsBack(k)) {
                    String then = dateOfSentenceBefore();
                    if (then != null) set(d, then, null);
                    else d.undatedPast = true;
                }
                if (d.date != null || d.undatedPast) return;
            }
        }
    }

    /** The event's words, and the first of the verbs it is coordinated with when the cue may be that verb's. */
    private Set<Integer> cueHolders(Set<Integer> words) {
        Set<Integer> out = new java.util.LinkedHashSet<>(words);
        for (int a : words) if (c.relIs(a, "conj") && c.pos(a).startsWith("VB")) out.add(c.head(a));
        return out;
    }

    /** The one calendar date the sentence before gives, or null when it gives none or several. */
    private String dateOfSentenceBefore() {
        if (before == null) return null;
        String only = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.start() < before.start() || t.end() > before.end()) continue;
            String v = Circumstances.dateValue(rangeStart(t));
            if (only != null && !only.equals(v)) return null;
            only = v;
        }
        return only;
    }

    /** The first date of a range this expression ends ("July 1953" of "June 1950-July 1953"), else itself. */
    private TimeExpression rangeStart(TimeExpression t) {
        for (TimeExpression s : timexes) {
            if (s == t || !Circumstances.dates(s) || s.end() > t.start() || t.start() - s.end() > 4) continue;
            if (RANGE_DASHES.contains(body.substring(s.end(), t.start()).strip())) return s;
        }
        return t;
    }

    /**
     * "travel to Beijing on Thursday to meet Zhao": a date written between the travel verb and its purpose dates the
     * journey, whichever of the two the parser hung it from.
     */
    private void journeyDates(Map<Draft, Set<Integer>> anchorsOf) {
        for (TimeExpression t : timexes) {
            if (!inSentence(t)) continue;
            int h = circ.headOf(t);
            if (h < 0) continue;
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                int j = e.getKey().journey;
                if (j < 0 || h <= j || e.getValue().stream().noneMatch(a -> a > h)) continue;
                for (Map.Entry<Draft, Set<Integer>> trip : anchorsOf.entrySet()) {
                    if (trip.getValue().contains(j) && trip.getKey().date == null) set(trip.getKey(), t);
                }
            }
        }
    }

    /**
     * "made the remarks at a hearing, a day after she hosted her counterparts for talks": a distance followed by
     * "after" or "before" places the event the subordinator introduces that far from the moment it is counted from.
     * That moment is the day the words above it are dated by in this sentence, else the one day the sentence before
     * names ("told lawmakers on Wednesday", then "made the remarks ..."): news tells the moment first and refers back
     * to it. Days and weeks only; "months after" is left to the publication date.
     */
    private void offsetDates(Map<Draft, Set<Integer>> anchorsOf) {
        for (TimeExpression t : timexes) {
            if (!"DURATION".equals(t.type()) || t.value() == null || !inSpan(t)) continue;
            Matcher m = DAYS_OR_WEEKS.matcher(t.value());
            if (!m.matches()) continue;
            int sub = tokenAfter(t);
            if (sub < 0 || !(c.lower(sub).equals("after") || c.lower(sub).equals("before"))) continue;
            int event = c.head(sub);
            LocalDate from = momentAbove(event);
            if (event < 0 || from == null) continue;
            int n = Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1);
            // "a day after X": X came a day before the moment; "a day before X": X came a day after it
            LocalDate day = c.lower(sub).equals("after") ? from.minus(Period.ofDays(n)) : from.plus(Period.ofDays(n));
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                if (e.getValue().contains(event) && e.getKey().date == null) set(e.getKey(), day.toString(), null);
            }
        }
    }

    /** The token right after a time expression, -1 when it ends the sentence. */
    private int tokenAfter(TimeExpression t) {
        for (int i = 0; i < c.size(); i++) if (c.tokens.get(i).start() >= t.end()) return i;
        return -1;
    }

    /** The full day dating the nearest word above {@code w}, else the one full day the sentence before names. */
    private LocalDate momentAbove(int w) {
        for (int n = c.head(w), guard = 0; n >= 0 && guard < 10; n = c.head(n), guard++) {
            TimeExpression t = dateOfWord(n);
            if (t != null) return day(Circumstances.dateValue(t));
        }
        if (before == null) return null;
        LocalDate only = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.start() < before.start() || t.end() > before.end()) continue;
            LocalDate d = day(Circumstances.dateValue(t));
            if (d == null || only != null && !only.equals(d)) return null;
            only = d;
        }
        return only;
    }

    /** The day a TimeML value names, or null for a partial or yearless value. */
    static LocalDate day(String value) {
        if (value == null || value.length() != 10 || value.startsWith("X")) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Any time expression of this sentence, durations included. */
    private boolean inSpan(TimeExpression t) {
        return t.start() >= c.sentence.start() && t.end() <= c.sentence.end();
    }

    /**
     * "Last week, the North said that it was open to talks": a stated intention takes the day of the saying that
     * reports it, climbing open complements to the that-clause of the reporting verb.
     */
    private TimeExpression dateOfSaying(int a) {
        for (int n = a, guard = 0; n >= 0 && guard < 6; n = c.head(n), guard++) {
            if (c.relIs(n, "ccomp")) return dateOfWord(c.head(n));
            if (!c.relIs(n, "xcomp")) return null;
        }
        return null;
    }

    /** The date a time expression gives: the start of a range it ends ("June 1950-July 1953" is dated June 1950). */
    private void set(Draft d, TimeExpression t) {
        TimeExpression from = rangeStart(t);
        set(d, Circumstances.dateValue(from), Circumstances.dateMod(from));
    }

    private static void set(Draft d, String value, DateModifier mod) {
        d.date = value;
        d.dateMod = mod;
        d.dateFromClause = true;
    }

    /** A calendar time expression of this sentence. */
    private boolean inSentence(TimeExpression t) {
        return Circumstances.dates(t) && inSpan(t);
    }

    /** "the same day", "that day" as an object or oblique of a verb: a day named earlier in the sentence. */
    private boolean sameDay(int v) {
        for (int k : c.children(v, "obj", "obl", "nmod")) {
            if (!c.lemma(k).equals("day")) continue;
            for (int m : c.children(k, "amod", "det")) if (SAME_DAY_MODIFIERS.contains(c.lower(m))) return true;
        }
        return false;
    }

    /** The calendar time expression attached directly to a word of this sentence, or null. */
    private TimeExpression dateOfWord(int w) {
        for (TimeExpression t : timexes) {
            if (!inSentence(t)) continue;
            int h = circ.headOf(t);
            if (h >= 0 && c.head(h) == w) return t;
        }
        return null;
    }
}
