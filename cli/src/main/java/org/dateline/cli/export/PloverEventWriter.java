package org.dateline.cli.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.core.json.AnnotationJson;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;
import org.dateline.store.TimeMlDays;
import org.dateline.store.export.SourceArticles;

/**
 * Story events as PLOVER event records, one JSON object per line as the PLOVER specification suggests: id, date
 * (and enddate when the date is coarser than a day), actor / recipient lists of actor objects (code = country,
 * sector, the canonical name), event, mode, context (the topic), quad_code, event_loc, event_text / text (the
 * reported sentences), link (the story thread) and cite_info of the first report. Dateline's own fields a PLOVER
 * user still needs are added under their own names: status (a plan is not an event that happened), date_value
 * (the TimeML value), date_mod and confidence.
 */
public final class PloverEventWriter {
    public static final String CODER = "dateline 0.1.0";
    private static final ObjectMapper MAPPER = AnnotationJson.mapper();

    private final SourceArticles articles;

    public PloverEventWriter(SourceArticles articles) {
        this.articles = articles;
    }

    public void write(List<StoryEvent> events, Writer out) throws IOException {
        for (StoryEvent se : events) {
            out.write(MAPPER.writeValueAsString(record(se)));
            out.write('\n');
        }
        out.flush();
    }

    ObjectNode record(StoryEvent se) {
        Event e = se.event();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", se.id());
        Optional<TimeMlDays.Range> days = TimeMlDays.of(e.date(), Spelled.of(e.dateMod()));
        n.put("date", days.map(TimeMlDays.Range::first).orElse(null));
        if (days.isPresent() && !days.get().first().equals(days.get().last())) n.put("enddate", days.get().last());
        n.set("actor", actors(e.actors()));
        n.set("recipient", actors(e.recipients()));
        n.putArray("event").add(Spelled.of(e.type()));
        ArrayNode mode = n.putArray("mode");
        if (e.mode() != null) mode.add(e.mode());
        ArrayNode context = n.putArray("context");
        if (e.topic() != null) context.add(e.topic());
        if (e.type() != null) n.put("quad_code", e.type().quad());
        if (e.place() != null) n.putObject("event_loc").put("name", e.place());
        ArrayNode texts = n.putArray("event_text");
        se.mentions().forEach(m -> texts.add(m.sentence()));
        if (!se.mentions().isEmpty()) {
            Mention first = se.mentions().get(0);
            n.put("text", first.sentence());
            ObjectNode info = n.putObject("text_info");
            info.put("start", first.start());
            info.put("end", first.end());
            n.set("cite_info", cite(first));
        }
        n.put("link", se.thread());
        n.put("coder", CODER);
        n.put("status", Spelled.of(e.status()));
        n.put("date_value", e.date());
        n.put("date_mod", Spelled.of(e.dateMod()));
        n.put("confidence", e.confidence());
        n.put("origin", e.origin()); // "rules", or "proposer" for a learned guess
        return n;
    }

    private static ArrayNode actors(List<Participant> ps) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Participant p : ps) {
            ObjectNode o = arr.addObject();
            o.put("code", p.country());
            o.put("sector", p.sector());
            o.put("actor_text", p.name());
            o.put("identifier_text", p.name());
        }
        return arr;
    }

    private ObjectNode cite(Mention m) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("citation", m.article());
        c.put("title", m.headline());
        Optional<Article> a = articles.find(m.article());
        c.put("url", a.map(Article::url).orElse(null));
        c.put("publication", a.map(Article::agency).orElse(null));
        c.put("language", a.map(Article::language).orElse(null));
        c.put("coder", CODER);
        return c;
    }
}
