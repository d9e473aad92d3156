package org.dateline.cli.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.cli.eval.BlindSample;
import org.dateline.core.Pipeline;
import org.dateline.core.event.PublicAffairs;
import org.dateline.model.Entity;

/**
 * One JSON line per judged document for experiments on the page decision outside Java ({@code eval judged --page-dump}):
 * the decision and its cues, what the pipeline found on the page (entities by type, quotes, events), the judged counts
 * of all its events as if the page were kept, and its body, so that a new word class can be tried on it.
 */
final class PageDump {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageDump() {}

    static String line(BlindSample.Document d, Pipeline.Judged judged, List<JudgedRow> rows) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", d.key());
        o.put("half", String.valueOf(Judgement.halfOf(d.key())));
        PublicAffairs pa = judged.publicAffairs();
        o.put("reports", pa.reports());
        o.put("reason", pa.reason());
        if (pa.cues() != null) o.set("cues", JSON.valueToTree(pa.cues()));
        Map<String, Integer> types = new TreeMap<>();
        for (Entity e : judged.annotated().entities()) types.merge(String.valueOf(e.type()), 1, Integer::sum);
        o.set("entities", JSON.valueToTree(types));
        o.put("quotes", judged.annotated().quotes().size());
        o.put("headline", d.article().headline());
        o.put("url", d.article().url());
        o.put("published", d.article().publicationDay().map(Object::toString).orElse(null));
        JudgedScore.Tally all = new JudgedScore.Tally();
        JudgedScore.score(d.key(), judged.annotated().events(), rows, all, new ArrayList<>());
        ObjectNode counts = o.putObject("ifKept");
        for (JudgedScore.Count c : JudgedScore.Count.values()) counts.put(c.name(), all.get(c));
        o.put("goldRows", rows.stream().filter(JudgedRow::gold).count());
        o.put("rightOrMissedRows", rows.stream().filter(r -> r.missed() || r.right()).count());
        o.set("events", events(judged.annotated().events()));
        o.put("body", d.article().body());
        return o.toString();
    }

    /** The coded events (even of a page the decision withholds), keyed as judged rows are: span, trigger, type. */
    private static com.fasterxml.jackson.databind.node.ArrayNode events(List<org.dateline.model.Event> events) {
        com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
        for (org.dateline.model.Event e : events) {
            ObjectNode n = out.addObject();
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("trigger", e.trigger() == null ? "" : e.trigger().strip());
            n.put("type", e.type() == null ? "" : e.type().name());
            n.put("cameo", e.cameo());
            n.put("status", String.valueOf(e.status()));
            n.put("date", e.date());
            n.put("dateMod", e.dateMod() == null ? null : e.dateMod().name());
            n.put("topic", e.topic());
        }
        return out;
    }
}
