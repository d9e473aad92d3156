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
 *   <li>a military act: the same stated day or the same place; and when either report tells one, never two
 *       reports whose sentences both name days of the act and none in common ({@link ActDays});</li>
 *   <li>an arrest, in any words: the same named person arrested, on no two stated days ({@link Detentions});</li>
 *   <li>a happening both sentences call by its name ({@link NamedHappenings#sharedBy}: "the Northern Shield drills"),
 *       when no rule of the kind found two deeds;</li>
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
    /** How many distinct words the shorter of two sentences needs, and what share of them the other must hold, to be its copy. */
    static final int COPY_WORDS = 15;
    static final double COPY_SHARE = 0.75;
    private static final Set<String> CROWDS = ConnectWords.get("crowd-heads");
    private static final Set<String> FORCES = ConnectWords.get("state-force-heads");
    private static final Pattern OF = Pattern.compile("(?i)\\s+of\\s+"), SPACES = Pattern.compile("\\s+");

    /** What a kind's rule found: the same deed, another deed, or nothing either way. */
    enum Verdict { SAME, OTHER, UNKNOWN }

    private final HappeningWords words;
    private final java.util.Map<EventMention, DeedFacts> facts = new java.util.IdentityHashMap<>();
    /** The report last placed, and what was read of it. */
    private EventMention probed;
    private DeedFacts probedFacts;
    private boolean byParties;

    DeedEvidence(HappeningWords words) {
        this.words = words;
    }

    /** True when the report tells the deed of the story's first report or of the report that dated it. */
    boolean shown(Story s, EventMention m) {
        if (m != probed) {
            probed = m;
            probedFacts = DeedFacts.of(m);
        }
        byParties = false;
        for (EventMention c : s.core()) if (between(c, facts(c), m, probedFacts)) return true;
        return false;
    }

    /**
     * True when the last evidence {@link #shown} found came from who and what the deed's kind names, not from words
     * alone: the same visitor's trip to the same place, one sender's message to one addressee, talks of both sides
     * on one date, a military act of one day. Such a report needs its sentence to add no more than a dated report's
     * must ({@link StoryFit#DAY_SIMILARITY}): "the historic visit to Russia", told by a welcome, a paper and a
     * poem, shares little more than the visit's name.
     */
    boolean byParties() { return byParties; }

    /**
     * What this merger read of a story's core report, read once ({@link DeedFacts}); the report being placed is read
     * once for all the stories it is tried against ({@link #probed}), as its readings (a stand-in, a place abroad)
     * are new reports that no story keeps.
     */
    DeedFacts facts(EventMention m) { return facts.computeIfAbsent(m, DeedFacts::of); }

    /** True when two reports tell one deed by the evidence of their kind, or by their clauses' words. */
    boolean between(EventMention c, EventMention m) {
        byParties = false;
        return between(c, facts(c), m, facts(m));
    }

    private boolean between(EventMention c, DeedFacts fc, EventMention m, DeedFacts fm) {
        // a sentence filed twice, or told again inside a longer one, tells one deed whoever its parties are, unless
        // what it says of the deed's kind tells two apart (two addressees, two sites, two media, two kinds)
        boolean copy = copied(fc.sentenceWords(), fm.sentenceWords());
        DeedKind kind = fc.kind(), other = fm.kind();
        boolean force = kind == DeedKind.MILITARY && other == DeedKind.MILITARY;
        if (!copy && (!specific(c, force) || !specific(m, force))) return false;
        // a sentence filed twice tells one deed, whatever its kind's rule would make of its reading
        if (ToldAlike.sameWords(c.mention().sentence(), m.mention().sentence())) return true;
        if (fc.medium() != null && fm.medium() != null && !DeedParties.same(fc.medium(), fm.medium())) return false;
        // strikes of two days are two, however alike the words of a place struck again and again (ActDays)
        if ((kind == DeedKind.MILITARY || other == DeedKind.MILITARY) && ActDays.apart(c, m)) return false;
        // a message and a visit, a visit and the talks held during it, are two deeds whatever their words share
        if (kind != other && kind != DeedKind.OTHER && other != DeedKind.OTHER) return false;
        if (kind != DeedKind.OTHER && kind == other) {
            Verdict v = switch (kind) {
                case MESSAGE -> message(c, m, fc, fm);
                case VISIT -> visit(c, m, fc, fm, copy);
                case MEETING -> meeting(c, m, fc, fm, copy);
                case MILITARY -> military(c, m);
                case OTHER -> Verdict.UNKNOWN;
            };
            if (v != Verdict.UNKNOWN) {
                byParties = v == Verdict.SAME && (kind != DeedKind.MILITARY || oneDay(c, m));
                return v == Verdict.SAME;
            }
        }
        // who was arrested singles out the arrest, whatever words tell it ("arrested him", "put him in jail")
        if (kind == DeedKind.OTHER && other == DeedKind.OTHER && Detentions.onePerson(c, m)) {
            byParties = true;
            return true;
        }
        // the name of the happening both tell singles it out, as who went where does a visit
        if (NamedHappenings.sharedBy(c, m)) {
            byParties = true;
            return true;
        }
        return copy || sameStatedDate(c, m) || words.clauseSimilarity(c, m) >= CLAUSE_SIMILARITY;
    }

    /**
     * True when one sentence is the other filed again, or told again inside a longer one, in nearly its words: at
     * least {@link #COPY_SHARE} of the shorter's words, which are {@link #COPY_WORDS} or more ("the special actions
     * will start soon", and "the group issued a notice that the special actions will start soon"). A sentence that
     * long is not written twice of two deeds. The words are its prose ({@link #proseWords}): a long name is no long
     * sentence.
     */
    static boolean copied(Set<String> a, Set<String> b) {
        Set<String> shorter = a.size() <= b.size() ? a : b, longer = shorter == a ? b : a;
        if (shorter.size() < COPY_WORDS) return false;
        int shared = 0;
        for (String w : shorter) if (longer.contains(w)) shared++;
        return shared >= COPY_SHARE * shorter.size();
    }

    /**
     * The distinct words of a sentence written in lower case, the words its copy is told by ({@link #copied}): not the
     * capitalised words of its names and titles. A body's long name ("the National Committee for the Study of the
     * Ideas of Velo") and a greeting's address fill half of every sentence about that body, and two of its postings
     * of two days would read as one sentence filed twice; what they did and when is told in the prose between.
     */
    static Set<String> proseWords(String sentence) {
        return Set.copyOf(DeedKind.lowerWords(sentence));
    }

    Verdict message(EventMention a, EventMention b, DeedFacts fa, DeedFacts fb) {
        List<String> sa = fa.otherSender(), sb = fb.otherSender();
        if ((sa == null) != (sb == null) || sa != null && !DeedParties.same(sa, sb)) return Verdict.OTHER;
        if (!sameDay(a, b)) return Verdict.OTHER;
        if (!fa.forms().isEmpty() && !fb.forms().isEmpty() && java.util.Collections.disjoint(fa.forms(), fb.forms())) {
            return Verdict.OTHER;
        }
        List<String> ta = fa.addressee(), tb = fb.addressee();
        boolean named = ta != null && tb != null;
        // a message recalled by its addressee ("the message he sent to X upon his election") may be recalled later
        long within = named && DeedParties.same(ta, tb) ? EventMerger.NAMED_RECALL_DAYS : MESSAGE_DAYS;
        if (daysApart(a, b) > within) return Verdict.OTHER;
        if (named) return DeedParties.same(ta, tb) ? Verdict.SAME : Verdict.OTHER;
        return sharesOccasion(fa, fb) ? Verdict.SAME : Verdict.UNKNOWN;
    }

    /** A visit: the same object, and a specific visitor (or one sentence told twice, {@code copy}). */
    Verdict visit(EventMention a, EventMention b, DeedFacts fa, DeedFacts fb, boolean copy) {
        if (!DeedParties.sameObject(fa.visited(), fb.visited())) return Verdict.OTHER;
        return copy || namesSomeone(a) && namesSomeone(b) ? Verdict.SAME : Verdict.OTHER;
    }

    /**
     * Talks, a meeting, a banquet: both sides specific and the same stated date, or a day within the month the other
     * states ({@link #withinStatedMonth}). A report that names one side only
     * ("he made a speech at the banquet") is the deed of the other when both name it by the same word ({@link
     * DeedFacts#deedWords}: "banquet") on the same stated day.
     */
    static Verdict meeting(EventMention a, EventMention b, DeedFacts fa, DeedFacts fb, boolean copy) {
        if (!bothSidesSpecific(a) || !bothSidesSpecific(b)) {
            // a banquet and a reception are two occasions however alike the sentences that tell them
            if (java.util.Collections.disjoint(fa.deedWords(), fb.deedWords())) return Verdict.OTHER;
            return copy || oneDay(a, b) ? Verdict.SAME : Verdict.OTHER;
        }
        if (!bothStated(a, b)) return Verdict.UNKNOWN;
        if (!sameDay(a, b)) return Verdict.OTHER;
        return sameStatedDate(a, b) || withinStatedMonth(a, b) ? Verdict.SAME : Verdict.UNKNOWN;
    }

    /**
     * True when one report's stated day lies within the month (or shorter span) the other states: "the talks between
     * the two presidents in August" recall the talks of August 24. Only for deeds whose parties single them out.
     */
    static boolean withinStatedMonth(EventMention a, EventMention b) {
        return bothStated(a, b) && oneWithinOther(a.span(), b.span(), EventMerger.PRECISE_DAYS);
    }

    /** True when the narrower span lies within the wider, which is at most {@code widest} days long. */
    private static boolean oneWithinOther(Span a, Span b, int widest) {
        Span wide = a.days() >= b.days() ? a : b, narrow = wide == a ? b : a;
        return wide.days() <= widest && wide.contains(narrow);
    }

    /** True when both reports state a date of their own (a day, a week, a month...). */
    private static boolean bothStated(EventMention a, EventMention b) {
        return a.anchored() && b.anchored() && a.span() != null && b.span() != null;
    }

    static Verdict military(EventMention a, EventMention b) {
        if (oneDay(a, b)) return Verdict.SAME;
        if (a.place() != null && b.place() != null && Story.placesAgree(a.place(), b.place())) return Verdict.SAME;
        return Verdict.UNKNOWN;
    }

    /**
     * True when both reports state the same date, a month or finer ({@link EventMerger#PRECISE_DAYS}): "the summit
     * in February", "February's summit"; or a day within the week the other states. Who did it and when, both
     * stated, single out one occasion.
     */
    static boolean sameStatedDate(EventMention a, EventMention b) {
        if (!bothStated(a, b)) return false;
        if (a.span().equals(b.span())) return a.span().days() <= EventMerger.PRECISE_DAYS;
        // a day within the week another report states ("on Monday", "earlier this week") is that week's occasion
        return oneWithinOther(a.span(), b.span(), WEEK_DAYS);
    }

    /**
     * The sender a report names after "from" ({@link DeedParties#sender}) when it is not the report's own actor: "the
     * embassy received a message from Anna Velde", coded with her as actor, is her message as "she expressed
     * condolences" is.
     */
    static List<String> otherSender(EventMention m) {
        List<String> from = DeedParties.sender(m);
        if (from == null) return null;
        for (String n : m.key()) {
            if (m.actor(n) == null) continue;
            List<String> own = List.of(n.toLowerCase(Locale.ROOT).split("\\s+"));
            if (DeedParties.same(from, own)) return null;
        }
        return from;
    }

    /** True when both reports state the same single day. */
    static boolean oneDay(EventMention a, EventMention b) {
        return a.anchored() && b.anchored() && a.span() != null && a.span().days() == 1 && a.span().equals(b.span());
    }

    /** False when both reports state a single day and the days differ. */
    static boolean sameDay(EventMention a, EventMention b) {
        if (!bothStated(a, b)) return true;
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
    static boolean sharesOccasion(DeedFacts a, DeedFacts b) {
        for (String k : a.occasions()) if (b.occasions().contains(k)) return true;
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
            boolean state = p.country() != null && !p.country().isBlank();
            if (specific(n) || state && (side || forceOfState(n))) return true;
        }
        return false;
    }

    /**
     * True when a name is a state's own armed force or government by its head ({@code state-force-heads}) and names
     * which ("Ruritanian troops", "U.S. forces", not "the troops"): coded with its state, it is that state.
     */
    static boolean forceOfState(String name) {
        if (GenericParticipants.isGeneric(name) && name.equals(name.toLowerCase(Locale.ROOT))) return false;
        String[] w = wordsBeforeOf(name);
        return w.length > 1 && FORCES.contains(head(w));
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
        return !CROWDS.contains(head(wordsBeforeOf(name)));
    }

    /** The words of a name before its first "of": "Ruritanian troops of the northern front" gives "Ruritanian troops". */
    private static String[] wordsBeforeOf(String name) { return SPACES.split(OF.split(name.strip(), 2)[0]); }

    /** The head of a name's words, its last, in lower-case letters only. */
    private static String head(String[] words) {
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
