package org.dateline.core.connect;

import java.util.List;
import java.util.Map;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;

/**
 * A story event's participants under the names their actors have now: an event coded while "Dmitri Medvedev" was an
 * actor of his own names him as the record's "Dmitry Medvedev" once the two are known to be one man
 * ({@link ActorKnowledgeBase#joinVariants}), so that his timeline and his event count hold it.
 */
final class VariantNames {
    private VariantNames() {}

    /** The event with every participant (actor, recipient, reporter) named as {@code renames} says; else as it was. */
    static StoryEvent rename(StoryEvent se, Map<String, String> renames) {
        Event e = se.event();
        if (renames.isEmpty() || !names(e.actors(), renames) && !names(e.recipients(), renames)
                && (e.reportedBy() == null || !renames.containsKey(e.reportedBy().name()))) return se;
        Event renamed = e.toBuilder().actors(renamed(e.actors(), renames)).recipients(renamed(e.recipients(), renames))
                .reportedBy(e.reportedBy() == null ? null : renamed(e.reportedBy(), renames)).build();
        return new StoryEvent(se.id(), renamed, se.mentions(), se.links(), se.thread());
    }

    private static boolean names(List<Participant> ps, Map<String, String> renames) {
        return ps.stream().anyMatch(p -> p.name() != null && renames.containsKey(p.name()));
    }

    private static List<Participant> renamed(List<Participant> ps, Map<String, String> renames) {
        return ps.stream().map(p -> renamed(p, renames)).toList();
    }

    private static Participant renamed(Participant p, Map<String, String> renames) {
        String to = p.name() == null ? null : renames.get(p.name());
        return to == null ? p : new Participant(to, p.country(), p.sector());
    }
}
