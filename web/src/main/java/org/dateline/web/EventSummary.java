package org.dateline.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.dateline.model.Event;
import org.dateline.model.EventLink;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * A story event flattened for lists and tables: its coded fields and its first report, so a row can show where
 * it comes from without a second request.
 */
public record EventSummary(String id, String type, String mode, String cameo, String date, String dateMod,
                           String place, String status, String topic, List<Participant> actors,
                           List<Participant> recipients, String thread, int mentions, String article,
                           String headline, String sentence, List<EventLink> links) {

    static EventSummary of(StoryEvent se) {
        Event e = se.event();
        Mention first = se.mentions().isEmpty() ? null : se.mentions().get(0);
        return new EventSummary(se.id(), Spelled.of(e.type()), e.mode(), e.cameo(), e.date(), Spelled.of(e.dateMod()), e.place(), Spelled.of(e.status()),
                e.topic(), e.actors(), e.recipients(), se.thread(), se.mentions().size(),
                first == null ? null : first.article(), first == null ? null : first.headline(),
                first == null ? null : first.sentence(), se.links());
    }

    /** Every participant name, actors first, each once. */
    List<String> participantNames() {
        return Stream.concat(actors.stream(), recipients.stream())
                .map(Participant::name).filter(Objects::nonNull).distinct().toList();
    }
}
