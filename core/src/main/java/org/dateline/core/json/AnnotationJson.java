package org.dateline.core.json;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.DateCandidate;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.Spelled;
import org.dateline.model.TimeExpression;

/**
 * The public JSON form of an annotated article: the contract of {@code dateline annotate}. Field names here are
 * part of that contract; add fields freely, never rename or drop one. Written by hand rather than by record
 * serialisation so that renaming a Java field can never change the contract by accident.
 */
public final class AnnotationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnnotationJson() {}

    public static ObjectMapper mapper() { return MAPPER; }

    public static ObjectNode of(Annotated a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", a.article().id());
        root.set("article", article(a.article()));
        ArrayNode entities = root.putArray("entities");
        for (Entity e : a.entities()) entities.add(entity(e));
        ArrayNode timexes = root.putArray("timexes");
        for (TimeExpression t : a.timexes()) timexes.add(timex(t));
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : a.quotes()) quotes.add(quote(q));
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) events.add(event(e));
        return root;
    }

    public static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("headline", a.headline());
        n.put("byline", a.byline());
        n.put("agency", a.agency());
        n.put("dateline_place", a.datelinePlace());
        n.put("dateline_text", a.datelineText());
        n.put("publication_date", a.publicationDate());
        n.put("year_inferred", a.yearInferred());
        n.put("contact", a.contact());
        n.put("language", a.language());
        n.put("revision", a.revision());
        n.put("url", a.url());
        n.put("source", a.source());
        n.put("content_hash", a.contentHash());
        ArrayNode dates = n.putArray("date_candidates");
        for (DateCandidate c : a.dateCandidates()) {
            ObjectNode d = dates.addObject();
            d.put("value", c.value());
            d.put("origin", c.origin());
            d.put("text", c.text());
        }
        n.put("body", a.body());
        return n;
    }

    public static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", e.text());
        n.put("type", Spelled.of(e.type()));
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("canonical", e.canonical());
        n.put("country", e.country());
        n.put("sector", e.sector());
        n.put("role", e.role());
        n.put("sentence", e.sentence());
        return n;
    }

    public static ObjectNode timex(TimeExpression t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", t.text());
        n.put("type", t.type());
        n.put("value", t.value());
        n.put("mod", Spelled.of(t.mod()));
        n.put("start", t.start());
        n.put("end", t.end());
        return n;
    }

    public static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", q.text());
        n.put("speaker", q.speaker());
        n.put("start", q.start());
        n.put("end", q.end());
        n.put("kind", q.kind());
        return n;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("type", Spelled.of(e.type()));
        n.put("mode", e.mode());
        n.put("cameo", e.cameo());
        n.set("actors", participants(e.actors()));
        n.set("recipients", participants(e.recipients()));
        n.put("date", e.date());
        n.put("date_mod", Spelled.of(e.dateMod()));
        n.put("place", e.place());
        n.put("status", Spelled.of(e.status()));
        n.put("topic", e.topic());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("confidence", e.confidence());
        n.put("outcome", e.outcome());
        n.put("trigger", e.trigger());
        n.put("sentence", e.sentence());
        // added field: who told of an event reported in speech ({"name","country","sector"}), or null
        if (e.reportedBy() == null) n.putNull("reported_by");
        else n.set("reported_by", participants(List.of(e.reportedBy())).get(0));
        // added field: the coder's stage that made the event, "rules" or "proposer" (a learned guess)
        n.put("origin", e.origin());
        return n;
    }

    private static ArrayNode participants(List<Participant> ps) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Participant p : ps) {
            ObjectNode n = arr.addObject();
            n.put("name", p.name());
            n.put("country", p.country());
            n.put("sector", p.sector());
        }
        return arr;
    }

    /** The error object written for a bad input line in {@code annotate --jsonl}. */
    public static ObjectNode error(String id, String source, String reason) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.put("source", source);
        n.put("error", reason);
        return n;
    }
}
