package org.dateline.core.event;

import java.util.HashSet;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * An event its clause's words left undated. It takes the day it refers to elsewhere in the story: the day of the
 * document that does it ({@link DocumentDates}: "The statement accused Y"), else the day "the same day" points back to
 * ({@link SameDayReferences}), or the day of the speech occasion whose speaker makes it ({@link SpeechOccasions}: "He
 * held a press conference on Sunday. The spokesman demanded ..."). Failing these, it may lie in a past the text does not date, and then gets no date at
 * all rather than the article's day: a look-back cue under it ({@link LookBacks}: "in those days", "in the past"), a
 * remembered act ({@link Recollections}), an act of a life the story looks back on ({@link RetrospectiveSubjects}),
 * or a past told as background ({@link PastCues#background}); last, a past the story goes on telling
 * ({@link NarratedPast}) or the day a visit story is on ({@link VisitDays}), or the
 * time an occasion story's lead gives ({@link OccasionStories}). The order is the order of trust, first
 * match wins.
 */
final class LastResortDates {
    private final ClauseTimes times;
    private final Clause c;
    private final PastCues past;
    private final LookBacks lookBacks;
    private final ArticleContext ctx;

    LastResortDates(ClauseTimes times, PastCues past, ArticleContext ctx) {
        this.times = times;
        this.c = times.c;
        this.past = past;
        this.lookBacks = new LookBacks(times, past);
        this.ctx = ctx;
    }

    void date(Draft d, Set<Integer> words) {
        TimeExpression referred = referred(d, words);
        // dates (s57): a bare participle tail ("..., the statement said, urging X") is done in the act it hangs on
        // ("LinkedDates.participleAdjuncts"), also when that act is dated by the day it refers to, not by its clause
        if (referred == null) {
            Set<Integer> hosts = new HashSet<>();
            for (int a : words) if (LinkedDates.bareParticipleAdjunct(c, a)) hosts.add(c.head(a));
            if (!hosts.isEmpty()) referred = referred(d, hosts);
        }
        if (referred != null) times.set(d, referred);
        if (d.date == null) lookBacks.date(d, words);
        // past2: a remembered act ("recalled that X invited him") has its own date or none (Recollections)
        if (d.date == null && Recollections.remembered(c, words)) d.undatedPast = true;
        // kdate (s24): a plain-past act of someone the story looks back on is their life's, not the article's day
        if (d.date == null && RetrospectiveSubjects.lived(c, d, words, ctx)) d.undatedPast = true;
        // precise (s23): a past act told as background ("since X visited", "the man who attacked Y")
        if (d.date == null && words.stream().anyMatch(past::background)) d.undatedPast = true;
        // history (s45): a "when" clause of the past with no date sets the scene; the act is no event (question 126)
        if (d.date == null && !d.undatedPast && words.stream().anyMatch(past::sceneSetting)) {
            d.undatedPast = true;
            d.background = Background.WHEN_CLAUSE;
        }
        // kpast (s29): a plain-past act of a story telling the past takes that past (NarratedPast)
        if (d.date == null && !d.undatedPast) ctx.narrated.carry(d, c, words);
        // visits (s39): an act of a visit story takes the day the story is on (VisitDays)
        if (d.date == null && !d.undatedPast) ctx.visitDays.carry(d, c, words);
        // dates (s47): an act of an occasion story takes the time its lead gives the occasions (OccasionStories)
        if (d.date == null && !d.undatedPast) ctx.occasionStories.carry(d, c, words);
    }

    /**
     * The day an act of these words refers to elsewhere in the story: its document's, the day "the same day" points
     * back to, or its speech occasion's; null when none.
     */
    private TimeExpression referred(Draft d, Set<Integer> words) {
        TimeExpression referred = DocumentDates.ofActs(c, words, ctx);
        if (referred == null) referred = DocumentDates.ofBlock(d, ctx); // the issuer's own act in its quoted words
        if (referred == null) referred = SameDayReferences.of(c, words, times.timexes);
        // dates (s35): a speech act of a dated occasion's speaker named again ("The spokesman demanded"); never one of
        // a person the story looks back on: their words belong to their life, not to the occasion that remembers them
        if (referred == null && !RetrospectiveSubjects.lived(c, d, words, ctx)) referred = ctx.occasions.of(c, words);
        return referred;
    }
}
