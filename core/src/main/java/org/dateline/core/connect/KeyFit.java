package org.dateline.core.connect;

import java.time.LocalDate;

/**
 * Whether a report's keys, recipients, days and places let it be a report of a story at all, and how well: the
 * blocking test {@link EventMerger} runs before it reads any words.
 */
final class KeyFit {
    private KeyFit() {}

    /**
     * How well a report's keys, days and places fit a story, or a negative number when they cannot. A report whose
     * article the story holds already fits only on the very same day and place, unless it is taken as a second
     * report of the story's occasion in that article ({@code secondOfArticle}, {@link SoleOccasions}).
     */
    static double score(Story s, EventMention m, boolean secondOfArticle) {
        if (!s.family.equals(m.family()) || s.status != m.status() || !s.key.equals(m.key())) return -1;
        if (!RecipientSides.agree(s, m)) return -1;
        boolean sameArticle = s.articles.contains(m.context().id());
        if (sameArticle && !secondOfArticle && !(m.anchored() && s.anchored && m.span().days() == 1 && m.span().equals(s.span)
                && Story.placesAgree(s.place(), m.place()) && s.place() != null == (m.place() != null))) return -1;
        if (s.span == null || m.span() == null) {
            if (s.span != null || m.span() != null || !m.context().thread().equals(s.first().context().thread())) return -1;
        } else if (!s.span.overlaps(m.span())) {
            return -1;
        }
        if (!Story.placesAgree(s.place(), m.place())) return -1;
        // a year holds every occasion of its kind ("this year the people acclaimed him"): a report dated no finer is
        // placed by its publication, as an undated one is, and must be published close to the story's, unless it
        // names both parties of one occasion ("the anniversary of the leader's visit to Russia" last year)
        boolean undated = !s.anchored && !m.anchored();
        boolean yearOnly = !undated && !precise(s) && !precise(m);
        if ((undated || yearOnly && !StoryFit.namesBoth(m)) && !publishedClose(s, m)) return -1;
        double score = 1;
        if (s.anchored && m.anchored()) score += 2 + (s.span.equals(m.span()) ? 1 : 0);
        if (s.place() != null && m.place() != null) score += 1;
        return score;
    }

    /** True when the text dates a story to a month or finer ({@link EventMerger#PRECISE_DAYS}). */
    private static boolean precise(Story s) {
        return s.anchored && s.span != null && s.span.days() <= EventMerger.PRECISE_DAYS;
    }

    private static boolean precise(EventMention m) {
        return m.anchored() && m.span() != null && m.span().days() <= EventMerger.PRECISE_DAYS;
    }

    /**
     * Published within the gap of the story's first report: a chain of reports ten days apart is no one event, and a
     * report is never placed by a later member. A report that names both parties ({@link StoryFit#namesBoth}:
     * "the leader's visit to Russia") may come up to {@link EventMerger#NAMED_RECALL_DAYS} after the first: a visit
     * of a week is welcomed, hailed and covered by a paper's pages over the weeks after, and who went where holds
     * those reports together where a repeated phrase of one actor does not.
     */
    private static boolean publishedClose(Story s, EventMention m) {
        LocalDate first = s.first().day();
        if (m.day() == null || first == null) return true;
        long sinceFirst = Math.abs(first.toEpochDay() - m.day().toEpochDay());
        if (sinceFirst <= EventMerger.UNDATED_GAP_DAYS) return true;
        return sinceFirst <= EventMerger.NAMED_RECALL_DAYS && StoryFit.namesBoth(m);
    }

    /**
     * True when every party a report names specifically beside its key ({@link EventMention#others}: the recipient
     * of a message, the host of a visit) is named by some report of the story too. Who met or greeted whom singles
     * out a happening only when both reports say it: "the leader received a message from the Indian party's
     * secretary" names a sender that the story of "the leader sent a birthday spread to a centenarian" never named,
     * and says nothing for that story.
     */
    static boolean sharesOthers(Story s, EventMention m) {
        for (String o : m.others()) {
            if (GenericParticipants.isGeneric(o)) continue;
            boolean named = false;
            for (EventMention x : s.mentions) named |= x.others().contains(o) || x.key().contains(o);
            if (!named) return false;
        }
        return true;
    }
}
