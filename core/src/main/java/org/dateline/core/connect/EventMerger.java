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
import java.util.function.Predicate;

import org.dateline.model.Participant;

/**
 * Gathers the reports of one real event into one story event: the February summit that two stories recall, the
 * North's offer of talks that one story dates "last week" and the next does not date at all.
 *
 * <p>Only events that could be the same are compared: a blocking key of (family, status class, canonical
 * participants, month) finds them, each event probing the months its days may fall in. A report then goes through
 * one chain of stages ({@link #score}), each able to refuse it:
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
 */
public final class EventMerger {
    private static final int BUCKET_CAP = 200;
    /**
     * How alike two reports' sentences must be (weighted Dice of content lemmas, {@link HappeningWords}) to be one
     * happening: when both state the same day the date ties them and a shared rare word will do; when both state
     * overlapping dates, a little more; when one is only placed in a window around its publication day, the words
     * must carry the evidence, unless the report names both parties ({@link #namesBoth}).
     */
    static final double DAY_SIMILARITY = 0.05;
    static final double DATED_SIMILARITY = 0.1;
    static final double WINDOW_SIMILARITY = 0.2;
    /**
     * How alike the sentences of a lone deed must be ({@link #lone}: one actor, no recipient in any report): "the
     * leader celebrated the anniversary", "the leader's work was posted", "he took measures for the holiday" are
     * all one actor's deeds of a day with no one to tie them, so the words must tell the same happening whatever
     * the date.
     */
    static final double LONE_SIMILARITY = 0.2;
    /**
     * Two reports that date nothing are placed only by their publication days: a repeated phrase weeks apart ("U.S.
     * forces keep killing civilians") is a habit reported twice, not one happening, so a report must be published
     * within this many days of the story's first one.
     */
    static final int UNDATED_GAP_DAYS = 10;
    /** Days after a dated story past which an undated report must name its occasion to recall it ({@link #recalledLate}). */
    static final int NAMED_RECALL_DAYS = 2 * UNDATED_GAP_DAYS;
    /**
     * What a report must share with one report of a story when it is weak evidence on its own ({@link #alone}): no
     * date from its text and no one specific beside its single actor. "The leader delivered a speech" and "he gave
     * tools to a farm" are what such an actor does every other day; it takes about three words as telling as
     * one in a hundred reports ({@link HappeningWords#sharedWeight}) to say it is a second report of one of them:
     * the same aircraft delivered, the same conditions demanded.
     */
    static final double ALONE_EVIDENCE = 3 * Math.log(1 / HappeningWords.UNCOMMON);
    /**
     * The widest date, in days, that places a report on one occasion: a month. "This year" or "2010" is a date the
     * text gave, but a year holds every visit and every drill of it, so two reports of one year are compared as
     * undated ones are, on their words.
     */
    static final int PRECISE_DAYS = 31;
    /**
     * How many words written in lower case a sentence needs for its second filing to tie a lone, undated report to
     * the first ({@link #filedTwice}): a news sentence has a dozen, a cheer or a slogan half as many.
     */
    static final int FILED_WORDS = 8;

    private final ConnectLexicon lexicon;
    private final Map<String, Deque<Story>> buckets = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private final HappeningWords words = new HappeningWords();
    private final Tellings tellings = new Tellings();
    private final ToldAlike told;
    private final DeedEvidence evidence = new DeedEvidence(words);
    private final SoleOccasions occasions;
    private final SameHappening model = new SameHappening(new PairFeatures(words, evidence));
    /** How many reports {@link #settle} has taken out of their stories: it tells their own stories' ids apart. */
    private int dropped;

    public EventMerger(ConnectLexicon lexicon) {
        this.lexicon = lexicon;
        Predicate<EventMention> encounter =
                m -> lexicon.family(org.dateline.model.Spelled.of(m.event().type())).symmetric();
        this.told = new ToldAlike(tellings, words, encounter);
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
            boolean dates = m.anchored() && (s == null || !s.anchored);
            if (s == null) {
                s = new Story(m);
                stories.add(s);
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

    Collection<Story> stories() { return stories; }

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

    private Story best(EventMention m) {
        Story best = null;
        double bestScore = -1;
        for (String k : keys(m)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story s : bucket) {
                double score = score(s, m);
                if (score > bestScore) { best = s; bestScore = score; }
            }
        }
        return best;
    }

    /** The story a report fits once its state is read as one of the story's people of that state, and that reading. */
    private Map.Entry<Story, EventMention> bestStandIn(EventMention m, String state, List<String> variant) {
        Story best = null;
        EventMention bestReading = null;
        double bestScore = -1;
        for (String k : keys(m, variant)) {
            Deque<Story> bucket = buckets.get(k);
            if (bucket == null) continue;
            for (Story s : bucket) {
                if (!s.anchored) continue;
                List<String> persons = new ArrayList<>(s.key);
                persons.removeAll(variant);
                if (persons.size() != 1) continue;
                Participant person = s.first().participant(persons.get(0));
                if (person == null) continue;
                EventMention reading = m.withStandIn(state, person);
                double score = score(s, reading);
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

    /**
     * How well a report fits a story, or a negative number when it cannot be the same event: the keys, recipients,
     * days and places must agree, the clauses must tell it the same way and give no different counts of one thing,
     * two pieces of a medium's own blame must name the deed they blame for alike ({@link OwnPieces}), the report must
     * show that it tells the deed of the story's core ({@link DeedEvidence}), and the sentences must tell of the same
     * happening.
     */
    double score(Story s, EventMention m) {
        double keys = KeyFit.score(s, m, false);
        if (keys < 0 || !told.test(s, m) || OwnPieces.apart(s, m, words) || !evidence.shown(s, m)) return -1;
        double similarity = words.similarity(s, m);
        if (alone(s, m) && !aloneTiedBy(s, m)) return -1;
        if (recalledLate(s, m, UNDATED_GAP_DAYS) && !words.sharesSpecific(s, m, HappeningWords.UNCOMMON)) return -1;
        if (recalledLate(s, m, NAMED_RECALL_DAYS) && !words.sharesName(s, m, HappeningWords.RARE)) return -1;
        if (s.anchored && m.anchored() && otherGrain(s, m) && tellings.of(m) != Telling.SEVERAL) return -1;
        boolean dated = s.anchored && m.anchored();
        boolean sameDay = dated && m.span().days() == 1 && m.span().equals(s.span);
        boolean placedByWindow = !s.anchored || !m.anchored();
        double window = placedByWindow && namesBoth(m) && KeyFit.sharesOthers(s, m) ? DATED_SIMILARITY : WINDOW_SIMILARITY;
        // who and what the deed's kind names already tie the report to the core (DeedEvidence#byParties)
        double needed = sameDay || evidence.byParties() ? DAY_SIMILARITY : dated ? DATED_SIMILARITY : window;
        if (lone(s, m)) needed = Math.max(needed, LONE_SIMILARITY);
        if (similarity < needed) return -1;
        if (!model.accepts(s, m)) return -1;
        return keys + similarity;
    }

    /**
     * True when a report the text gives no date names no one specific beside its single actor that a report of the
     * story names too: "the leader provided field guidance", which he does every week, at a different place each
     * time. Such a report joins only on a word few reports use ({@link HappeningWords#RARE}): the site's name; and
     * only on several telling words in common with one report of the story ({@link #ALONE_EVIDENCE}), not on its deed
     * alone.
     */
    /**
     * True when a report that is weak evidence on its own ({@link #alone}) still ties itself to the story: in the
     * same words as its first report (the same story filed twice), or by several telling words in common with one
     * report ({@link #ALONE_EVIDENCE}) among them a word few reports use. When the story is dated that word may be
     * any ("the same aircraft"), and so when either sentence marks its deed as recent ({@link Recency}: "days after
     * they demanded", "earlier, they provided"); when the story is as dateless as the report and nothing marks
     * either as news, it must be a name ({@link HappeningWords#sharesName}): "he developed the idea in depth", "the
     * imperialists committed crimes in the war", told of no day, share long phrases of the agency's praise and
     * blame in every other story, while one occasion recalled without a date is told by its name or place ("the
     * speech at the square").
     */
    private boolean aloneTiedBy(Story s, EventMention m) {
        if (filedTwice(s.first(), m)) return true;
        if (words.sharedWeight(s, m) < ALONE_EVIDENCE) return false;
        if (s.anchored || Recency.marked(m) || Recency.marked(s.first())) return words.sharesSpecific(s, m, HappeningWords.RARE);
        return words.sharesName(s, m, HappeningWords.RARE);
    }

    /**
     * True when a report's sentence is the first report's filed again: the same words, and enough of them written in
     * lower case ({@link #FILED_WORDS}) to be written once. "The dear leader, thank you very much", a cheer or a
     * slogan, is what many speakers say on many days: the same short formula in two articles is two utterances.
     */
    static boolean filedTwice(EventMention first, EventMention m) {
        String sentence = m.mention().sentence();
        return ToldAlike.sameWords(first.mention().sentence(), sentence)
                && DeedEvidence.proseWords(sentence).size() >= FILED_WORDS;
    }

    /**
     * True when a report names two parties specifically, one of them a person or a body and not only a state: "the
     * leader's visit to Russia", "the talks between the two presidents". Who met whom singles out a happening among
     * the reports of a few weeks as a stated date does, so its words need to add only what a dated report's do
     * ({@link #DATED_SIMILARITY}): the same visit told by a welcome, an editorial and a newspaper's pages shares
     * little more than "visit". One party alone, or two states ("Cuba and Haiti agreed"), is no such evidence.
     */
    static boolean namesBoth(EventMention m) {
        var names = m.context().names();
        int specific = 0;
        boolean person = false;
        List<String> all = new ArrayList<>(m.key());
        all.addAll(m.others());
        for (String n : all) {
            if (GenericParticipants.isGeneric(n)) continue;
            specific++;
            if (!names.isState(n)) person = true;
        }
        return specific >= 2 && person;
    }

    /**
     * True when a report and every report of the story have a single actor, a person or body and not a state, and no
     * recipient: a deed told of one actor alone, which only its words tell from the actor's other deeds of the day ({@link #LONE_SIMILARITY}).
     */
    static boolean lone(Story s, EventMention m) {
        if (m.key().size() != 1 || !m.others().isEmpty()) return false;
        // a state's offer told twice in other words ("stands ready to host talks", "offered to host dialogue") is
        // one policy; a person's deeds of a day are many
        if (m.context().names().isState(m.key().get(0))) return false;
        for (EventMention o : s.mentions) if (!o.others().isEmpty()) return false;
        return true;
    }

    private static boolean alone(Story s, EventMention m) {
        if (m.anchored() || m.key().size() != 1) return false;
        for (String o : m.others()) {
            if (GenericParticipants.isGeneric(o)) continue;
            for (EventMention x : s.mentions) if (x.others().contains(o)) return false;
        }
        return true;
    }

    /**
     * True when a report dated only by its publication joins a story whose days lie more than that many days before
     * it. A recall of an old event names something of it: after {@link #UNDATED_GAP_DAYS}, a word few reports use
     * ("hashish", {@link HappeningWords#UNCOMMON}), not just "condemned the decision" of another month; after
     * {@link #NAMED_RECALL_DAYS}, its name or place ("the summit in Ulan-Ude", {@link HappeningWords#sharesName}),
     * as a month later a second protest, decision or meeting of the same parties shares all the common words.
     */
    private static boolean recalledLate(Story s, EventMention m, int days) {
        return !m.anchored() && s.anchored && s.span != null && m.day() != null
                && s.span.last().plusDays(days).isBefore(m.day());
    }

    /**
     * True when no dated report of a story is dated at the report's grain: a deed dated only by its year beside a
     * story of a month ("this year's three drills", "the drill in August") is a sum of the year's occasions, and the
     * two never merge; counted occasions ({@link Telling#SEVERAL}, "visited four times since May last year") may be
     * summed up at either grain and are left to their words.
     */
    static boolean otherGrain(Story s, EventMention m) {
        boolean precise = precise(m);
        for (EventMention o : s.mentions) if (o.anchored() && precise(o) == precise) return false;
        return true;
    }

    private static boolean precise(EventMention m) { return m.span() == null || m.span().days() <= PRECISE_DAYS; }

    private void index(Story s, EventMention m) {
        List<String> all = new ArrayList<>(keys(m));
        if (m.anchored()) for (List<String> v : variants(m, false).values()) all.addAll(keys(m, v));
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
