package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The positive evidence that a report tells the deed of a story, checked against the story's core ({@link
 * Story#core}: its first report and the report that dated it), never against any member: a report alike to the
 * story's fifth report, which was alike to its second, tells nothing of the first. Without this evidence a report
 * starts a story of its own, however well its keys, days and places fit ({@link KeyFit}) and whatever no rule of
 * {@link ToldAlike} found against it.
 *
 * <p>The evidence depends on the kind of deed ({@link DeedKind}); both reports must name someone specific among
 * their key participants ({@link #specific}: "officials", "the Korean people", "Newspapers of Russia and India" name
 * no one), and when they tell deeds of one kind:
 * <ul>
 *   <li>a message, letter, statement, greeting or condolence: the same sender (the key, and the same "from" party
 *       when a report names one, {@link DeedParties#sender}), no other addressee ({@link DeedParties#addressee}), the
 *       same day when both state one and days of news otherwise ({@link #MESSAGE_DAYS}), and then the same addressee
 *       or occasion ({@code sent-occasions});</li>
 *   <li>a visit or trip: a specific visitor (a person or a body, not a state), and the same object ({@link
 *       DeedParties#visited}): the trip's arrival, stay and departure are one; a site visited during it is another,
 *       and two sites are two;</li>
 *   <li>a meeting, talks or a reception: both sides specific, and the same stated date;</li>
 *   <li>a military act: the same stated day or the same place;</li>
 * </ul>
 * Two reports whose clauses name two media ({@link DeedParties#medium}: "the paper Pasason", "the National Radio")
 * tell two deeds. Two deeds of two known kinds (a message and a visit, a visit and the talks held during it) are never
 * one.
 * A rule that can neither show nor deny it (a meeting one report leaves undated) leaves the decision to the words, as
 * for any other deed: the two must state the same date ({@link #sameStatedDate}), or their trigger clauses tell the
 * same happening in their own words beyond the names ({@link HappeningWords#clauseSimilarity} at least {@link
 * #CLAUSE_SIMILARITY}); a sentence filed twice is one deed whatever its kind. Not thread-safe, like the merger that owns it.
 */
final class DeedEvidence {
    /** How far apart, in days, two reports of one message may be published or dated when one states no day. */
    static final int MESSAGE_DAYS = EventMerger.UNDATED_GAP_DAYS;
    /** The widest stated date that still places a report on the day another report states within it: a week. */
    static final int WEEK_DAYS = 7;
    /** How alike two trigger clauses must be (weighted Dice of their content lemmas, names left out). */
    static final double CLAUSE_SIMILARITY = 0.2;
    private static final Set<String> CROWDS = ConnectWords.get("crowd-heads");
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+"), SPACES = Pattern.compile("\\s+");

    /** What a kind's rule found: the same deed, another deed, or nothing either way. */
    enum Verdict { SAME, OTHER, UNKNOWN }

    private final HappeningWords words;

    DeedEvidence(HappeningWords words) {
        this.words = words;
    }

    /** True when the report tells the deed of the story's first report or of the report that dated it. */
    boolean shown(Story s, EventMention m) {
        for (EventMention c : s.core()) if (between(c, m)) return true;
        return false;
    }

    /** True when two reports tell one deed by the evidence of their kind, or by their clauses' words. */
    boolean between(EventMention c, EventMention m) {
        DeedKind kind = DeedKind.of(c), other = DeedKind.of(m);
        boolean force = kind == DeedKind.MILITARY && other == DeedKind.MILITARY;
        if (!specific(c, force) || !specific(m, force)) return false;
        // a sentence filed twice tells one deed, whatever its kind's rule would make of its reading
        if (ToldAlike.sameWords(c.mention().sentence(), m.mention().sentence())) return true;
        List<String> pa = DeedParties.medium(c), pb = DeedParties.medium(m);
        if (pa != null && pb != null && !DeedParties.same(pa, pb)) return false;
        // a message and a visit, a visit and the talks held during it, are two deeds whatever their words share
        if (kind != other && kind != DeedKind.OTHER && other != DeedKind.OTHER) return false;
        if (kind != DeedKind.OTHER && kind == other) {
            Verdict v = switch (kind) {
                case MESSAGE -> message(c, m);
                case VISIT -> visit(c, m);
                case MEETING -> meeting(c, m);
                case MILITARY -> military(c, m);
                case OTHER -> Verdict.UNKNOWN;
            };
            if (v != Verdict.UNKNOWN) return v == Verdict.SAME;
        }
        return sameStatedDate(c, m) || words.clauseSimilarity(c, m) >= CLAUSE_SIMILARITY;
    }

    static Verdict message(EventMention a, EventMention b) {
        List<String> fa = otherSender(a), fb = otherSender(b);
        if ((fa == null) != (fb == null) || fa != null && !DeedParties.same(fa, fb)) return Verdict.OTHER;
        if (!sameDay(a, b) || daysApart(a, b) > MESSAGE_DAYS) return Verdict.OTHER;
        Set<String> ka = DeedParties.forms(a), kb = DeedParties.forms(b);
        if (!ka.isEmpty() && !kb.isEmpty() && java.util.Collections.disjoint(ka, kb)) return Verdict.OTHER;
        List<String> ta = DeedParties.addressee(a), tb = DeedParties.addressee(b);
        if (ta != null && tb != null) return DeedParties.same(ta, tb) ? Verdict.SAME : Verdict.OTHER;
        return sharesOccasion(a, b) ? Verdict.SAME : Verdict.UNKNOWN;
    }

    static Verdict visit(EventMention a, EventMention b) {
        if (!DeedParties.sameObject(DeedParties.visited(a), DeedParties.visited(b))) return Verdict.OTHER;
        return namesSomeone(a) && namesSomeone(b) ? Verdict.SAME : Verdict.OTHER;
    }

    static Verdict meeting(EventMention a, EventMention b) {
        if (!bothSidesSpecific(a) || !bothSidesSpecific(b)) return Verdict.OTHER;
        if (!a.anchored() || !b.anchored() || a.span() == null || b.span() == null) return Verdict.UNKNOWN;
        if (!sameDay(a, b)) return Verdict.OTHER;
        return sameStatedDate(a, b) ? Verdict.SAME : Verdict.UNKNOWN;
    }

    static Verdict military(EventMention a, EventMention b) {
        if (a.anchored() && b.anchored() && a.span() != null && a.span().equals(b.span()) && a.span().days() == 1) {
            return Verdict.SAME;
        }
        if (a.place() != null && b.place() != null && Story.placesAgree(a.place(), b.place())) return Verdict.SAME;
        return Verdict.UNKNOWN;
    }

    /**
     * True when both reports state the same date, a month or finer ({@link EventMerger#PRECISE_DAYS}): "the summit
     * in February", "February's summit"; or a day within the week the other states. Who did it and when, both
     * stated, single out one occasion.
     */
    static boolean sameStatedDate(EventMention a, EventMention b) {
        if (!a.anchored() || !b.anchored() || a.span() == null || b.span() == null) return false;
        if (a.span().equals(b.span())) return a.span().days() <= EventMerger.PRECISE_DAYS;
        // a day within the week another report states ("on Monday", "earlier this week") is that week's occasion
        Span wide = a.span().days() >= b.span().days() ? a.span() : b.span(), narrow = wide == a.span() ? b.span() : a.span();
        return wide.days() <= WEEK_DAYS && !narrow.first().isBefore(wide.first()) && !narrow.last().isAfter(wide.last());
    }

    /**
     * The sender a report names after "from" ({@link DeedParties#sender}) when it is not the report's own actor: "the
     * embassy received a message from Anna Velde", coded with her as actor, is her message as "she expressed
     * condolences" is.
     */
    private static List<String> otherSender(EventMention m) {
        List<String> from = DeedParties.sender(m);
        if (from == null) return null;
        for (String n : m.key()) {
            if (m.actor(n) == null) continue;
            List<String> own = List.of(n.toLowerCase(Locale.ROOT).split("\\s+"));
            if (DeedParties.same(from, own)) return null;
        }
        return from;
    }

    /** False when both reports state a single day and the days differ. */
    static boolean sameDay(EventMention a, EventMention b) {
        if (!a.anchored() || !b.anchored() || a.span() == null || b.span() == null) return true;
        if (a.span().days() != 1 || b.span().days() != 1) return true;
        return a.span().equals(b.span());
    }

    /** Days between the two reports' days: the stated day where a report states one, else its publication. */
    static long daysApart(EventMention a, EventMention b) {
        LocalDate x = dayOf(a), y = dayOf(b);
        return x == null || y == null ? 0 : Math.abs(x.toEpochDay() - y.toEpochDay());
    }

    private static LocalDate dayOf(EventMention m) {
        if (m.anchored() && m.span() != null && m.span().days() == 1) return m.span().first();
        return m.day();
    }

    /** True when both sentences name an occasion a message is sent on ({@code sent-occasions}) and share one. */
    static boolean sharesOccasion(EventMention a, EventMention b) {
        Set<String> x = Tokens.kindsIn(a.mention().sentence()).get(1), y = Tokens.kindsIn(b.mention().sentence()).get(1);
        for (String k : x) if (y.contains(k)) return true;
        return false;
    }

    /**
     * True when one who did the deed is specific ({@link #specific(String)}): an actor of the report's key, not the
     * host or the other side of an encounter ("Delegations and delegates arrived" in the DPRK names no one).
     */
    static boolean specific(EventMention m) { return specific(m, false); }

    /**
     * True when one who did the deed is specific; in a military act ({@code side}) troops of a known state ("Israeli
     * troops") stand for their state's side, as the side hit does ({@link RecipientSides}), and the act's place or day
     * must still tie the two reports.
     */
    static boolean specific(EventMention m, boolean side) {
        for (String n : m.key()) {
            org.dateline.model.Participant p = m.actor(n);
            if (p == null) continue;
            if (specific(n) || side && p.country() != null && !p.country().isBlank()) return true;
        }
        return false;
    }

    /** True when one who did the deed is a specific person or body, not a state. */
    private static boolean namesSomeone(EventMention m) {
        for (String n : m.key()) if (m.actor(n) != null && specific(n) && !m.context().names().isState(n)) return true;
        return false;
    }

    private static boolean bothSidesSpecific(EventMention m) {
        int n = 0;
        for (String p : m.key()) if (specific(p)) n++;
        for (String p : m.others()) if (specific(p)) n++;
        return n >= 2;
    }

    /**
     * True when a name names someone: not a description ({@link GenericParticipants#isGeneric}) nor a crowd told by
     * its head ({@code crowd-heads}: "the Korean people", "Newspapers", "Delegations"), whatever capitals it has.
     */
    static boolean specific(String name) {
        if (GenericParticipants.isGeneric(name)) return false;
        String[] w = SPACES.split(OF.split(name.strip(), 2)[0]);
        return !CROWDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }
}
