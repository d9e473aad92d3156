package org.dateline.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
 * Flattens core's records into rows of the {@link Tables} schemas, field for field and in schema order. Every
 * child row carries its article id and its position in the article's list, so the lists can be rebuilt in order.
 */
final class Rows {
    private Rows() {}

    static Outcome of(Annotated a) {
        Article art = a.article();
        String id = art.id();
        Map<String, List<Row>> out = new HashMap<>();
        out.put(Tables.ARTICLES, List.of(RowFactory.create(id, art.source(), art.url(), art.headline(), art.byline(),
                art.agency(), art.datelinePlace(), art.datelineText(), art.publicationDate(), art.yearInferred(),
                art.contact(), art.revision(), art.language(), art.body(), art.contentHash())));
        List<Row> candidates = new ArrayList<>();
        for (int i = 0; i < art.dateCandidates().size(); i++) {
            DateCandidate c = art.dateCandidates().get(i);
            candidates.add(RowFactory.create(id, i, c.value(), c.origin(), c.text()));
        }
        out.put(Tables.DATE_CANDIDATES, candidates);
        List<Row> entities = new ArrayList<>();
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            entities.add(RowFactory.create(id, i, e.text(), Spelled.of(e.type()), e.start(), e.end(), e.canonical(), e.country(),
                    e.sector(), e.role(), e.sentence()));
        }
        out.put(Tables.ENTITIES, entities);
        List<Row> timexes = new ArrayList<>();
        for (int i = 0; i < a.timexes().size(); i++) {
            TimeExpression t = a.timexes().get(i);
            timexes.add(RowFactory.create(id, i, t.text(), t.type(), t.value(), Spelled.of(t.mod()), t.start(), t.end()));
        }
        out.put(Tables.TIMEXES, timexes);
        List<Row> quotes = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            quotes.add(RowFactory.create(id, i, q.text(), q.speaker(), q.start(), q.end(), q.kind()));
        }
        out.put(Tables.QUOTES, quotes);
        List<Row> events = new ArrayList<>();
        List<Row> participants = new ArrayList<>();
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            events.add(RowFactory.create(id, i, e.id(), Spelled.of(e.type()), e.mode(), e.cameo(), e.date(), Spelled.of(e.dateMod()),
                    e.place(), Spelled.of(e.status()), e.topic(), e.start(), e.end(), e.confidence(), e.outcome(), e.trigger(),
                    e.sentence(), e.origin()));
            addParticipants(participants, id, i, "actor", e.actors());
            addParticipants(participants, id, i, "recipient", e.recipients());
            if (e.reportedBy() != null) addParticipants(participants, id, i, "reported_by", List.of(e.reportedBy()));
        }
        out.put(Tables.EVENTS, events);
        out.put(Tables.EVENT_PARTICIPANTS, participants);
        return new Outcome(out);
    }

    static Outcome error(String source, String stage, String reason) {
        return new Outcome(Map.of(Tables.ERRORS, List.of(errorRow(source, stage, reason))));
    }

    static Row errorRow(String source, String stage, String reason) {
        return RowFactory.create(source, stage, reason);
    }

    private static void addParticipants(List<Row> out, String id, int event, String role, List<Participant> ps) {
        for (int k = 0; k < ps.size(); k++) {
            Participant p = ps.get(k);
            out.add(RowFactory.create(id, event, role, k, p.name(), p.country(), p.sector()));
        }
    }
}
