package org.dateline.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.core.json.AnnotationJson;
import org.dateline.model.EventLink;
import org.dateline.model.Mention;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * The full JSON record of a story event, as {@code export --format jsonl} writes one per line and
 * {@code timeline --json} lists them: the {@code annotate} event fields (id, type, mode, cameo, actors, recipients,
 * date, date_mod, place, status, topic, start, end, confidence) plus {@code mentions} and {@code links}. These names
 * are a contract: add fields, never rename or drop one.
 */
public final class StoryEventJson {
    private StoryEventJson() {}

    public static ObjectNode of(StoryEvent se) {
        ObjectNode n = AnnotationJson.event(se.event());
        n.put("id", se.id());
        ArrayNode mentions = n.putArray("mentions");
        for (Mention m : se.mentions()) {
            ObjectNode o = mentions.addObject();
            o.put("article", m.article());
            o.put("headline", m.headline());
            o.put("sentence", m.sentence());
            o.put("start", m.start());
            o.put("end", m.end());
            o.put("event", m.eventId());
        }
        ArrayNode links = n.putArray("links");
        for (EventLink l : se.links()) {
            ObjectNode o = links.addObject();
            o.put("rel", Spelled.of(l.rel()));
            o.put("event", l.event());
            o.put("evidence", l.evidence());
        }
        n.put("thread", se.thread());
        return n;
    }
}
