package org.dateline.core.connect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

import org.dateline.model.Participant;

/**
 * Gathers the reports of one real event into one story event: the February summit that two stories recall, the
 * North's offer of talks that one story dates "last week" and the next does not date at all.
 *
 * <p>Only events that could be the same are compared: a blocking key of (family, status class, canonical
 * participants, month) finds them, each event probing the months its days may fall in. A report then goes through
 * one chain of stages ({@link StoryFit#score}), each able to refuse it:
 * <pre>
 * KeyFit        same actors (after the knowledge base resolved names), recipients that agree, days that overlap,
 *               places that agree, published close to the story's core when undated
 * ToldAlike     nothing in either clause tells another deed: another count, thing sent, site, past, statement...
 * DeedEvidence  positive evidence, by the kind of deed, that it tells the deed of the story's CORE (its first
 *               report and the report that dated it): never admitted through a later member
 * words         the sentences alike enough for how the two are dated (HappeningWords)
 * SameHappening a learned veto: a logistic model over what the stages above computed (PairFeatures: how both are
 *               dated, how alike their clauses and sentences, the deed's kind, a copy, one thread), fitted on
 *               hand-labelled pairs (merge-model.tsv, dateline train merges), refuses a report it judges another
 *               happening than the story's core; it never admits one the rules refused
 * </pre> A plan and the meeting
 * it became are different status classes, hence different story events: {@link PlanOutcomeLinker} links them.
 * Two events of one article stay apart unless both name the very same day and place: an article reporting two
 * meetings of the same pair (one in Washington on Friday, one in New York later) means two meetings.
 *
 * <p>A report may code a person as their state when it does not name them ("she hosted her South Korean and Japanese
 * counterparts": South Korea beside two named envoys). Such a report joins a story of the same named people and
 * one person of that state, on the same stated days, and the state is read as that person. Only dated reports do:
 * the state is the weakest of participants, and the day is what ties it to the person.
 *
 * <p>A military act coded once with a state and once with its own troops ("killed by a U.S. armored car", "by an
 * armored car of the U.S. troops") is found under the side both name ({@link ArmedSides}) and read with the story's name
 * for it; every stage still weighs it. It still begins its own story under the name it was written with, and the two
 * stories join once all reports are placed ({@link LateJoins}): joined at once, the report would leave behind the
 * later reports that name the troops as it did, and change the days and words the state's story weighs later reports
 * by, so a merge gained there would cost merges elsewhere. So too a report tied to a story only by a name one writes
 * in full and the other by its initials ({@link Acronyms}: "the Asia Pacific Economic Cooperation", "APEC"), and
 * only where no story fits the report as written.
 */
public final class EventMerger {
    private static final int BUCKET_CAP = 200;
    /**
     * Two reports that date nothing are placed only by their publication days: a repeated phrase weeks apart ("U.S.
     * forces keep killing civilians") is a habit reported twice, not one happening, so a report must be published
     * within this many days of the story's first one.
     */
    static final int UNDATED_GAP_DAYS = 10;
    /** Days after a dated story past which an undated report must name its occasion to recall it ({@link StoryFit#recalledLate}). */
    static final int NAMED_RECALL_DAYS = 2 * UNDATED_GAP_DAYS;
    /**
     * The widest date, in days, that places a report on one occasion: a month. "This year" or "2010" is a date the
     * text gave, but a year holds every visit and every drill of it, so two reports of one year are compared as
     * undated ones are, on their words.
     */
    static final int PRECISE_DAYS = 31;

    private final ConnectLexicon lexicon;
    private final Map<String, Deque<Story>> buckets = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private final LateJoins lateJoins = new LateJoins();
    private final HappeningWords words = new HappeningWords();
    private final Tellings tellings = new Tellings();
    private final ToldAlike told;
    private final DeedEvidence evidence = new DeedEvidence(words);
    private final SoleOccasions occasions;
    private final SameHappening model = new SameHappening(new PairFeatures(words, evidence));
    private final StoryFit fit;
    /** How many reports {@link #settle} has taken out of their stories: it tells their own stories' ids apart. */
    private int dropped;

    public EventMerger(ConnectLexicon lexicon) {
        this.lexicon = lexicon;
        Predicate<EventMention> encounter =
                m -> lexicon.family(org.dateline.model.Spelled.of(m.event().type())).symmetric();
        this.told = new ToldAlike(tellings, words, encounter);
        this.fit = new StoryFit(words, tellings, told, evidence, model);
        this.occasions = new SoleOccasions(buckets, EventMerger::keys, (s, m) -> told.test(s, m) && evidence.shown(s, m),
                encounter);
    }

    /** Adds the events of one article; returns the stories they joined or started. */
    Set<Story> add(ArticleContext ctx, List<org.dateline.model.Event> events) {
        Set<Story> touched = new LinkedHashSet<>();
        Map<EventMention, Story> placed = new LinkedHashMap<>();
        for (EventMention first : datedFirst(ctx, events)) {
            EventMention m = first;
            Story sole = identifies(m) ? occasions.of(m) : null;
            Story s = stepOf(m, placed, sole);
            if (s != null) {
                s.addStep(m);
                words.seen(m);
                placed.put(m, s);
                continue;
            }
            s = sole;
            if (s != null) m = SoleOccasions.reading(m);
            if (s == null && identifies(m)) {
                // a visit abroad placed in the visitor's own state tells where its news was made, not where the
                // visit went (SoleOccasions#placedAtHome), whichever story of the visit it joins
                EventMention abroad = SoleOccasions.reading(m);
                s = best(abroad);
                if (s != null) m = abroad;
            }
            if (s == null && m.anchored() && identifies(m)) {
                for (Map.Entry<String, List<String>> v : variants(m, true).entrySet()) {
                    Map.Entry<Story, EventMention> found = bestStandIn(m, v.getKey(), v.getValue());
                    if (found != null) {
                        s = found.getKey();
                        m = found.getValue();
                        break;
                    }
                }
            }
            Map.Entry<Story, String> side = null;
            if (s == null && identifies(m)) {
                // a state's own force and the state are one side of a military act (ArmedSides): found now,
                // joined once every report is placed (LateJoins)
                for (Map.Entry<String, List<String>> v : ArmedSides.variants(m).entrySet()) {
                    Map.Entry<Story, EventMention> found = bestOnSide(m, v.getKey(), v.getValue());
                    if (found != null) {
                        side = Map.entry(found.getKey(), v.getKey());
                        break;
                    }
                }
            }
            // a name written in full and by its initials is one name (Acronyms), read only where no story fits the
            // report as written, and joined at the end as a side is
            Story spelt = s == null && side == null && identifies(m) ? bestByInitials(m) : null;
            boolean dates = m.anchored() && (s == null || !s.anchored);
            if (s == null) {
                s = new Story(m);
                stories.add(s);
                if (side != null) lateJoins.bySide(s, side.getKey(), side.getValue());
                else if (spelt != null) lateJoins.byInitials(s, spelt);
            } else {
                s.add(m);
            }
            index(s, m);
            List<Story> emptied = dates ? occasions.gather(s, m) : List.of();
            if (!emptied.isEmpty()) stories.removeAll(emptied);
            if (dates || s.anchored) settle(s);
            words.seen(m);
            touched.add(s);
            placed.put(m, s);
        }
        return touched;
    }

    /**
     * The stories, those found one side of a military act under two names, or one occasion named in full and by its
     * initials, joined ({@link LateJoins}): only once all reports are placed, so that the join adds the pairs of the
     * two stories and moves no report of either.
     */
    Collection<Story> stories() {
        for (Story gone : lateJoins.join()) {
            stories.remove(gone);
            for (Deque<Story> bucket : buckets.values()) bucket.remove(gone);
        }
        return stories;
    }

    /**
     * The features the learned stage weighs ({@link PairFeatures}) for two reports placed, keyed {@code article#event},
     * the earlier placed first; null when either is unknown. For training and its evaluation only.
     */
    List<String> pairFeatures(String a, String b) {
        EventMention x = placedReport(a), y = placedReport(b);
        if (x == null || y == null) return null;
        return x.context().order() <= y.context().order() ? model.features(x, y) : model.features(y, x);
    }

    /** The learned stage's probability that two placed reports tell one happening, or NaN when either is unknown. */
    double pairProbability(String a, String b) {
        EventMention x = placedReport(a), y = placedReport(b);
        if (x == null || y == null) return Double.NaN;
        return x.context().order() <= y.context().order() ? model.probability(x, y) : model.probability(y, x);
    }

    /**
     * The report placed under {@code article#event}, found in the stories: a scan, since only training and its
     * evaluation ask, and an index kept for them would grow with every report of a long stream.
     */
    private EventMention placedReport(String key) {
        return stories.stream().map(s -> s.report(key)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Keeps a story to its dated core: a report published before the happening its dated reports tell had begun
     * ({@link EarlyReports}) leaves it and stands as a story of its own, as it would have had the date been known
     * when it came. Checked each time a story is dated or joined, as its days may have narrowed.
     */
    private void settle(Story s) {
        for (EventMention early : EarlyReports.of(s)) {
            s.drop(early);
            // a report may leave more than one story as their days narrow: each of its own stories needs its own id
            Story own = new Story(early, "/alone" + ++dropped);
            stories.add(own);
            index(own, early);
        }
    }

    /**
     * The story a report is a step of: that of the deed it continues in its sentence ({@link CoordinatedDeeds}), or
     * the sole occasion it tells ({@link SoleOccasions}, {@code sole}) when its article has told that occasion already.
     */
    private static Story stepOf(EventMention m, Map<EventMention, Story> placed, Story sole) {
        EventMention head = CoordinatedDeeds.continued(m, placed.keySet());
        if (head != null) return placed.get(head);
        return sole != null && sole.articles.contains(m.context().id()) ? sole : null;
    }

    /**
     * The article's reports, those its text dates before those it does not, each group in text order. An article
     * holds one place in a story (two reports of one article are one happening only on the very same day and place),
     * and news often names a plan vaguely before it dates it ("left on Monday to attend a three-way meeting", then
     * "will sit down with them on Tuesday"): the dated report is the one that says which happening the article tells.
     */
    private List<EventMention> datedFirst(ArticleContext ctx, List<org.dateline.model.Event> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (org.dateline.model.Event e : events) out.add(EventMention.of(e, ctx, lexicon));
        tellings.readArticle(out);
        out.sort(Comparator.comparing(m -> !m.anchored())); // stable: text order kept within each group
        return out;
    }

    private Story best(EventMention m) { return best(m, fit::score); }

    /**
     * The story a report fits once a name it writes in full or by its initials is read as the other report's
     * ({@link StoryFit#scoreByInitials}); asked only when no story fits the report as written.
     */
    private Story bestByInitials(EventMention m) { return best(m, fit::scoreByInitials); }

    private Story best(EventMention m, ToDoubleBiFunction<Story, EventMention> scoring) {
        Story best = null;
        double bestScore = -1;
        for (String k : keys(m)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story s : bucket) {
                double score = scoring.applyAsDouble(s, m);
                if (score > bestScore) { best = s; bestScore = score; }
            }
        }
        return best;
    }

    /** The story a report fits once its state is read as one of the story's people of that state, and that reading. */
    private Map.Entry<Story, EventMention> bestStandIn(EventMention m, String state, List<String> variant) {
        return bestReading(m, variant, s -> {
            if (!s.anchored) return null;
            List<String> persons = new ArrayList<>(s.key);
            persons.removeAll(variant);
            if (persons.size() != 1) return null;
            Participant person = s.first().participant(persons.get(0));
            return person == null ? null : m.withStandIn(state, person);
        });
    }

    /**
     * The story a military act fits once one of its parties is read as the story's name for the same side ({@link
     * ArmedSides}: the state for its troops, or the troops for their state), and that reading. The report still
     * begins a story of its own, named as it was written, which joins the story found at the end ({@link LateJoins}).
     */
    private Map.Entry<Story, EventMention> bestOnSide(EventMention m, String replaced, List<String> variant) {
        return bestReading(m, variant, s -> {
            Participant side = ArmedSides.sideIn(s, m, replaced);
            return side == null ? null : m.withStandIn(replaced, side);
        });
    }

    /**
     * The best-fitting story among those under the variant's keys, each scored with the report as that story would
     * read it ({@code readingIn} gives null where the story offers no reading), and that reading; null if none.
     */
    private Map.Entry<Story, EventMention> bestReading(EventMention m, List<String> variant,
                                                       Function<Story, EventMention> readingIn) {
        Story best = null;
        EventMention bestReading = null;
        double bestScore = -1;
        for (String k : keys(m, variant)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story s : bucket) {
                EventMention reading = readingIn.apply(s);
                if (reading == null) continue;
                double score = fit.score(s, reading);
                if (score > bestScore) {
                    best = s;
                    bestReading = reading;
                    bestScore = score;
                }
            }
        }
        return best == null ? null : Map.entry(best, bestReading);
    }

    /**
     * An actor written as "@" + its state's code, one at a time: for a report ({@code states}), each state that
     * acts beside a named participant; for a story, each named actor of a known state beside another named one.
     * Each variant key with the participant it replaced.
     */
    static Map<String, List<String>> variants(EventMention m, boolean states) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m.key().size() < 2) return out;
        var names = m.context().names();
        long named = m.key().stream().filter(n -> !names.isState(n)).count();
        for (String n : m.key()) {
            // among the actors only: a state that receives ("visited China") is the host, not someone unnamed
            Participant p = m.actor(n);
            if (p == null || p.country() == null || names.isState(n) != states) continue;
            if (named - (states ? 0 : 1) < 1) continue;
            TreeSet<String> v = new TreeSet<>(m.key());
            v.remove(n);
            v.add("@" + p.country());
            out.put(n, List.copyOf(v));
        }
        return out;
    }

    /** True when a report names someone specific among its key participants, so that it may join another. */
    static boolean identifies(EventMention m) {
        for (String n : m.key()) if (!GenericParticipants.isGeneric(n)) return true;
        return false;
    }


    private void index(Story s, EventMention m) {
        List<String> all = new ArrayList<>(keys(m));
        if (m.anchored()) for (List<String> v : variants(m, false).values()) all.addAll(keys(m, v));
        for (List<String> v : ArmedSides.variants(m).values()) all.addAll(keys(m, v));
        for (String k : all) {
            Deque<Story> bucket = buckets.computeIfAbsent(k, x -> new ArrayDeque<>());
            if (bucket.contains(s)) continue;
            bucket.addFirst(s);
            if (bucket.size() > BUCKET_CAP) bucket.removeLast();
        }
    }

    /** Blocking keys: family, status class, participants, and each month the event's days may fall in. */
    static List<String> keys(EventMention m) { return keys(m, m.key()); }

    private static List<String> keys(EventMention m, List<String> key) {
        String base = m.family() + "|" + m.status().word() + "|" + String.join(";", key) + "|";
        if (m.span() == null) return List.of(base + "undated");
        List<String> out = new ArrayList<>();
        for (int month : m.span().months()) out.add(base + month);
        return out;
    }
}
