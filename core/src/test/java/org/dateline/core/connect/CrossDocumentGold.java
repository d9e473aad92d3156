package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.EventStatus;
import org.dateline.model.LinkRelation;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;
import org.dateline.model.TimeExpression;
import org.dateline.core.read.ArticleReader;
import org.dateline.core.source.RawDocument;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * Reads a gold file with "cross_document" facts (seeds.gold.json, examples/.expected.json) and checks a
 * {@link Connected} against them. Gold events are found among the connected mentions by where their evidence lies
 * in the body, so the same checks serve hand-built ideal events and the real events stage.
 */
final class CrossDocumentGold {
    final JsonNode gold;
    /** doc key ("001", "03") -> article read from its page. */
    final Map<String, Article> articles = new LinkedHashMap<>();
    /** gold event id -> gold event. */
    final Map<String, JsonNode> events = new LinkedHashMap<>();

    CrossDocumentGold(Path goldFile, Path pages) throws Exception {
        gold = new ObjectMapper().readTree(goldFile.toFile());
        ArticleReader reader = new ArticleReader();
        for (JsonNode d : gold.get("documents")) {
            String file = d.get("file").asText();
            String doc = d.has("doc") ? d.get("doc").asText() : file.substring(0, 3);
            Path p = pages.resolve(file);
            articles.put(doc, reader.read(RawDocument.of(p.toString(), Files.readAllBytes(p))));
        }
        for (JsonNode e : gold.get("events")) events.put(e.get("id").asText(), e);
    }

    JsonNode cross() { return gold.get("cross_document"); }

    /** Where a gold event's evidence sits in its article's body: [start, end), or null when it cannot be found. */
    int[] evidence(String goldId) {
        JsonNode e = events.get(goldId);
        String body = articles.get(e.get("doc").asText()).body();
        String ev = e.get("evidence").asText();
        String[] parts = ev.split("\\s*\\.\\.\\.\\s*");
        int start = body.indexOf(parts[0]);
        if (start < 0 && parts[0].length() > 30) {  // curly quotes in the body, straight ones in the gold
            start = body.indexOf(parts[0].substring(0, 30));
            if (start >= 0) parts[0] = body.substring(start, Math.min(body.length(), start + parts[0].length()));
        }
        if (start < 0) return null;
        int end = start + parts[0].length();
        String last = parts[parts.length - 1];
        int lastAt = parts.length > 1 ? body.indexOf(last, end) : -1;
        if (lastAt >= 0) end = lastAt + last.length();
        return new int[] {start, end};
    }

    // ---------------------------------------------------------------- ideal events, built from the gold

    /**
     * The articles with events as an ideal events stage would give them, read alone: a yearless article's dates
     * stay yearless ("XXXX-03-08"), an event without a stated date has none.
     */
    List<Annotated> idealAnnotated(Map<String, String[]> actorCodes) {
        List<Annotated> out = new ArrayList<>();
        for (Map.Entry<String, Article> a : articles.entrySet()) {
            Article art = a.getValue();
            boolean yearless = art.publicationDate() != null && art.publicationDate().startsWith("XXXX");
            List<Event> evs = new ArrayList<>();
            Map<String, Entity> ents = new LinkedHashMap<>();
            List<TimeExpression> timexes = new ArrayList<>();
            for (JsonNode e : events.values()) {
                if (!e.get("doc").asText().equals(a.getKey())) continue;
                int[] span = evidence(e.get("id").asText());
                assertThat(span).as("evidence of " + e.get("id")).isNotNull();
                String date = text(e, "date_alone") != null ? text(e, "date_alone") : text(e, "date");
                if (date != null && yearless && date.matches("\\d{4}.*")) date = "XXXX" + date.substring(4);
                if (date != null) timexes.add(new TimeExpression(date, "DATE", date, DateModifier.parse(text(e, "mod")), span[0], span[1]));
                List<Participant> actors = participants(e.get("actors"), actorCodes, ents, art.body());
                List<Participant> recipients = participants(e.get("recipients"), actorCodes, ents, art.body());
                evs.add(new Event(e.get("id").asText(), EventType.parse(e.get("type").asText()), text(e, "mode"), text(e, "cameo"),
                        actors, recipients, date, DateModifier.parse(text(e, "mod")), text(e, "place"), EventStatus.parse(e.get("status").asText()),
                        text(e, "topic"), span[0], span[1], 0.9, null, null, -1));
            }
            out.add(new Annotated(art, List.copyOf(ents.values()), timexes, List.of(), evs));
        }
        return out;
    }

    Map<String, String[]> actorCodes() {
        Map<String, String[]> codes = new HashMap<>();
        for (JsonNode a : gold.get("actors")) {
            String name = a.get("name").asText();
            boolean state = a.has("note") && a.get("note").asText().startsWith("metonymy")
                    || List.of("United States", "South Korea", "Japan", "China", "North Korea").contains(name);
            codes.put(name, new String[] {text(a, "country"), text(a, "sector"), state ? "COUNTRY" : "PERSON"});
        }
        return codes;
    }

    private static List<Participant> participants(JsonNode names, Map<String, String[]> codes,
                                                  Map<String, Entity> ents, String body) {
        List<Participant> out = new ArrayList<>();
        if (names == null) return out;
        for (JsonNode n : names) {
            String name = n.asText();
            String[] c = codes.getOrDefault(name, new String[] {null, null, "PERSON"});
            out.add(new Participant(name, c[0], c[1]));
            int at = Math.max(0, body.indexOf(name));
            ents.putIfAbsent(name, new Entity(name, EntityType.parse(c[2]), at, at + name.length(), name, c[0], c[1], null, -1));
        }
        return out;
    }

    // ---------------------------------------------------------------- checks

    /** gold event id -> the story event holding its mention. */
    Map<String, StoryEvent> locate(Connected c, Map<String, String> goldToEventId) {
        Map<String, StoryEvent> byMention = new HashMap<>();
        for (StoryEvent se : c.events()) {
            for (Mention m : se.mentions()) byMention.put(m.article() + "#" + m.eventId(), se);
        }
        Map<String, StoryEvent> out = new HashMap<>();
        goldToEventId.forEach((g, ev) -> {
            String article = articles.get(events.get(g).get("doc").asText()).id();
            StoryEvent se = byMention.get(article + "#" + ev);
            if (se != null) out.put(g, se);
        });
        return out;
    }

    /** Runs every check and fails once, listing all that fail, so one run shows the whole picture. */
    void checkAll(Connected c, Map<String, StoryEvent> at) {
        List<String> failed = failures(c, at);
        assertThat(failed).as("failing cross-document checks").isEmpty();
    }

    /** The message of every failing cross-document check (empty when all hold). */
    List<String> failures(Connected c, Map<String, StoryEvent> at) {
        List<String> failed = new ArrayList<>();
        checks = 0;
        JsonNode x = cross();
        for (JsonNode group : x.path("same_event")) attempt(failed, () -> checkSame(group, at));
        for (String rel : List.of("plan_realized_by", "possible_realized_by")) {
            for (JsonNode pair : x.path(rel)) {
                String plan = pair.get(0).asText(), outcome = pair.get(1).asText();
                attempt(failed, () -> assertLinked(at, plan, outcome, LinkRelation.REALIZED_BY));
                attempt(failed, () -> assertLinked(at, outcome, plan, LinkRelation.REALIZES));
            }
        }
        for (JsonNode ch : x.path("plan_changed_by")) {
            LinkRelation rel = ch.get("change").asText().equals("postponed") ? LinkRelation.POSTPONED_BY : LinkRelation.CANCELLED_BY;
            attempt(failed, () -> assertLinked(at, ch.get("plan").asText(), ch.get("by").asText(), rel));
        }
        for (JsonNode open : x.path("unresolved_plans")) {
            attempt(failed, () -> {
                StoryEvent se = at.get(open.asText());
                assertThat(se).as("story event of " + open.asText()).isNotNull();
                assertThat(se.links()).as(open.asText() + " stays open")
                        .noneMatch(l -> l.rel().equals(LinkRelation.REALIZED_BY));
            });
        }
        for (JsonNode group : x.path("same_story_thread")) {
            attempt(failed, () -> {
                Set<String> threads = new HashSet<>();
                for (JsonNode doc : group) threads.add(threadOf(c, articles.get(doc.asText()).id()));
                assertThat(threads).as("one thread for " + group).hasSize(1).doesNotContainNull();
            });
        }
        for (JsonNode nd : x.path("near_duplicates")) {
            attempt(failed, () -> {
                String first = articles.get(nd.get("docs").get(0).asText()).id();
                String second = articles.get(nd.get("docs").get(1).asText()).id();
                assertThat(c.revisionOf()).as(nd.get("relation").asText()).containsEntry(second, first);
            });
        }
        return failed;
    }

    /** How many checks {@link #failures} ran (for reporting "n of m hold"). */
    int checks;

    /** Runs one check, recording its failure instead of stopping at it. */
    void attempt(List<String> failed, Runnable check) {
        checks++;
        try {
            check.run();
        } catch (AssertionError e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            failed.add(m.length() > 400 ? m.substring(0, 400) + "..." : m);
        }
    }

    private void checkSame(JsonNode group, Map<String, StoryEvent> at) {
        // Reports with the same status are one story event; a postponement or cancellation report is kept apart
        // (it is the plan's fate, negated) but linked to the plan.
        for (JsonNode a : group) {
            for (JsonNode b : group) {
                String ga = a.asText(), gb = b.asText();
                StoryEvent sa = at.get(ga), sb = at.get(gb);
                assertThat(sa).as("story event of " + ga).isNotNull();
                assertThat(sb).as("story event of " + gb).isNotNull();
                if (StatusClass.of(status(ga)) == StatusClass.of(status(gb))) {
                    assertThat(sa.id()).as(ga + " and " + gb + " are one event").isEqualTo(sb.id());
                } else {
                    assertThat(sa.links()).as(ga + " linked to " + gb).anyMatch(l -> l.event().equals(sb.id()))
                            .withFailMessage("");
                }
            }
        }
    }

    private EventStatus status(String goldId) { return EventStatus.parse(events.get(goldId).get("status").asText()); }

    private static void assertLinked(Map<String, StoryEvent> at, String from, String to, LinkRelation rel) {
        StoryEvent a = at.get(from), b = at.get(to);
        assertThat(a).as("story event of " + from).isNotNull();
        assertThat(b).as("story event of " + to).isNotNull();
        assertThat(a.links()).as(from + " " + rel + " " + to)
                .anyMatch(l -> l.rel().equals(rel) && l.event().equals(b.id()) && !l.evidence().isBlank());
    }

    static String threadOf(Connected c, String articleId) {
        for (StoryThread t : c.threads()) if (t.articles().contains(articleId)) return t.id();
        return null;
    }

    static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
