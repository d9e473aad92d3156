package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * (s30, issue 13) One happening told twice in an article, where the two mentions do not name the very same parties,
 * so that {@link EventCoder}'s merge of identical mentions misses them:
 * <ul>
 * <li>a split: one event word read once per pair of its parties ("X met A and B" as X-A and X-B), the same span
 * twice; the parties of the second are added to the first, unless the text tells the meetings apart ("held
 * separate talks with A and B");</li>
 * <li>a restatement: the lead, or the sentence just before, tells the act and the next mention tells it again with
 * its doer named another way ("Israel vows war on Hamas. The foreign minister vowed..."): same type and code, a doer
 * in common, and the same side on the receiving end (a party or a country in common).</li>
 * </ul>
 * A mention the text marks as another occurrence ("again", "another") is never folded ({@link Draft#distinct}).
 * Two meeting words of one sentence are left apart: "Lee, who met Kim in Seoul last week, held talks with him
 * and Park on Friday" tells two meetings, and the parties alone do not tell them from one.
 */
final class RestatedMentions {
    private RestatedMentions() {}

    /** Whether the later draft is the same event word as the earlier one, read for other parties. */
    static boolean splitOf(Draft earlier, Draft later) {
        return !later.separately && earlier.type == later.type && earlier.start == later.start
                && earlier.end == later.end && earlier.status.equals(later.status);
    }

    /**
     * Whether the later draft, of the same type and code as the earlier, restates it: told in the lead or the
     * sentence before, with a doer in common and the same receiving side.
     */
    static boolean restates(Draft earlier, Draft later) {
        if (later.sentence <= earlier.sentence) return false;
        if (earlier.sentence != 0 && later.sentence != earlier.sentence + 1) return false;
        if (!Participants.overlap(earlier.actors, later.actors)) return false;
        if (earlier.recipients.isEmpty() || later.recipients.isEmpty()) return false;
        return Participants.overlap(earlier.recipients, later.recipients)
                || Participants.shareCountry(earlier.recipients, later.recipients, doersCountries(earlier, later));
    }

    /**
     * The countries of the two drafts' doers. (s52) A receiving side in the doer's own country is not told apart by its
     * country: "He praised the workers of the shipyard" and, in the next sentence, a praise of the country's founder
     * are two praises by one speaker of two compatriots, where "Israel vows war on Hamas. The foreign minister vowed to
     * crush Gaza's militants" names one foe abroad twice.
     */
    private static Set<String> doersCountries(Draft earlier, Draft later) {
        Set<String> home = new HashSet<>();
        for (Participant p : earlier.actors) if (p.country() != null) home.add(p.country());
        for (Participant p : later.actors) if (p.country() != null) home.add(p.country());
        return home;
    }

    /** Takes the parties of a folded mention into the kept one: each named once, doers as doers. */
    static void addParties(Draft kept, Draft folded) {
        Participants.addAll(kept.actors, folded.actors);
        for (Participant p : folded.recipients) if (!Participants.contains(kept.everyone(), p)) kept.recipients.add(p);
    }
}
