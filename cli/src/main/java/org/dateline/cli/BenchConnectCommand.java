package org.dateline.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import org.dateline.core.Pipeline;
import org.dateline.core.connect.Connector;
import org.dateline.core.event.CameoCodes;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.core.source.RawDocument;
import org.dateline.model.Sector;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline bench connect}: the cost of the cross-article stage per 1,000 articles, early and late in a long
 * stream. Every step is indexed, so the cost at 20,000 articles should be the cost at 1,000.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connects a stream of annotated articles (synthetic diplomatic news with entities, events, plans "
                + "and re-files; or the stories of a JSONL(.gz) file, read without NLP) and prints the time per "
                + "1,000 articles at the start and at the end of the stream.",
        footer = {"", "Examples:", "  dateline bench connect --articles 20000",
                "  dateline bench connect --from-db kcna.db --show-links",
                "  dateline bench connect --input stories.jsonl.gz"})
final class BenchConnectCommand implements Callable<Integer> {
    /** The links a plan gets from what became of it (the other directions repeat them). */
    private static final Set<LinkRelation> PLAN_LINKS = Set.of(LinkRelation.REALIZED_BY, LinkRelation.CANCELLED_BY, LinkRelation.POSTPONED_BY);

    @Option(names = "--articles", defaultValue = "20000", description = "articles to connect (default: ${DEFAULT-VALUE})") int articles;
    @Option(names = "--input", paramLabel = "FILE", description = "JSON lines (date, title, text) to read instead of synthetic news")
    Path input;
    @Option(names = "--seed", defaultValue = "7", description = "random seed of the synthetic news") long seed;
    @Option(names = "--from-db", paramLabel = "FILE", description = "connect the annotated articles of this store "
            + "(real NLP output, oldest first) instead of synthetic news") Path fromDb;
    @Option(names = "--show-links", description = "also print every plan -> outcome / change link with its evidence, "
            + "to read them") boolean showLinks;

    @Override public Integer call() throws Exception {
        List<Annotated> stream = fromDb != null ? stored(fromDb, articles)
                : input == null ? new Synthetic(seed).articles(articles) : read(input, articles);
        System.out.printf(Locale.ROOT, "bench connect: %,d articles (%s)%n", stream.size(),
                fromDb != null ? fromDb : input == null ? "synthetic, seed " + seed : input);
        Connector connector = new Connector();
        Measurement total = new Measurement();
        List<double[]> perBlock = new ArrayList<>(); // wall, this thread's CPU, collector ms
        // Wall time alone misleads on a shared machine: CPU time of the connecting thread and the collectors' time
        // say whether a later block costs more work or only waited for a core.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] blockStart = {System.nanoTime(), cpu.getCurrentThreadCpuTime(), collectorMillis()};
        for (int i = 0; i < stream.size(); i++) {
            connector.add(stream.get(i));
            if ((i + 1) % 1000 == 0) {
                long[] now = {System.nanoTime(), cpu.getCurrentThreadCpuTime(), collectorMillis()};
                perBlock.add(new double[] {(now[0] - blockStart[0]) / 1e6, (now[1] - blockStart[1]) / 1e6, now[2] - blockStart[2]});
                blockStart = now;
            }
        }
        double secs = total.seconds();
        Measurement snap = new Measurement();
        long snapCpu = cpu.getCurrentThreadCpuTime(), snapGc = collectorMillis();
        Connected c = connector.snapshot();
        snapCpu = cpu.getCurrentThreadCpuTime() - snapCpu;
        snapGc = collectorMillis() - snapGc;
        for (int b = 0; b < perBlock.size(); b++) {
            if (perBlock.size() <= 25 || b == 0 || b == perBlock.size() - 1 || (b + 1) % 5 == 0) {
                double[] ms = perBlock.get(b);
                System.out.printf(Locale.ROOT, "  articles %,6d-%,6d: %,8.0f ms per 1,000 (CPU %,.0f ms, GC %,.0f ms)%n",
                        b * 1000 + 1, (b + 1) * 1000, ms[0], ms[1], ms[2]);
            }
        }
        System.out.printf(Locale.ROOT, "  total %.1f s (%,.0f articles/s); snapshot %.2f s (CPU %,.0f ms, GC %,d ms)%n", secs,
                stream.size() / secs, snap.seconds(), snapCpu / 1e6, snapGc);
        System.out.printf(Locale.ROOT, "  %,d story events (%,d mentions, %,d links), %,d threads, %,d actors, %,d revisions, "
                        + "%,d inferred dates, %d problems%n", c.events().size(),
                c.events().stream().mapToInt(e -> e.mentions().size()).sum(),
                c.events().stream().mapToInt(e -> e.links().size()).sum(), c.threads().size(), c.actors().size(),
                c.revisionOf().size(), c.inferredDates().size(), connector.problems().size());
        System.out.printf(Locale.ROOT, "  peak heap %s, peak RSS %s%n", Measurement.mb(Measurement.peakHeapBytes()),
                Measurement.mb(Measurement.peakRssBytes()));
        connector.problems().stream().limit(5).forEach(p -> System.out.println("  problem: " + p));
        if (showLinks) printLinks(c);
        return 0;
    }

    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    /** Plan -> outcome (or change) links, printed as {@code dateline links} prints a store's. */
    private static void printLinks(Connected c) {
        Map<String, StoryEvent> byId = new HashMap<>();
        c.events().forEach(se -> byId.put(se.id(), se));
        for (StoryEvent se : c.events()) {
            for (EventLink l : se.links()) {
                if (!PLAN_LINKS.contains(l.rel())) continue;
                System.out.println(EventText.link(Optional.of(se), se.id(), l.rel().spelling(),
                        Optional.ofNullable(byId.get(l.event())), l.event(), l.evidence()));
            }
        }
    }

    private static List<Annotated> stored(Path db, int limit) {
        List<Annotated> out = new ArrayList<>();
        try (Store store = Store.openExisting(db)) {
            store.annotated(a -> { if (out.size() < limit) out.add(a); });
        }
        return out;
    }

    private static List<Annotated> read(Path file, int limit) throws Exception {
        Pipeline pipeline = new Pipeline();
        List<Annotated> out = new ArrayList<>();
        for (RawDocument d : BenchInput.jsonl(file, limit)) out.add(Annotated.of(pipeline.read(d)));
        out.sort(Comparator.comparing(a -> a.article().publicationDate(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Realistic-looking diplomatic news: envoys of many countries in overlapping threads, plans, outcomes, re-files. */
    static final class Synthetic {
        private static final String[] COUNTRIES = {"KOR", "USA", "JPN", "CHN", "PRK", "RUS", "IND", "FRA", "DEU", "GBR",
                "BRA", "ZAF", "EGY", "TUR", "IRN", "IDN", "VNM", "MEX", "CAN", "AUS"};
        private static final String[] SYLLABLES = {"ka", "ren", "mo", "li", "sa", "to", "vi", "an", "de", "ro", "mi",
                "lo", "chen", "park", "su", "na", "tor", "bel", "har", "ion", "zu", "wen", "ol", "ga"};
        private static final String[] TOPICS = {"water rights", "tariffs", "fisheries", "nuclear talks", "border",
                "refugees", "grain exports", "pipeline", "satellite launch", "climate finance", "debt relief", "visas"};
        private final Random rnd;
        private final List<String[]> people = new ArrayList<>(); // name, country
        private final List<String> vocabulary = new ArrayList<>();

        Synthetic(long seed) {
            rnd = new Random(seed);
            for (int i = 0; i < 2000; i++) people.add(new String[] {cap(word(2)) + " " + cap(word(2)), COUNTRIES[i % COUNTRIES.length]});
            for (int i = 0; i < 3000; i++) vocabulary.add(word(2 + rnd.nextInt(2)));
        }

        private String word(int syllables) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) b.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            return b.toString();
        }

        private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

        List<Annotated> articles(int n) {
            List<Annotated> out = new ArrayList<>();
            LocalDate start = LocalDate.of(2021, 1, 1);
            List<int[]> threads = new ArrayList<>(); // {personA, personB, topic, startIndex}
            Annotated previous = null;
            for (int i = 0; i < n; i++) {
                LocalDate day = start.plusDays(i / 60);
                if (previous != null && rnd.nextInt(20) == 0) { // a (LEAD) re-file of the previous story
                    Article p = previous.article();
                    Article lead = new Article(p.id() + "-lead", p.source(), null, p.headline(), null, p.agency(),
                            p.datelinePlace(), null, p.publicationDate(), false, List.of(), null, "(LEAD)", "en",
                            p.body() + "\n\n" + sentence(12), p.id() + "-lead");
                    out.add(new Annotated(lead, previous.entities(), previous.timexes(), List.of(), previous.events()));
                    previous = null;
                    continue;
                }
                final int now = i;
                threads.removeIf(t -> now - t[3] > 600);
                if (threads.isEmpty() || rnd.nextInt(4) == 0) {
                    threads.add(new int[] {rnd.nextInt(people.size()), rnd.nextInt(people.size()), rnd.nextInt(TOPICS.length), i});
                }
                int[] t = threads.get(rnd.nextInt(threads.size()));
                previous = story("a" + i, day, people.get(t[0]), people.get(t[1]), TOPICS[t[2]], t[3] % 7 == 0 && i % 3 == 0);
                out.add(previous);
            }
            return out;
        }

        private Annotated story(String id, LocalDate day, String[] a, String[] b, String topic, boolean yearless) {
            String place = cap(word(2));
            String body = a[0] + " and " + b[0] + " met in " + place + " on Monday to discuss " + topic + ". "
                    + sentence(20) + "\n\n" + a[0] + " will meet " + b[0] + " again next week. " + sentence(25)
                    + "\n\n" + sentence(18);
            String headline = a[0] + ", " + b[0] + " hold talks on " + topic;
            String date = yearless ? "XXXX" + day.toString().substring(4) : day.toString();
            Article art = new Article(id, "synthetic:" + id, null, headline, null, "Bench Wire", place.toUpperCase(Locale.ROOT),
                    null, date, false, List.of(), null, null, "en", body, id);
            List<Entity> ents = List.of(
                    new Entity(a[0], EntityType.PERSON, 0, a[0].length(), a[0], a[1], Sector.GOV.code(), "envoy", 0),
                    new Entity(b[0], EntityType.PERSON, 0, b[0].length(), b[0], b[1], Sector.GOV.code(), "envoy", 0));
            List<Participant> pair = List.of(new Participant(a[0], a[1], Sector.GOV.code()), new Participant(b[0], b[1], Sector.GOV.code()));
            String met = day.minusDays(1 + rnd.nextInt(3)).toString();
            String next = day.plusDays(5 + rnd.nextInt(3)).toString();
            int second = body.indexOf(" will meet ");
            Event.Builder meeting = Event.builder().type(EventType.CONSULT).cameo(CameoCodes.CONSULT).actors(pair).topic(topic);
            List<Event> events = List.of(
                    meeting.id("e1").date(met).place(place).status(EventStatus.OCCURRED).span(0, 20).confidence(0.8).build(),
                    meeting.id("e2").date(next).place(null).status(EventStatus.PLANNED).span(second, second + 20).confidence(0.7)
                            .build());
            return new Annotated(art, ents, List.of(), List.of(), events);
        }

        private String sentence(int words) {
            StringBuilder b = new StringBuilder(cap(vocabulary.get(rnd.nextInt(vocabulary.size()))));
            for (int i = 1; i < words; i++) b.append(' ').append(vocabulary.get(rnd.nextInt(vocabulary.size())));
            return b.append('.').toString();
        }
    }
}
