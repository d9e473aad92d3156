package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.dateline.core.Pipeline;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;

/** Matching hand-made gold events (seeds.gold.json, examples/.expected.json) against coded ones. */
final class GoldEvents {
    /**
     * The event coder's rules, without the learned stages: what the invented-story tests are about. The filter (its
     * own tests in EventFilterTest) and the proposer (EventProposerTest) are models of what judges call right on real
     * news, and an invented sentence written to show one rule is not what they were trained on. The language models
     * are shared by both pipelines and load once per test JVM.
     */
    static final Pipeline PIPELINE = new Pipeline(ActorDictionary.empty(), EventFilter.none(), EventProposer.none());

    /** The whole pipeline, learned filter and proposer included: what the seeds' and the examples' gold is a contract for. */
    static final Pipeline WHOLE = new Pipeline();

    /** The events of a story written for a test, published on 10 May 2023 (a Wednesday). */
    static List<Event> codeStory(String body) {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, null, null, null, null, null,
                "2023-05-10", false, List.of(), null, null, "en", body, "");
        return PIPELINE.annotate(a).events();
    }

    /** The events of a story with a headline and no dateline, as an agency's item stripped of it (20 April 2012). */
    static List<Event> codeTitled(String headline, String body) {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, headline, null, null, null, null,
                "2012-04-20", false, List.of(), null, null, "en", body, "");
        return PIPELINE.annotate(a).events();
    }

    /** Every actor and recipient of the events. */
    static List<org.dateline.model.Participant> everyone(List<Event> es) {
        return es.stream().flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())).toList();
    }

    /** The events of a story filed under a dateline ("NAIROBI (Reuters) -"): its place is the dateline's. */
    static List<Event> codeStoryFrom(String datelinePlace, String body) {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, null, null, null, datelinePlace,
                null, "2023-05-10", false, List.of(), null, null, "en", body, "");
        return PIPELINE.annotate(a).events();
    }

    /** The first person whose text contains {@code name} in a story written for a test (published 4 June 2012). */
    static org.dateline.model.Entity personIn(String body, String name) {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, null, null, null, null, null,
                "2012-06-04", false, List.of(), null, null, "en", body, "");
        List<org.dateline.model.Entity> es = PIPELINE.annotate(a).entities();
        return es.stream().filter(e -> e.type() == org.dateline.model.EntityType.PERSON && e.text().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name + " in " + es));
    }

    private GoldEvents() {}

    static Set<String> names(JsonNode gold) {
        Set<String> out = new HashSet<>();
        for (String f : new String[] {"actors", "recipients"}) {
            for (JsonNode n : gold.path(f)) out.add(n.asText());
        }
        return out;
    }

    static Set<String> names(Event e) {
        Set<String> out = new HashSet<>();
        for (Participant p : e.actors()) out.add(p.name());
        for (Participant p : e.recipients()) out.add(p.name());
        return out;
    }

    /** Coded events with the gold's type, participants (actors and recipients together) and status. */
    static List<Event> matches(JsonNode gold, List<Event> coded) {
        List<Event> out = new ArrayList<>();
        for (Event e : coded) {
            if (gold.path("type").asText().equals(Spelled.of(e.type())) && names(e).equals(names(gold))
                    && Spelled.of(e.status()).equals(gold.path("status").asText())) out.add(e);
        }
        return out;
    }

    /** True when a match also carries the gold date (or the gold gives none). */
    static boolean dated(JsonNode gold, String dateField, List<Event> matches) {
        JsonNode d = gold.path(dateField);
        if (d.isMissingNode() || d.isNull()) return !matches.isEmpty();
        return matches.stream().anyMatch(e -> d.asText().equals(e.date()));
    }

    static String describe(List<Event> coded) {
        StringBuilder b = new StringBuilder();
        for (Event e : coded) {
            b.append("\n  ").append(e.type()).append(' ').append(e.cameo()).append(' ').append(Spelled.of(e.status())).append(' ')
                    .append(names(e)).append(' ').append(e.date()).append(" [").append(e.trigger()).append(']');
        }
        return b.toString();
    }

    /** True when the event has this PLOVER type, an actor of one country and a recipient of another. */
    static boolean typed(Event e, String type, String actorCountry, String recipientCountry) {
        return String.valueOf(e.type()).equals(type) && e.actors().stream().anyMatch(p -> actorCountry.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> recipientCountry.equals(p.country()));
    }

    /** True when the event has this PLOVER type and an actor of this country. */
    static boolean actedBy(Event e, String type, String actorCountry) {
        return String.valueOf(e.type()).equals(type) && e.actors().stream().anyMatch(p -> actorCountry.equals(p.country()));
    }

    /** The visits (CONSULT 042) coded to a host state. */
    static List<Event> visitsTo(List<Event> es, String host) {
        return es.stream().filter(e -> e.type() == org.dateline.model.EventType.CONSULT && "042".equals(e.cameo())
                && e.recipients().stream().anyMatch(p -> host.equals(p.country()))).toList();
    }

    /** True when a visit of a party of the visitor state to the host state is coded. */
    static boolean visitBy(List<Event> es, String visitor, String host) {
        return visitsTo(es, host).stream().anyMatch(e -> e.actors().stream().anyMatch(p -> visitor.equals(p.country())));
    }
}
