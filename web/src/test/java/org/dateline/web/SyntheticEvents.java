package org.dateline.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dateline.model.ActorProfile;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.store.Store;

/**
 * Load-test helper, not a test: gives a store of articles ingested without NLP a cross-article record of made-up
 * story events over its real articles (the events stage does not exist yet), so the API can be measured on a
 * realistic number of rows. {@code java ... SyntheticEvents DB EVENTS_PER_ARTICLE}
 */
public final class SyntheticEvents {
    private static final EventType[] TYPES = {EventType.CONSULT, EventType.AGREE, EventType.REQUEST, EventType.ACCUSE,
            EventType.AID, EventType.MOBILIZE};
    private static final EventStatus[] STATUSES = {EventStatus.OCCURRED, EventStatus.OCCURRED, EventStatus.OCCURRED,
            EventStatus.PLANNED, EventStatus.POSSIBLE, EventStatus.NEGATED};
    private static final String[] PLACES = {"Pyongyang", "Beijing", "Moscow", "Seoul", "Hanoi", "Havana", "Vientiane"};

    private SyntheticEvents() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int perArticle = Integer.parseInt(args[1]);
        Random r = new Random(42);
        List<Participant> pool = new ArrayList<>();
        for (int i = 0; i < 300; i++) pool.add(new Participant("Actor " + i, i % 3 == 0 ? "PRK" : i % 3 == 1 ? "CHN" : "RUS", "GOV"));
        try (Store store = Store.open(db)) {
            List<Article> articles = store.newest(Integer.MAX_VALUE);
            List<StoryEvent> events = new ArrayList<>();
            List<StoryThread> threads = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                Article art = articles.get(a);
                String body = art.body();
                int end = body.indexOf(". ");
                String sentence = (end > 0 ? body.substring(0, end + 1) : body.substring(0, Math.min(200, body.length()))).strip();
                for (int k = 0; k < perArticle; k++) {
                    String id = art.contentHash().substring(0, 12) + ".e" + k;
                    Participant x = pool.get((int) Math.abs(r.nextGaussian() * 60) % pool.size());
                    Participant y = pool.get(r.nextInt(pool.size()));
                    String thread = "t" + (a / 50);
                    List<EventLink> links = k == 1 ? List.of(new EventLink(LinkRelation.REALIZED_BY,
                            art.contentHash().substring(0, 12) + ".e0", "synthetic")) : List.of();
                    Event e = new Event(id, TYPES[r.nextInt(TYPES.length)], null, "040", List.of(x), List.of(y),
                            art.publicationDate(), null, PLACES[r.nextInt(PLACES.length)], STATUSES[r.nextInt(STATUSES.length)],
                            null, 0, Math.min(20, body.length()), 0.5, null, null, -1);
                    events.add(new StoryEvent(id, e, List.of(new Mention(art.id(), art.headline(), sentence, 0,
                            Math.min(20, body.length()), "e" + k)), links, thread));
                }
                if (a % 50 == 0) {
                    List<String> ids = articles.subList(a, Math.min(articles.size(), a + 50)).stream().map(Article::id).toList();
                    threads.add(new StoryThread("t" + (a / 50), "Thread " + (a / 50), ids, art.publicationDate(),
                            art.publicationDate(), List.of("Actor 1")));
                }
            }
            List<ActorProfile> actors = pool.stream().map(p -> new ActorProfile(p.name(), EntityType.PERSON, p.country(), p.sector(),
                    List.of(), List.of(), 1)).toList();
            store.replaceConnections(new Connected(events, threads, actors, Map.of(), Map.of()));
            System.out.println(events.size() + " events, " + threads.size() + " threads over " + articles.size() + " articles");
        }
    }
}
