package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;
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
 * <p>An article that reports an event the thread already reported (the same people on the same day, see
 * {@link ReportedEvents}) has that as evidence on top of the shared features: {@link #EVENT_EVIDENCE} per such event,
 * for at most two and never past a full match. A thread's features and reported events grow as articles join it.
 *
 * <p>Candidates come from an index from feature to the threads that recently used it, and only threads active
 * within {@link #MAX_GAP_DAYS} days of the article are scored: the cost per article does not grow with the record.
 * A yearless article ("XXXX-09-26") is placed by month and day near a thread's dates, and takes its year from it.
 */
public final class ThreadBuilder {
    static final int MAX_GAP_DAYS = 21;
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
    private static final int THREAD_EVENTS = 200;
    private static final int INDEX_CAP = 30;
    private static final int THREAD_FEATURES = 80;
    private static final Set<String> STOP = ConnectWords.get("thread-stop-words");
    private static final Set<String> STANCE = ConnectWords.get("headline-stance-words");
    private static final Set<String> PROTOCOL = ConnectWords.get("headline-protocol-words");
    private static final Set<String> PLACEHOLDERS = ConnectWords.get("headline-placeholder-words");
    /**
     * The share of a thread's articles a feature must be in to be of the thread's core: what its story is about,
     * not what one member brought in. Evidence that lets an article join must be of the core, so that A~B and B~C
     * never chain A and C into one thread when they share nothing.
     */
    static final int CORE_PARTS = 3;
    /**
     * Weeks a person must have been named in to be a standing figure: the minister, the spokesman, the envoy who
     * greets a different counterpart each week. Sharing one ties no story by itself; a visiting guest, named in
     * the week of the visit, does.
     */
    static final int STANDING_WEEKS = 3;
    private static final int WEEKS_KEPT = STANDING_WEEKS;
    /** Letters a headline word shares at its start with a word of an actor's name to be that name ("Velmarian", "Velmar"). */
    static final int NAME_STEM = 5;
    /** The weight of a named person among the features: sharing one is sharing who the story is about. */
    private static final double PERSON = 3;

    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, Set<Long>> weeksNamed = new HashMap<>();
    private final Map<String, Deque<Thread>> index = new HashMap<>();
    private final Map<String, Thread> threads = new LinkedHashMap<>();
    private final Map<String, Thread> threadOfArticle = new HashMap<>();
    private int articles;

    /** Where an article went. */
    public record Placement(String thread, Optional<LocalDate> inferredDay) {}

    /**
     * Places an article in a thread.
     *
     * @param day the publication day when known; else {@code yearless} may give "XXXX-MM-DD"
     */
    public Placement add(Annotated a, LocalDate day, String yearless) {
        Map<String, Double> features = features(a);
        Set<String> subject = subjectWords(features);
        Set<String> stateKeys = states(a);
        Set<String> reported = ReportedEvents.signatures(a);
        articles++;
        for (String f : features.keySet()) df.merge(f, 1, Integer::sum);
        noteWeeks(features, day);
        Map<String, Double> weighted = new HashMap<>();
        double norm = 0, mass = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            if (common(f.getKey())) continue;
            double w = f.getValue() * idf(f.getKey());
            weighted.put(f.getKey(), w);
            norm += w * w;
            mass += w;
        }
        Thread best = null;
        double bestScore = 0;
        LocalDate bestDay = day;
        Set<Thread> candidates = new LinkedHashSet<>();
        for (String f : weighted.keySet()) {
            Deque<Thread> d = index.get(f);
            if (d != null) candidates.addAll(d);
        }
        for (Thread t : candidates) {
            LocalDate when = day != null ? day : Years.infer(yearless, t.days).orElse(null);
            if (!t.near(when)) continue;
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
            best = new Thread(a.article().id(), a.article().headline());
            threads.put(best.id, best);
            bestDay = day;
        }
        best.add(a.article().id(), bestDay, day != null, a.article().publicationDate(), features, weighted, reported);
        threadOfArticle.put(a.article().id(), best);
        for (String f : weighted.keySet()) {
            Deque<Thread> d = index.computeIfAbsent(f, k -> new ArrayDeque<>());
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
     * actor, person or subject word) must be of the thread's core ({@link Thread#core}), not something one member
     * brought in; and states alone must be most of the article's states.
     */
    private double fit(Thread t, Map<String, Double> features, Map<String, Double> weighted, Set<String> subject,
                       Set<String> stateKeys, Set<String> reported, double norm, double mass) {
        double shared = 0;
        boolean sharedActor = false, sharedPerson = false, sharedSubject = false, sharedBody = false;
        int states = 0, sharedStates = 0;
        for (Map.Entry<String, Double> f : weighted.entrySet()) {
            boolean state = stateKeys.contains(f.getKey());
            if (state) states++;
            if (!t.features.containsKey(f.getKey())) continue;
            shared += f.getValue();
            if (!t.core(f.getKey())) continue;  // brought in by one member only: no evidence of the story
            sharedActor |= f.getKey().startsWith("a:");
            sharedBody |= f.getKey().startsWith("a:") && !state;
            if (state) sharedStates++;
            // a standing figure (the minister who greets a new counterpart each week) is no story's own person
            sharedPerson |= f.getKey().startsWith("a:") && features.get(f.getKey()) >= PERSON && !standing(f.getKey());
            sharedSubject |= subject.contains(f.getKey());
        }
        // headline words alone ("Natural Disasters in ...", "Greetings to ...") are a column, not a story
        if (!sharedActor) return -1;
        int sameEvents = 0;
        for (String e : reported) if (t.events.contains(e) && ++sameEvents == 2) break;
        // sides alone (two states, a party and a state) with no subject in common are a beat, not a story:
        // "Army Arrests 11 in Border Village" and "Dam Plan Condemned" share Ruritania and Velmar only
        if (!sharedPerson && !sharedSubject && sameEvents == 0) return -1;
        // states alone, most of them new to the thread, are a roundup of other parties ("Cooperation among Different
        // Countries" naming four new states each day), not the same participants
        if (!sharedBody && sameEvents == 0 && sharedStates * 2 < states) return -1;
        double score = mass == 0 ? 0 : Math.min(shared / mass, cosine(weighted, norm, t.features));
        // a shared event completes the evidence, it cannot make a thread fit better than all of it shared
        return Math.min(1.0, score + EVENT_EVIDENCE * sameEvents);
    }

    /** Counts the weeks each person of an article has been named in, up to {@link #WEEKS_KEPT}. */
    private void noteWeeks(Map<String, Double> features, LocalDate day) {
        if (day == null) return;
        long week = Math.floorDiv(day.toEpochDay(), 7);
        for (Map.Entry<String, Double> f : features.entrySet()) {
            if (!f.getKey().startsWith("a:") || f.getValue() < PERSON) continue;
            Set<Long> weeks = weeksNamed.computeIfAbsent(f.getKey(), k -> new HashSet<>());
            if (weeks.size() < WEEKS_KEPT) weeks.add(week);
        }
    }

    /** True when a person has been named in {@link #STANDING_WEEKS} different weeks: a standing figure, no story's own. */
    private boolean standing(String feature) {
        return weeksNamed.getOrDefault(feature, Set.of()).size() >= STANDING_WEEKS;
    }

    /** Canonical names of the main actors of an article's thread (for resolving short names). */
    public Set<String> actorsOf(String articleId) {
        Thread t = threadOfArticle.get(articleId);
        return t == null ? Set.of() : t.actorNames.keySet();
    }

    /** The year of a yearless article from its thread's dated articles, as now known. */
    Optional<LocalDate> inferDay(String articleId, String yearless) {
        Thread t = threadOfArticle.get(articleId);
        return t == null ? Optional.empty() : Years.infer(yearless, t.days);
    }

    public List<StoryThread> threads() {
        List<StoryThread> out = new ArrayList<>();
        for (Thread t : threads.values()) out.add(t.toStoryThread());
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
     * True when a feature is in so many of the articles seen (against {@link #COMMON_BACKGROUND}) that sharing it says
     * nothing: the leader every story of an agency names, the agency's own name, "Korea" in its headlines.
     */
    private boolean common(String feature) {
        return df.getOrDefault(feature, 0) > COMMON_SHARE * (articles + COMMON_BACKGROUND);
    }

    private double idf(String feature) {
        return Math.log((articles + 1.0 + BACKGROUND) / (df.getOrDefault(feature, 0) + 1.0)) + 1.0;
    }

    /**
     * The headline-word features of an article that tell its subject: neither a word of stance or speech
     * ({@code headline-stance-words}: "Condemns", "Slams"), nor one of protocol ({@code headline-protocol-words}:
     * "Greetings", "Meets", "FM"), nor a form of a name the article's actors bear ("Velmarian"
     * beside Velmar, "Ruritanians" beside Ruritania: {@link #NAME_STEM} letters in common at the start).
     */
    static Set<String> subjectWords(Map<String, Double> features) {
        Set<String> stems = new HashSet<>();
        for (String f : features.keySet()) {
            if (!f.startsWith("a:")) continue;
            for (String w : f.substring(f.indexOf(':', 2) + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= NAME_STEM) stems.add(w.substring(0, NAME_STEM));
                else if (!w.isEmpty()) stems.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (String f : features.keySet()) {
            if (!f.startsWith("w:")) continue;
            String w = f.substring(2);
            String stem = w.length() >= NAME_STEM ? w.substring(0, NAME_STEM) : w;
            if (!STANCE.contains(w) && !PROTOCOL.contains(w) && !PLACEHOLDERS.contains(w) && !stems.contains(stem)) out.add(f);
        }
        return out;
    }

    /** The actor features of an article that are states: the sides of its story, never its body. */
    static Set<String> states(Annotated a) {
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.COUNTRY) continue;
            String name = e.canonical() == null ? e.text() : e.canonical();
            out.add("a:" + ActorKnowledgeBase.key(name) + ":" + name);
            out.add("a:" + ActorKnowledgeBase.key(e.text()) + ":" + e.text());
        }
        return out;
    }

    /** Feature -> weight by kind: people 3, organisations and groups 2, states 1, headline words 1. */
    static Map<String, Double> features(Annotated a) {
        Map<String, Double> f = new HashMap<>();
        for (Entity e : a.entities()) {
            String name = e.canonical() == null || ActorKnowledgeBase.key(e.canonical()).equals(ActorKnowledgeBase.key(e.text()))
                    ? e.text() : e.canonical();
            if (GenericParticipants.isGeneric(name)) continue;  // "chief executive", "police": no one in particular
            double w = e.type() == null ? 0 : switch (e.type()) {  // null: a type an older store spelled otherwise
                case PERSON -> name.contains(" ") ? 3 : 0;  // a lone surname ties nothing together
                case ORGANIZATION, GROUP -> 2;
                case COUNTRY -> 1;
                case LOCATION, NATIONALITY, PRONOUN -> 0;
            };
            if (w > 0) f.merge("a:" + ActorKnowledgeBase.key(name) + ":" + name, w, Math::max);
        }
        for (Event ev : a.events()) {
            for (List<Participant> ps : List.of(ev.actors(), ev.recipients())) {
                for (Participant p : ps) {
                    if (p.name() != null && !GenericParticipants.isGeneric(p.name())) f.merge("a:" + ActorKnowledgeBase.key(p.name()) + ":" + p.name(), 2.0, Math::max);
                }
            }
        }
        String headline = a.article().headline() == null ? "" : a.article().headline();
        for (String w : headline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) f.merge("w:" + w, 1.0, Math::max);
        }
        return f;
    }

    private static final class Thread {
        final String id;
        final String firstHeadline;
        final List<String> articleIds = new ArrayList<>();
        final List<LocalDate> days = new ArrayList<>();
        final Map<String, Double> features = new HashMap<>();
        /** How many of its articles carry each kept feature. */
        final Map<String, Integer> carriers = new HashMap<>();
        final Map<String, Integer> actorNames = new LinkedHashMap<>();
        final Map<String, Integer> personNames = new HashMap<>();
        /** Signatures of the events its articles reported, most recent last (bounded). */
        final Set<String> events = new LinkedHashSet<>();
        LocalDate last;
        String firstDate, lastDate;

        Thread(String firstArticle, String headline) {
            this.id = "th-" + HexFormat.of().toHexDigits(NearDuplicates.mix(firstArticle.hashCode())).substring(0, 12);
            this.firstHeadline = headline;
        }

        /** True when at least one in {@link #CORE_PARTS} of its articles carries the feature. */
        boolean core(String feature) {
            return carriers.getOrDefault(feature, 0) * CORE_PARTS >= articleIds.size();
        }

        boolean near(LocalDate day) {
            if (day == null || last == null) return day == null && last == null;
            return Math.abs(day.toEpochDay() - last.toEpochDay()) <= MAX_GAP_DAYS;
        }

        void add(String article, LocalDate day, boolean dated, String stated, Map<String, Double> raw,
                 Map<String, Double> weighted, Set<String> reported) {
            articleIds.add(article);
            for (String e : reported) {
                events.remove(e);
                events.add(e);
            }
            for (var it = events.iterator(); events.size() > THREAD_EVENTS; ) {
                it.next();
                it.remove();
            }
            if (day != null) {
                if (dated) days.add(day);
                if (last == null || day.isAfter(last)) last = day;
            }
            String date = day != null ? day.toString() : stated;
            if (date != null) {
                if (firstDate == null || date.compareTo(firstDate) < 0) firstDate = date;
                if (lastDate == null || date.compareTo(lastDate) > 0) lastDate = date;
            }
            weighted.forEach((k, v) -> {
                features.merge(k, v, Double::sum);
                carriers.merge(k, 1, Integer::sum);
            });
            if (features.size() > THREAD_FEATURES * 2) {
                List<String> weakest = features.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .limit(features.size() - THREAD_FEATURES).map(Map.Entry::getKey).toList();
                weakest.forEach(k -> {
                    features.remove(k);
                    carriers.remove(k);
                });
            }
            for (Map.Entry<String, Double> f : raw.entrySet()) {
                if (!f.getKey().startsWith("a:")) continue;
                String name = f.getKey().substring(f.getKey().indexOf(':', 2) + 1);
                actorNames.merge(name, 1, Integer::sum);
                if (f.getValue() >= 3) personNames.merge(name, 1, Integer::sum);
            }
        }

        StoryThread toStoryThread() {
            List<String> actors = actorNames.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                    .limit(8).toList();
            List<String> people = personNames.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).limit(2).toList();
            List<String> lead = people.isEmpty() ? actors.stream().limit(2).toList() : people;
            String subject = firstHeadline == null || firstHeadline.isBlank() ? "untitled" : firstHeadline.strip();
            String title = lead.isEmpty() ? subject : String.join(" \u2013 ", lead) + ": " + subject;
            return new StoryThread(id, title, articleIds, firstDate, lastDate, actors);
        }
    }
}
