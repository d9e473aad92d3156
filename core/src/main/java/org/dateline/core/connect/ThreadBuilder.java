package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.StoryThread;

/**
 * Groups articles into running stories online: each new article joins the recent thread it shares the most with, or
 * starts one. What it shares is weighted: named people count most, then organisations, then states and headline
 * words; and every feature counts less the more articles carry it (an inverse document frequency kept as articles
 * arrive), so "North Korea" in a stream of North Korean news ties little together while "Lee Do-hoon" ties a lot.
 * Those counts only say "common" once there are many articles: they are taken against {@link #BACKGROUND}
 * articles of news at large that carry none of the features, else in a short or focused batch (ten reports of one
 * envoy's trip) the story's own key actors, present in every article, would look as common as "talks" and the
 * articles that bring in a new side of the story (the North's answer, China's offer) would fall out of it.
 *
 * <p>A standing figure (a person named in {@link #STANDING_WEEKS} weeks: the officials on every attendance list, the
 * minister who greets a new counterpart each week) weighs nothing at all: two occasions the same leadership attended
 * share its whole list, which would outweigh the one word of their subjects they share ("Banquet").
 *
 * <p>An article that reports an event the thread already reported (the same people on the same day, see
 * {@link ReportedEvents}) has that as evidence on top of the shared features: {@link #EVENT_EVIDENCE} per such event,
 * for at most two and never past a full match. A thread's features and reported events grow as articles join it.
 *
 * <p>Candidates come from an index from feature to the threads that recently used it, and only threads active
 * within {@link RunningThread#MAX_GAP_DAYS} days of the article are scored: the cost per article does not grow with
 * the record. A yearless article ("XXXX-09-26") is placed by month and day near a thread's dates, and takes its year
 * from it.
 *
 * <p>This class holds what depends on the whole stream: how common each feature is, which people are standing
 * figures, and which thread an article fits. What an article offers is read from it alone by {@link ThreadFeatures};
 * what a thread remembers of its articles is a {@link RunningThread}.
 */
public final class ThreadBuilder {
    static final double JOIN = 0.3;
    /** Articles of news at large assumed behind the stream before its own counts may call a feature common. */
    static final int BACKGROUND = 200;
    /** What one event reported both by the article and by the thread adds to the article's score. */
    static final double EVENT_EVIDENCE = 0.15;
    /**
     * The share of articles above which a feature ties no story together (it weighs nothing at all): the agency's
     * head of state who greets every president, the paper it quotes daily. Taken against {@link #COMMON_BACKGROUND}
     * articles, so that in a batch of a few hundred the story's own people (in every article) are never common.
     */
    static final double COMMON_SHARE = 0.02;
    static final int COMMON_BACKGROUND = 1000;
    private static final int INDEX_CAP = 30;
    /**
     * Weeks a person must have been named in to be a standing figure: the minister, the spokesman, the envoy who
     * greets a different counterpart each week. Sharing one ties no story by itself; a visiting guest, named in
     * the week of the visit, does.
     */
    static final int STANDING_WEEKS = 3;
    private static final int WEEKS_KEPT = STANDING_WEEKS;
    /**
     * Days past a thread's latest day within which a body that does the article's deed may still tie it to the thread
     * alone: the days of one stay, its arrival, gift, tour and departure ({@link #anotherDeedOfItsDoer}).
     */
    static final int STAY_DAYS = 3;

    private final Map<String, Integer> df = new HashMap<>();
    /** Feature keys of the media named so far (a paper seen once as a medium stays one when tagged as a person). */
    private final Set<String> media = new HashSet<>();
    private final Map<String, Set<Long>> weeksNamed = new HashMap<>();
    private final Map<String, Deque<RunningThread>> index = new HashMap<>();
    private final Map<String, RunningThread> threads = new LinkedHashMap<>();
    private final Map<String, RunningThread> threadOfArticle = new HashMap<>();
    private StreamOpening opening = StreamOpening.none();
    private int articles;

    /**
     * Reads the opening weeks of a batch for how common its names are and who is a standing figure, before its first
     * article is placed ({@link StreamOpening}): a record that has already seen articles knows that from them.
     */
    public void foresee(List<Annotated> batch) {
        if (articles == 0) opening = StreamOpening.of(batch);
    }

    /** Where an article went. */
    public record Placement(String thread, Optional<LocalDate> inferredDay) {}

    /**
     * Places an article in a thread.
     *
     * @param day the publication day when known; else {@code yearless} may give "XXXX-MM-DD"
     */
    public Placement add(Annotated a, LocalDate day, String yearless) {
        Map<String, Double> features = ThreadFeatures.features(a);
        Set<String> subject = ThreadFeatures.subjectWords(features, a.article().headline(), ThreadFeatures.sideNames(a));
        Set<String> stateKeys = ThreadFeatures.states(a);
        Set<String> reported = ReportedEvents.signatures(a);
        boolean counted = ThreadFeatures.countedDeed(a.article().headline());
        Set<String> doers = ThreadFeatures.doers(a);
        media.addAll(ThreadFeatures.media(a));
        articles++;
        for (String f : features.keySet()) df.merge(f, 1, Integer::sum);
        noteWeeks(features, day);
        Map<String, Double> weighted = new HashMap<>();
        double norm = 0, mass = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            if (common(f.getKey())) continue;
            // a standing figure (the officials on every attendance list) weighs nothing: sharing the list of who
            // attended says the same leadership was there, not that it was the same occasion
            if (standingPerson(f.getKey(), f.getValue())) continue;
            double w = f.getValue() * idf(f.getKey());
            weighted.put(f.getKey(), w);
            norm += w * w;
            mass += w;
        }
        RunningThread best = null;
        double bestScore = 0;
        LocalDate bestDay = day;
        Set<RunningThread> candidates = new LinkedHashSet<>();
        for (String f : weighted.keySet()) {
            Deque<RunningThread> d = index.get(f);
            if (d != null) candidates.addAll(d);
        }
        for (RunningThread t : candidates) {
            LocalDate when = day != null ? day : Years.infer(yearless, t.days).orElse(null);
            if (!t.near(when)) continue;
            if (counted && !sharesEvent(t, reported)) continue;  // one raid of a campaign (ThreadFeatures#countedDeed)
            // a column's recurring title over other parties each time ("Cooperation among Different Countries"): the
            // next item, unless it names the thread's own party or event (a roundup titled "Visits" naming the guest)
            if (ThreadFeatures.sameTitle(a.article().headline(), t.firstHeadline) && !sharesEvent(t, reported)
                    && !sharesParty(t, features, weighted, stateKeys)) continue;
            if (anotherItem(t, features, weighted, subject, stateKeys, reported)) continue;
            if (anotherDeedOfItsDoer(t, when, features, subject, stateKeys, reported, doers)) continue;
            double score = fit(t, features, weighted, subject, stateKeys, reported, norm, mass);
            if (score < 0) continue;
            // at equal fit, a yearless article prefers the thread that can give it its year
            if (score > bestScore || score == bestScore && when != null && bestDay == null) {
                best = t;
                bestScore = score;
                bestDay = when;
            }
        }
        if (best == null || bestScore < JOIN) {
            best = new RunningThread(a.article().id(), a.article().headline());
            threads.put(best.id, best);
            bestDay = day;
        }
        best.add(a.article().id(), bestDay, day != null, a.article().publicationDate(), features, weighted, reported,
                ThreadFeatures.roundup(a.article().headline()));
        threadOfArticle.put(a.article().id(), best);
        for (String f : weighted.keySet()) {
            Deque<RunningThread> d = index.computeIfAbsent(f, k -> new ArrayDeque<>());
            d.remove(best);
            d.addFirst(best);
            if (d.size() > INDEX_CAP) d.removeLast();
        }
        return new Placement(best.id, day == null && bestDay != null ? Optional.of(bestDay) : Optional.empty());
    }

    /**
     * How well an article fits a thread, or -1 when it cannot join it: the article's features the thread shares (all
     * of its subject, not one name of it), and no more than the thread's own focus allows (a thread of many subjects
     * shares a little with everything), plus the events both reported. The evidence that lets it join (a shared
     * actor, person or subject word) must be of the thread's core ({@link RunningThread#core}), not something one
     * member brought in; and states alone must be most of the article's states.
     */
    private double fit(RunningThread t, Map<String, Double> features, Map<String, Double> weighted, Set<String> subject,
                       Set<String> stateKeys, Set<String> reported, double norm, double mass) {
        double shared = 0;
        boolean sharedActor = false, sharedSubject = false, sharedBody = false;
        int states = 0, sharedStates = 0, sharedPeople = 0;
        for (Map.Entry<String, Double> f : weighted.entrySet()) {
            boolean state = stateKeys.contains(f.getKey());
            if (state) states++;
            if (!t.features.containsKey(f.getKey())) continue;
            shared += f.getValue();
            if (!t.core(f.getKey())) continue;  // brought in by one member only: no evidence of the story
            if (media.contains(f.getKey())) continue;  // the voice that tells it, not a party to it
            sharedActor |= f.getKey().startsWith("a:");
            sharedBody |= f.getKey().startsWith("a:") && !state;
            if (state) sharedStates++;
            // a standing figure (the minister who greets a new counterpart each week) is no story's own person
            if (f.getKey().startsWith("a:") && features.get(f.getKey()) >= ThreadFeatures.PERSON && !standing(f.getKey())) {
                sharedPeople++;
            }
            sharedSubject |= subject.contains(f.getKey());
        }
        // headline words alone ("Natural Disasters in ...", "Greetings to ...") are a column, not a story
        if (!sharedActor) return -1;
        int sameEvents = 0;
        for (String e : reported) if (t.events.contains(e) && ++sameEvents == 2) break;
        // sides alone (two states, a party and a state) with no subject in common are a beat, not a story:
        // "Army Arrests 11 in Border Village" and "Dam Plan Condemned" share Ruritania and Velmar only
        if (sharedPeople == 0 && !sharedSubject && sameEvents == 0) return -1;
        // states alone, most of them new to the thread, are a roundup of other parties ("Cooperation among Different
        // Countries" naming four new states each day), not the same participants
        if (!sharedBody && sameEvents == 0 && sharedStates * 2 < states) return -1;
        // one side's routine act to a new counterpart (one sender's greetings to another president on his national
        // day) is another item of a column, not the next day of a story: the counterparts of a story recur, and a
        // party on its travels brings its own people along (the leader's suite on a trip that moves on to a new host)
        if (sharedPeople == 1 && !sharedSubject && sameEvents == 0 && states > 0 && sharedStates == 0
                && newCounterpart(t, features, weighted)) {
            return -1;
        }
        double score = mass == 0 ? 0 : Math.min(shared / mass, cosine(weighted, norm, t.features));
        // a shared event completes the evidence, it cannot make a thread fit better than all of it shared
        return Math.min(1.0, score + EVENT_EVIDENCE * sameEvents);
    }

    /**
     * True when the article is another item of a routine the thread is one item of, whatever else they share, unless
     * it reports an event the thread reported: a release of a figure is the next item of a series; an act on an
     * object of a kind is one item of its doer's round unless it names the thread's object; a visit to a place is one
     * visitor's, unless it names the thread's own visitor or more of its subject than the place's name (the lodgings
     * of the delegates to the celebrations the thread tells).
     */
    private boolean anotherItem(RunningThread t, Map<String, Double> features, Map<String, Double> weighted,
                                Set<String> subject, Set<String> stateKeys, Set<String> reported) {
        if (sharesEvent(t, reported)) return false;
        if (ThreadFeatures.release(features)) return true;
        if (ThreadFeatures.actOnObject(features) && !sharesObject(t, subject, weighted.keySet())) return true;
        return ThreadFeatures.visit(features) && coreSubjectWords(t, subject) <= 1
                && !sharesParty(t, features, weighted, stateKeys);
    }

    /**
     * True when the article is another deed of a body the thread already told doing one: all it shares with the thread
     * of its parties is bodies that do its own deed (the bureau that issues a stamp, the society that makes a
     * statement, the army unit that announces a drill), with no person in common and no event in common, more than
     * {@link #STAY_DAYS} days after the thread's latest day, and no more than one subject word of the thread's core in
     * common. A body acting again weeks later is its routine (the next issue, the next statement on another matter);
     * within the days of one stay (a delegation's gift, its tour, its departure) it is still the same happening, and two
     * words of the matter in common ("Juche", "Idea" of a congress the exhibition marks) make it the same matter.
     */
    private boolean anotherDeedOfItsDoer(RunningThread t, LocalDate day, Map<String, Double> features,
                                         Set<String> subject, Set<String> stateKeys, Set<String> reported,
                                         Set<String> doers) {
        if (day == null || t.last == null || day.toEpochDay() - t.last.toEpochDay() <= STAY_DAYS) return false;
        if (sharesEvent(t, reported) || coreSubjectWords(t, subject) > 1) return false;
        boolean anyBody = false;
        // read from all the article's features, not only the weighed ones: a guest whose stay and the praise he gave
        // of it after span three weeks is a standing figure by then, but still the thread's own person
        for (String f : features.keySet()) {
            if (!f.startsWith("a:") || !t.features.containsKey(f) || !t.core(f)) continue;
            if (stateKeys.contains(f) || media.contains(f) || common(f)) continue;
            if (features.get(f) >= ThreadFeatures.PERSON) return false;  // the same person: the same participants
            if (!ThreadFeatures.doer(f, doers)) return false;  // a party the deed is about or done to: the matter
            anyBody = true;
        }
        return anyBody;
    }

    /**
     * True when the thread's articles name the article's object: a subject word of it ("Tarvo" of "Tarvo Tile
     * Factory"), or a body the tagger found whose name has a kind of object in it ("Tarvo Tile Factory",
     * "Velmar Railways Company" as an organisation, whose words are then no subject words).
     */
    private static boolean sharesObject(RunningThread t, Set<String> subject, Set<String> features) {
        for (String w : subject) if (t.features.containsKey(w)) return true;
        for (String f : features) {
            if (f.startsWith("a:") && t.features.containsKey(f) && ThreadFeatures.namesObject(f)) return true;
        }
        return false;
    }

    /**
     * True when the article and the thread share a party of their own, of the thread's core: a person who is no
     * standing figure, or a body that is neither a state nor a medium. The figures a place is named after or honours
     * (the forebears buried in a cemetery, visited by one group after another) are standing by then; a guest whose
     * visit the thread is, or his delegation's body, is not.
     */
    private boolean sharesParty(RunningThread t, Map<String, Double> features, Map<String, Double> weighted,
                                Set<String> stateKeys) {
        for (String f : weighted.keySet()) {
            if (!f.startsWith("a:") || !t.features.containsKey(f) || !t.core(f)) continue;
            if (stateKeys.contains(f) || media.contains(f)) continue;
            if (features.get(f) < ThreadFeatures.PERSON || !standing(f)) return true;
        }
        return false;
    }

    /** How many of the article's subject words are of the thread's core. */
    private static int coreSubjectWords(RunningThread t, Set<String> subject) {
        int n = 0;
        for (String w : subject) if (t.features.containsKey(w) && t.core(w)) n++;
        return n;
    }

    /** True when the article reports an event the thread already reported. */
    private static boolean sharesEvent(RunningThread t, Set<String> reported) {
        for (String e : reported) if (t.events.contains(e)) return true;
        return false;
    }

    /**
     * True when the article names a person the thread has never named: with none of its states known to the thread
     * either, that person is a new counterpart of whoever the article shares with the thread (the sender of the
     * greetings, the host of the reception), so only a subject or an event in common could make it the same story.
     */
    private static boolean newCounterpart(RunningThread t, Map<String, Double> features, Map<String, Double> weighted) {
        for (String f : weighted.keySet()) {
            if (f.startsWith("a:") && features.get(f) >= ThreadFeatures.PERSON && !t.features.containsKey(f)) return true;
        }
        return false;
    }

    /** Counts the weeks each person of an article has been named in, up to {@link #WEEKS_KEPT}. */
    private void noteWeeks(Map<String, Double> features, LocalDate day) {
        if (day == null) return;
        long week = week(day);
        for (Map.Entry<String, Double> f : features.entrySet()) {
            if (!f.getKey().startsWith("a:") || f.getValue() < ThreadFeatures.PERSON) continue;
            Set<Long> weeks = weeksNamed.computeIfAbsent(f.getKey(), k -> new HashSet<>());
            if (weeks.size() < WEEKS_KEPT) weeks.add(week);
        }
    }

    /**
     * True when a person has been named in {@link #STANDING_WEEKS} different weeks, or will have been by the end of the
     * batch's opening: a standing figure, no story's own.
     */
    private boolean standing(String feature) {
        return weeksNamed.getOrDefault(feature, Set.of()).size() >= STANDING_WEEKS || opening.standing(feature);
    }

    /** True when a feature is a person ({@link ThreadFeatures#PERSON}) who is a standing figure ({@link #standing}). */
    private boolean standingPerson(String feature, double weight) {
        return feature.startsWith("a:") && weight >= ThreadFeatures.PERSON && standing(feature);
    }

    /** The week a day falls in, counted from the epoch. */
    static long week(LocalDate day) {
        return Math.floorDiv(day.toEpochDay(), 7);
    }

    /** Canonical names of the main actors of an article's thread (for resolving short names). */
    public Set<String> actorsOf(String articleId) {
        RunningThread t = threadOfArticle.get(articleId);
        return t == null ? Set.of() : t.actorNames.keySet();
    }

    /** The year of a yearless article from its thread's dated articles, as now known. */
    Optional<LocalDate> inferDay(String articleId, String yearless) {
        RunningThread t = threadOfArticle.get(articleId);
        return t == null ? Optional.empty() : Years.infer(yearless, t.days);
    }

    public List<StoryThread> threads() {
        List<StoryThread> out = new ArrayList<>();
        for (RunningThread t : threads.values()) out.add(t.toStoryThread());
        return out;
    }

    /**
     * How alike an article and a thread are: the cosine of the article's weighted features and the sum of its
     * articles'. A thread that gathered many subjects has a diffuse sum, so one shared name weighs little in it;
     * a story told over days keeps its people and words at the top.
     */
    private static double cosine(Map<String, Double> article, double articleNormSquared, Map<String, Double> thread) {
        if (articleNormSquared == 0) return 0;
        double dot = 0, threadNorm = 0;
        for (Map.Entry<String, Double> f : thread.entrySet()) {
            threadNorm += f.getValue() * f.getValue();
            Double w = article.get(f.getKey());
            if (w != null) dot += w * f.getValue();
        }
        return threadNorm == 0 ? 0 : dot / Math.sqrt(articleNormSquared * threadNorm);
    }

    /**
     * True when a feature is in so many of the articles seen (against {@link #COMMON_BACKGROUND}), or of the batch's
     * opening, that sharing it says nothing: the leader every story of an agency names, the agency's own name, "Korea"
     * in its headlines.
     */
    private boolean common(String feature) {
        return df.getOrDefault(feature, 0) > COMMON_SHARE * (articles + COMMON_BACKGROUND) || opening.common(feature);
    }

    private double idf(String feature) {
        return Math.log((articles + 1.0 + BACKGROUND) / (df.getOrDefault(feature, 0) + 1.0)) + 1.0;
    }
}
