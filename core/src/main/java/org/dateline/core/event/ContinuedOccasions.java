package org.dateline.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The day of an occasion the story goes on telling. "X staged a protest on June 2. They accused Y. ..., they
 * demanded", "He met Z in the capital on Wednesday. ... Z warmly welcomed him. He thanked Z", "Addressing the board on
 * March 8, the envoy clarified his stand. He accused W": once the story has dated an occasion to a day of the news,
 * what its participants do in the sentences that follow, in the past tense and with no time of their own, they do at
 * that occasion, on its day, not "on or before" the day a later story retells it. Verbs of saying count here (they
 * end a {@link NarratedPast} telling, since a saying is often the article's own day; a participant's saying after a
 * dated occasion is the occasion's).
 * <p>
 * The occasion is the latest event of an earlier sentence dated to a day of the news ({@link #NEWS_DAYS}); its
 * telling ends where the story names another date, and reaches only acts one of its participants takes part in (an
 * act among others in the next sentence may be another day's).
 */
final class ContinuedOccasions {
    /** How far back a day may lie and still be a day of the news the story tells on. */
    private static final int NEWS_DAYS = 31;

    private ContinuedOccasions() {}

    /** The day of the occasion event d goes on telling, or null when it tells none. */
    static String dayOf(Draft d, Clause c, Set<Integer> words, List<TimeExpression> timexes, ArticleContext ctx) {
        if (!EventStatus.OCCURRED.equals(d.status) || d.actors.isEmpty()) return null;
        if (words.stream().noneMatch(w -> toldInPast(c, w))) return null;
        for (int i = 0; i < c.size(); i++) if (c.isTime(i)) return null;
        String day = latestNewsDay(c, timexes, ctx.article.publicationDay().orElse(null));
        if (day == null) return null;
        Draft occasion = latestDated(ctx.events, c.sentence.start());
        if (occasion == null || !day.equals(occasion.date)) return null;
        for (Participant p : d.everyone()) {
            for (Participant q : occasion.everyone()) if (sameParty(p, q)) return day;
        }
        return null;
    }

    /**
     * The same party named again, perhaps shorter or spelt otherwise: "Dmitri Anatoliyevich Medvedev", then
     * "Medvedev" or "Dmitry Medvedev". A name's last word is its head (a surname), which a second mention keeps; a
     * common noun ("the authorities", "the government") is no name, and names placed in two states are two parties.
     */
    private static boolean sameParty(Participant p, Participant q) {
        if (Participants.same(p, q)) return true;
        String a = lastWord(p.name()), b = lastWord(q.name());
        boolean sameState = p.country() == null || q.country() == null || p.country().equals(q.country());
        return a.length() > 2 && Character.isUpperCase(a.charAt(0)) && a.equals(b) && sameState;
    }

    private static String lastWord(String name) {
        if (name == null) return "";
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** The value of the date named last before the sentence when it is a day of the news; else null. */
    private static String latestNewsDay(Clause c, List<TimeExpression> timexes, LocalDate published) {
        TimeExpression latest = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.end() > c.sentence.start()) continue;
            if (latest == null || t.start() > latest.start()) latest = t;
        }
        if (latest == null || published == null) return null;
        String value = Circumstances.dateValue(latest);
        LocalDate day = ClauseTimes.day(value);
        boolean news = day != null && !day.isAfter(published) && !day.isBefore(published.minusDays(NEWS_DAYS));
        return news ? value : null;
    }

    /** The last occurred event before offset {@code before} that has a date, or null. */
    private static Draft latestDated(List<Draft> events, int before) {
        Draft latest = null;
        for (Draft e : events) {
            if (e.start >= before || e.date == null || !EventStatus.OCCURRED.equals(e.status)) continue;
            if (latest == null || e.start > latest.start) latest = e;
        }
        return latest;
    }

    /** An event word in the past tense, or a past passive ("was presented"). */
    private static boolean toldInPast(Clause c, int w) {
        if (c.pos(w).equals("VBD")) return true;
        return c.pos(w).equals("VBN") && !c.childrenExact(w, "aux:pass").isEmpty()
                && c.childrenExact(w, "aux").isEmpty();
    }
}
