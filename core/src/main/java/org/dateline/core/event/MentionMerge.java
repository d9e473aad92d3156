package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * One event, many mentions: a later mention with the same type, participants and status, and no other date, adds what
 * it knows (a place, a topic) to the first instead of standing as a second event; so does one that restates it with
 * its parties named otherwise ({@link RestatedMentions}). Both coders (English and Spanish) fold their drafts of an
 * article through it, so that one act told twice ("X sent a message ... In the message, X congratulated ...") is
 * counted once, whatever language told it.
 */
final class MentionMerge {
    private MentionMerge() {}

    /**
     * The drafts with every later mention of an event folded into its first (see the class). A mention folded so stays
     * a mention the next ones are compared with: a third telling that repeats the second word for word joins the same
     * event.
     */
    static List<Draft> merge(List<Draft> all) {
        List<Draft> kept = new ArrayList<>();
        List<Folded> folded = new ArrayList<>();
        outer:
        for (Draft d : all) {
            for (Draft k : kept) if (absorbs(k, k, d, folded)) continue outer;
            for (int i = 0; i < folded.size(); i++) if (absorbs(folded.get(i).mention(), folded.get(i).keeper(), d, folded)) continue outer;
            kept.add(d);
        }
        return kept;
    }

    /** A mention folded into a kept event with other parties: later mentions are compared with it too. */
    private record Folded(Draft mention, Draft keeper) {}

    /** Whether d tells again the event {@code keeper}, here told as {@code mention}; if so keeper takes what d adds. */
    private static boolean absorbs(Draft mention, Draft keeper, Draft d, List<Folded> folded) {
        if (d.distinct || mention.place != null && d.place != null && !mention.place.equals(d.place)) return false;
        // one meeting split per pair of parties: the parties of the split join the first
        if (RestatedMentions.splitOf(mention, d)) {
            // (s60) one party's act of a list told one per party (DistributedActs) takes no other party's name
            if (!keeper.distinct) RestatedMentions.addParties(keeper, d);
            folded.add(new Folded(d, keeper));
            return true;
        }
        if (mention.type != d.type || !mention.status.equals(d.status) || !mention.cameo.equals(d.cameo)) return false;
        // (s52) one title naming speakers of two countries ("the president" of a Mexican and of a French body) is two
        // speakers, not one told twice
        if (Participants.countriesClash(mention.everyone(), d.everyone())) return false;
        boolean sameParties = Participants.sameSet(mention.everyone(), d.everyone());
        if (!sameParties && !RestatedMentions.restates(mention, d)) return false;
        if (mention.date != null && d.date != null && !(mention.date.equals(d.date))) return false;
        // an undated mention does not take the date of a later, dated one: "A sat down with B" and "A, who
        // held talks with B on Friday" in the next sentence are two meetings
        if (mention.date == null && d.date != null) return false;
        if (!sameParties) folded.add(new Folded(d, keeper));
        if (keeper.place == null) keeper.place = d.place;
        if (keeper.topic == null) keeper.topic = d.topic;
        if (keeper.outcome == null) keeper.outcome = d.outcome;
        if (keeper.mode == null) keeper.mode = d.mode;
        if (keeper.reportedBy == null) keeper.reportedBy = d.reportedBy;
        keeper.confidence = Math.min(0.95, Math.max(keeper.confidence, d.confidence) + 0.05);
        return true;
    }
}
