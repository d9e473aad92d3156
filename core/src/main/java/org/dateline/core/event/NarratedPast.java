package org.dateline.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.DateModifier;
import org.dateline.model.EventStatus;
import org.dateline.model.TimeExpression;

/**
 * The past a story is telling, carried from sentence to sentence. "On June 25, 1950 the invaders started the war.
 * They bombed the cities. The army drove them back." and "During the war the bombers destroyed the bridges. They
 * also killed civilians.": once a sentence is set in a past the text dates (a year, a decade, a century at least two
 * years before the article's) or in an age it gives no date ("during the war", {@link LookBacks}), the undated acts of
 * the sentences that go on telling it in the plain past belong to that past, not to the article's day. They take the
 * past's date as a lower bound (ON_OR_AFTER: the story moves forward), or none when the past is undated. So does
 * the day of the news a story tells on ("A seminar was held on March 18. It was sponsored by Y."), as that day.
 * <p>
 * The telling ends at the first sentence that leaves the plain past: a verb in the present or a modal ("The US
 * is still hostile"), a verb of saying or remembering (a report of the article's day: "the speaker said"), an act the
 * story leaves to the article's day or dates neither as history nor as a day of the last month; a day of the news
 * also ends at a sentence that tells no act, or that issues a document. Wire copy writes a sentence a paragraph, so
 * a paragraph break does not end the telling; the tense does.
 */
final class NarratedPast {
    private static final Set<String> VOICE_VERBS = EventWords.get("reporting-verbs");
    private static final Set<String> MEMORY_VERBS = EventWords.get("memory-verbs");
    private static final Set<String> MORE_VOICE_VERBS = EventWords.get("narrative-voice-verbs");
    private static final Set<String> PRESENT_TAGS = EventWords.get("present-or-modal-tags");
    private static final Set<String> TIME_NOUNS = EventWords.get("own-time-nouns");
    /** How far back a day may lie and still be a day of the news the story tells on. */
    private static final int NEWS_DAYS = 31;
    /** How many years before the article's a past must begin to be history, not news of the last year. */
    private static final int MIN_YEARS_BACK = 2;
    /** A TimeML year, decade ("195") or century ("19") at the start of a value. */
    private static final Pattern YEARS = Pattern.compile("^(\\d{2,4})(?:$|-)");
    private static final String UNDATED = "";

    private final LocalDate published;
    /** The article's body: what joins two days into a span. */
    private final String body;
    /** The past being told: a TimeML value, {@link #UNDATED}, or null when the story is not telling one. */
    private String past;
    /** How that past dates the acts that go on telling it: ON_OR_AFTER for history, none for the day of the news. */
    private DateModifier pastMod;
    /** Whether the sentence being coded goes on telling in the plain past. */
    private boolean telling;
    /** Whether it is told in the voice of a document the story quotes at length (what the document says happened). */
    private boolean quoting;
    /** Whether it names a document issued ("made public a statement on Thursday"): what follows may be its content. */
    private boolean issuing;
    private Sentence open;
    private int firstDraft;

    /**
     * @param published the article's day, or null (then no past is told on)
     * @param body      the article's body
     */
    NarratedPast(LocalDate published, String body) {
        this.published = published;
        this.body = body;
    }

    /**
     * Opens sentence s: first closes the one before, whose events are those coded since it was opened, then says
     * whether s goes on telling the past.
     *
     * @param quoting whether s is told in the voice of a document quoted at length ({@link DocumentContent})
     */
    void enter(Sentence s, List<Draft> events, List<TimeExpression> timexes, boolean quoting) {
        if (open != null) close(events.subList(Math.min(firstDraft, events.size()), events.size()), timexes);
        open = s;
        firstDraft = events.size();
        this.quoting = quoting;
        issuing = DocumentIssuers.mayName(s.tokens());
        telling = plainPast(s.tokens());
        if (!telling || quoting && pastMod == null) past = null;
    }

    /**
     * Gives an event left undated the past the story is telling, when its words tell it in the plain past and its
     * sentence names no time of its own: one left unresolved ("on the same day" after a year) is no such past's.
     */
    void carry(Draft d, Clause c, Set<Integer> words) {
        if (past == null || !telling || words.stream().noneMatch(w -> plainPast(c, w))) return;
        for (int i = 0; i < c.size(); i++) if (c.isTime(i)) return;
        for (int w : words) {
            for (int k : c.children(w, "obl", "obl:npmod", "nmod:tmod")) if (TIME_NOUNS.contains(c.lower(k))) return;
        }
        if (past.equals(UNDATED)) {
            d.undatedPast = true;
            d.pastAge = true;
            d.background = Background.NARRATED_AGE; // a retelling with no date of its own (question 126)
        } else {
            ClauseTimes.set(d, past, pastMod);
        }
    }

    /**
     * What the sentence just coded leaves: a past it sets (a history, a day of the news), the same past, or none.
     * A plan or a wish of the sentence tells nothing that happened. A sentence that tells no act and names no date
     * leaves a history as it was ("The counterattack strategy envisaged ..."), but ends a day of the news: "X issued
     * a statement on Sunday. Y issued a statement. The statement accused Z" is no act of Sunday. Nor does the day a
     * document was issued go on: the next sentences may tell what it says happened, on other days
     * ({@link DocumentDates} gives the document's own acts its day).
     */
    private void close(List<Draft> drafts, List<TimeExpression> timexes) {
        if (!telling) return;
        String set = null;
        DateModifier mod = null;
        for (Draft d : drafts) {
            if (d.status != EventStatus.OCCURRED) continue;
            String v = d.date != null ? d.date : d.pastAge ? UNDATED : null;
            if (v == null || !UNDATED.equals(v) && !isHistory(v) && !isNewsDay(v)) {
                past = null;
                return;
            }
            if (set == null || !UNDATED.equals(v)) {
                set = v;
                mod = UNDATED.equals(v) || isHistory(v) ? DateModifier.ON_OR_AFTER : null;
            }
        }
        if (set == null) {
            set = fromTimes(timexes);
            mod = set != null && isHistory(set) ? DateModifier.ON_OR_AFTER : null;
        }
        if (set != null && (mod != null || !issuing)) {
            past = set;
            pastMod = mod;
        } else if (set != null || pastMod == null) {
            past = null; // a day of the news is told on by the next act, not across a sentence that tells none
        }
    }

    /** The last calendar date of the open sentence when all of them are history or days of the news; else null. */
    private String fromTimes(List<TimeExpression> timexes) {
        String last = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.start() < open.start() || t.end() > open.end()) continue;
            // visits (s39): a day that opens a span ("on May 8 and 9") gives the span's month, no day of the news
            String span = body == null ? null : DayRanges.valueOf(t, timexes, body);
            String v = span != null ? span : Circumstances.dateValue(t);
            if (!isHistory(v) && !isNewsDay(v)) {
                past = null;
                return null;
            }
            last = v;
        }
        return last;
    }

    /** A value whose last possible year lies at least {@link #MIN_YEARS_BACK} years before the article's. */
    private boolean isHistory(String value) {
        Matcher m = YEARS.matcher(value == null ? "" : value);
        if (published == null || !m.find()) return false;
        String digits = m.group(1);
        int span = (int) Math.pow(10, 4 - digits.length());
        int lastYear = Integer.parseInt(digits) * span + span - 1;
        return lastYear <= published.getYear() - MIN_YEARS_BACK;
    }

    /**
     * A day of the news: a whole day no later than the article's and no further back than {@link #NEWS_DAYS}, told
     * outside a document's voice ("X on Monday issued a statement. It urged Y ..." is the issuer's; what the
     * statement says happened is not).
     */
    private boolean isNewsDay(String value) {
        LocalDate day = ClauseTimes.day(value);
        return day != null && published != null && !quoting && !day.isAfter(published)
                && !day.isBefore(published.minusDays(NEWS_DAYS));
    }

    /** A sentence with a verb in the past and none in the present, no modal and no verb of saying or remembering. */
    private static boolean plainPast(List<Token> tokens) {
        boolean past = false;
        for (Token t : tokens) {
            if (PRESENT_TAGS.contains(t.pos())) return false;
            if (!t.pos().startsWith("VB")) continue;
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (VOICE_VERBS.contains(lemma) || MEMORY_VERBS.contains(lemma) || MORE_VOICE_VERBS.contains(lemma)) {
                return false;
            }
            past |= t.pos().equals("VBD");
        }
        return past;
    }

    /** An event word in the plain past: a verb in the past tense, or a past passive ("were killed"). */
    private static boolean plainPast(Clause c, int w) {
        if (c.pos(w).equals("VBD")) return true;
        return c.pos(w).equals("VBN") && !c.childrenExact(w, "aux:pass").isEmpty()
                && c.childrenExact(w, "aux").isEmpty();
    }
}
