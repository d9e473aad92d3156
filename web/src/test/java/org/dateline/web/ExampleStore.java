package org.dateline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.core.Pipeline;
import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.ContentHash;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.core.source.RawDocument;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.store.Store;

/**
 * One store per test JVM: the project's examples read and annotated by the real pipeline (CoreNLP loads once),
 * with the cross-article record built from the gold events of examples/.expected.json (the events stage is not in
 * the pipeline yet), plus one hostile article whose text is markup, to prove the pages render it as text.
 */
final class ExampleStore {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static final String THREAD = "t-march-2024";
    /** Markup in the hostile article: would set window.__pwned if it ever ran. */
    static final String HOSTILE_MARKUP = "<script>window.__pwned=1</script> \"onmouseover=window.__pwned=2 x=\" <img src=x onerror=window.__pwned=3>";
    static final String HOSTILE_ID = "hostile-1";
    static final String HOSTILE_EVENT = "se-hostile";
    static final String HOSTILE_ACTOR = "Mallory <b>Quux</b>";

    private static Path file;

    private ExampleStore() {}

    /** The store file, built on first use (the caller opens it). */
    static synchronized Path file() {
        if (file == null) file = build();
        return file;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("dateline-web-test");
            Path db = dir.resolve("examples.db");
            Pipeline pipeline = new Pipeline();
            Map<String, Annotated> byDoc = new TreeMap<>();
            try (var files = Files.list(EXAMPLES)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList()) {
                    byDoc.put(f.getFileName().toString().substring(0, 2),
                            pipeline.annotate(RawDocument.of(f.toString(), Files.readAllBytes(f))));
                }
            }
            Annotated hostile = Annotated.of(hostileArticle());
            try (Store store = Store.open(db)) {
                List<Annotated> all = new ArrayList<>(byDoc.values());
                all.add(hostile);
                store.addAnnotated(all);
                store.replaceConnections(connect(byDoc, hostile.article()));
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.dateline.core.source.UnreadableDocumentException e) {
            throw new IllegalStateException("an example story could not be read", e);
        }
    }

    static Article hostileArticle() {
        String headline = "Envoy " + HOSTILE_MARKUP + " meets press";
        String body = "Mallory met the press in Geneva " + HOSTILE_MARKUP + " on Monday, officials said.\n\nNothing else happened.";
        return new Article(HOSTILE_ID, "test:hostile", null, headline, null, "Harbor Wire", "GENEVA", null, "2024-03-20",
                false, List.of(), null, null, "en", body, ContentHash.of(headline, body));
    }

    /** Story events from the gold events: same_event groups become one event with several mentions. */
    private static Connected connect(Map<String, Annotated> byDoc, Article hostile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(EXAMPLES.resolve(".expected.json").toFile());
        Map<String, JsonNode> actors = new LinkedHashMap<>();
        gold.get("actors").forEach(a -> actors.put(a.get("name").asText(), a));
        Map<String, JsonNode> events = new LinkedHashMap<>();
        gold.get("events").forEach(e -> events.put(e.get("id").asText(), e));
        Map<String, String> groupOf = new HashMap<>();
        gold.get("cross_document").get("same_event").forEach(g -> g.forEach(id -> groupOf.put(id.asText(), g.get(0).asText())));
        Map<String, List<EventLink>> links = new HashMap<>();
        for (JsonNode pair : gold.get("cross_document").get("plan_realized_by")) {
            link(links, groupOf, pair.get(0).asText(), LinkRelation.REALIZED_BY, pair.get(1).asText(), "planned, then held");
        }
        for (JsonNode c : gold.get("cross_document").get("plan_changed_by")) {
            LinkRelation rel = "postponed".equals(c.get("change").asText()) ? LinkRelation.POSTPONED_BY : LinkRelation.CANCELLED_BY;
            String by = c.hasNonNull("rescheduled_as") ? c.get("rescheduled_as").asText() : c.get("by").asText();
            link(links, groupOf, c.get("plan").asText(), rel, by, c.get("change").asText());
        }
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Event> coded = new LinkedHashMap<>();
        for (JsonNode e : events.values()) {
            Annotated a = byDoc.get(e.get("doc").asText());
            String body = a.article().body();
            int start = body.indexOf(e.get("evidence").asText());
            if (start < 0) continue;                                   // evidence outside the body: not this fixture's job
            int end = start + e.get("evidence").asText().length();
            String group = groupOf.getOrDefault(e.get("id").asText(), e.get("id").asText());
            mentions.computeIfAbsent(group, k -> new ArrayList<>()).add(new Mention(a.article().id(), a.article().headline(),
                    sentence(body, start, end), start, end, e.get("id").asText()));
            coded.putIfAbsent(group, new Event(group, EventType.parse(text(e, "type")), text(e, "kind"), text(e, "cameo"),
                    participants(e.get("actors"), actors), participants(e.get("recipients"), actors), text(e, "date"),
                    DateModifier.parse(text(e, "mod")), text(e, "place"), EventStatus.parse(text(e, "status")), null, start, end, 1.0, null, null, -1));
        }
        List<StoryEvent> story = new ArrayList<>();
        coded.forEach((id, ev) -> story.add(new StoryEvent(id, ev, mentions.get(id), links.getOrDefault(id, List.of()), THREAD)));
        Participant mallory = new Participant(HOSTILE_ACTOR, "CHE", "GOV");
        String hostileSentence = hostile.body().substring(0, hostile.body().indexOf("\n\n"));
        story.add(new StoryEvent(HOSTILE_EVENT, new Event(HOSTILE_EVENT, EventType.CONSULT, "meet", "040", List.of(mallory),
                List.of(), "2024-03-18", null, "Geneva", EventStatus.OCCURRED, HOSTILE_MARKUP, 0, 20, 1.0, null, null, -1),
                List.of(new Mention(hostile.id(), hostile.headline(), hostileSentence, 0, 20, "e1")), List.of(), null));
        List<String> articleIds = byDoc.values().stream().map(a -> a.article().id()).toList();
        StoryThread thread = new StoryThread(THREAD, "Park Min-jae – Laura Whitfield: North Korea talks", articleIds,
                "2024-03-07", "2024-03-18", List.of("Park Min-jae", "Laura Whitfield", "Kenji Morita"));
        return new Connected(story, List.of(thread), profiles(story, actors, mallory), Map.of(), Map.of());
    }

    private static void link(Map<String, List<EventLink>> links, Map<String, String> groupOf, String plan, LinkRelation rel,
                             String outcome, String evidence) {
        String p = groupOf.getOrDefault(plan, plan);
        String o = groupOf.getOrDefault(outcome, outcome);
        if (p.equals(o)) return;                                       // gold calls the report of the change the same event
        List<EventLink> fromPlan = links.computeIfAbsent(p, k -> new ArrayList<>());
        if (fromPlan.stream().noneMatch(l -> l.event().equals(o))) fromPlan.add(new EventLink(rel, o, evidence));
        if (LinkRelation.REALIZED_BY.equals(rel)) {
            List<EventLink> back = links.computeIfAbsent(o, k -> new ArrayList<>());
            if (back.stream().noneMatch(l -> l.event().equals(p))) back.add(new EventLink(LinkRelation.REALIZES, p, evidence));
        }
    }

    private static List<ActorProfile> profiles(List<StoryEvent> story, Map<String, JsonNode> gold, Participant mallory) {
        Map<String, Integer> counts = new TreeMap<>();
        for (StoryEvent se : story) {
            Set<String> names = new LinkedHashSet<>();
            se.event().actors().forEach(p -> names.add(p.name()));
            se.event().recipients().forEach(p -> names.add(p.name()));
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        List<ActorProfile> out = new ArrayList<>();
        counts.forEach((name, n) -> {
            JsonNode a = gold.get(name);
            if (a == null) {
                out.add(new ActorProfile(name, EntityType.PERSON, mallory.country(), mallory.sector(), List.of("Mallory"), List.of(), n));
                return;
            }
            List<String> aliases = new ArrayList<>();
            if (a.has("aliases")) a.get("aliases").forEach(x -> aliases.add(x.asText()));
            List<ActorProfile.Role> roles = a.hasNonNull("role")
                    ? List.of(new ActorProfile.Role(a.get("role").asText(), "2024-03-07", "2024-03-18")) : List.of();
            boolean person = name.contains(" ") && !name.contains("Korea") && !name.contains("States");
            out.add(new ActorProfile(name, person ? EntityType.PERSON : EntityType.COUNTRY, text(a, "country"), text(a, "sector"), aliases, roles, n));
        });
        out.sort((x, y) -> y.events() != x.events() ? y.events() - x.events() : x.name().compareTo(y.name()));
        return out;
    }

    private static List<Participant> participants(JsonNode names, Map<String, JsonNode> actors) {
        List<Participant> out = new ArrayList<>();
        if (names == null) return out;
        for (JsonNode n : names) {
            JsonNode a = actors.get(n.asText());
            out.add(new Participant(n.asText(), a == null ? null : text(a, "country"), a == null ? null : text(a, "sector")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    static String sentence(String body, int start, int end) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(body);
        int from = it.isBoundary(start) ? start : it.preceding(start);
        int to = it.following(Math.max(start, end - 1));
        if (from == BreakIterator.DONE) from = 0;
        if (to == BreakIterator.DONE) to = body.length();
        return body.substring(from, to).strip();
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
