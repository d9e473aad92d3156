package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.dictionary.ActorEntry;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;

/**
 * The cross-article stage, top to bottom. Articles arrive in publication order (or as a batch, which is sorted);
 * each one goes through:
 * <pre>
 * NearDuplicates       is it a re-file or near copy of a story seen before?      -> revisionOf
 * ThreadBuilder        which running story does it belong to?                     -> threads
 *   (Years)            a yearless article takes its year from that thread         -> inferredDates
 * ActorKnowledgeBase   its names, resolved to canonical actors                    -> actors
 * EventMerger          its events, each merged into the story event it reports    -> events + mentions
 * PlanOutcomeLinker    plans realized, postponed or cancelled by what it reports  -> links
 * </pre>
 * Every step keeps an index (LSH buckets, actor -> recent threads, blocking keys) instead of comparing pairs, so
 * adding an article costs the same with ten thousand articles behind it as with ten. One Connector holds the state
 * of one record; it is not thread-safe. A bad article is skipped and reported in {@link #problems()}, never thrown.
 */
public final class Connector {
    private final NearDuplicates duplicates = new NearDuplicates();
    private final ThreadBuilder threads = new ThreadBuilder();
    private final ActorKnowledgeBase actors;
    private final EventMerger merger;
    private final PlanOutcomeLinker linker;
    private final Map<String, String> inferredDates = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long order;

    public Connector() { this(ConnectLexicon.standard(), ActorOverrides.none(), List.of()); }

    public Connector(ConnectLexicon lexicon, ActorOverrides overrides, List<ActorEntry> knownActors) {
        this.actors = new ActorKnowledgeBase(overrides);
        this.actors.importPetrarch(knownActors);
        this.merger = new EventMerger(lexicon);
        this.linker = new PlanOutcomeLinker(lexicon);
    }

    /** An article placed in its story: its thread and its (possibly inferred) day. */
    private record Placed(Annotated annotated, String thread, LocalDate day, int input) {}

    /** Connects a whole batch from scratch: articles are placed first, so every yearless one can get its year. */
    public static Connected connect(List<Annotated> articles) {
        Connector c = new Connector();
        c.addAll(articles);
        return c.snapshot();
    }

    /**
     * Adds a batch: dated articles in date order first, so threads know their years before yearless ones come. A first
     * batch has its opening weeks counted before any article is placed ({@link StreamOpening}), so its first days know
     * its common names and standing figures as its later days do.
     */
    public void addAll(List<Annotated> batch) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) idx.add(i);
        idx.sort(Comparator.comparing((Integer i) -> day(batch.get(i)), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(i -> revisionRank(batch.get(i))).thenComparing(i -> i));
        threads.foresee(batch);
        List<Placed> placed = new ArrayList<>();
        for (int i : idx) place(batch.get(i), i).ifPresent(placed::add);
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            Optional<LocalDate> d = revisitYear(p);
            if (d.isPresent()) placed.set(i, new Placed(p.annotated, p.thread, d.get(), p.input));
        }
        placed.sort(Comparator.comparing(Placed::day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(p -> revisionRank(p.annotated)).thenComparingInt(Placed::input));
        for (Placed p : placed) code(p);
    }

    /** Adds one article of a stream (publication order). */
    public void add(Annotated annotated) {
        place(annotated, (int) order).ifPresent(this::code);
    }

    private Optional<Placed> place(Annotated a, int input) {
        try {
            Article art = a.article();
            duplicates.add(art);
            LocalDate day = art.publicationDay().orElse(null);
            String stated = art.publicationDate();
            String yearless = stated != null && stated.startsWith("XXXX") ? stated : null;
            ThreadBuilder.Placement where = threads.add(a, day, yearless);
            if (day == null && where.inferredDay().isPresent()) {
                day = where.inferredDay().get();
                inferredDates.put(art.id(), day.toString());
            }
            return Optional.of(new Placed(a, where.thread(), day, input));
        } catch (RuntimeException e) {
            problems.add(id(a) + ": " + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
            return Optional.empty();
        }
    }

    /** A yearless article placed before its thread had a dated article may get its year now. */
    private Optional<LocalDate> revisitYear(Placed p) {
        Article art = p.annotated.article();
        if (p.day != null || art.publicationDate() == null || !art.publicationDate().startsWith("XXXX")) return Optional.empty();
        Optional<LocalDate> d = threads.inferDay(art.id(), art.publicationDate());
        d.ifPresent(x -> inferredDates.put(art.id(), x.toString()));
        return d;
    }

    private void code(Placed p) {
        try {
            Article art = p.annotated.article();
            String date = p.day != null ? p.day.toString() : art.publicationDate();
            ActorKnowledgeBase.Resolution names = actors.observe(p.annotated, date, threads.actorsOf(art.id()));
            Annotated dated = Redater.redate(p.annotated, p.day);
            ArticleContext ctx = new ArticleContext(art.id(), art.headline(), art.body(), p.day, order++, p.thread,
                    names, dated.timexes() == null ? List.of() : dated.timexes(), dated.entities() == null ? List.of() : dated.entities());
            linker.update(merger.add(ctx, dated.events()));
        } catch (RuntimeException e) {
            problems.add(id(p.annotated) + ": " + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
        }
    }

    /** Everything found so far. */
    public Connected snapshot() {
        linker.finish(merger.stories());
        List<StoryEvent> events = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> states = new HashMap<>();
        Map<String, String> variants = actors.joinVariants();
        for (Story s : merger.stories()) {
            StoryEvent se = VariantNames.rename(s.toStoryEvent(), variants);
            events.add(se);
            Set<String> names = new HashSet<>();
            for (List<Participant> ps : List.of(se.event().actors(), se.event().recipients())) {
                for (Participant x : ps) {
                    names.add(x.name());
                    if (x.country() != null) states.computeIfAbsent(x.name(), k -> new HashSet<>()).add(x.country());
                }
            }
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return new Connected(events, threads.threads(), actors.profiles(counts, states), duplicates.revisionOf(),
                inferredDates);
    }

    /**
     * The features the merger's learned stage weighs for two reports ({@code article#event} each), or null when
     * either was not placed: what {@code dateline eval merges --features} writes for training.
     */
    public List<String> mergeFeatures(String a, String b) { return merger.pairFeatures(a, b); }

    /** The merger's learned probability that two reports tell one happening (NaN when either was not placed). */
    public double mergeProbability(String a, String b) { return merger.pairProbability(a, b); }

    /** Articles that could not be connected, with the reason. */
    public List<String> problems() { return List.copyOf(problems); }

    private static LocalDate day(Annotated a) {
        return a == null || a.article() == null ? null : a.article().publicationDay().orElse(null);
    }

    /** Same-day wire versions in filing order: the story, then (LEAD), (2nd LD), ... or UPDATE 1, UPDATE 2, ... */
    static int revisionRank(Annotated a) {
        String r = a == null || a.article() == null ? null : a.article().revision();
        if (r == null) return 0;
        Matcher n = Pattern.compile("(\\d+)").matcher(r);
        return n.find() ? 1 + Integer.parseInt(n.group(1)) : 1;
    }

    private static String id(Annotated a) {
        return a == null || a.article() == null ? "(no article)" : a.article().id();
    }
}
