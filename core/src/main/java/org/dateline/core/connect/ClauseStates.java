package org.dateline.core.connect;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * The states a report's own clause names: the states of the states, nationalities and bodies named inside its span ("a message of greeting
 * to the Prime Minister of Laos", "an organization of Nigeria supported", "the Central Committee of the Lao People's
 * Revolutionary Party sent"). They tell apart what one sender does for many counterparts on one day, and the groups
 * the coder could only name by a head every party has ("Central Committee", "organization"): the greeting to Laos
 * and the greeting to Romania share their sender, their day and all their words but the names.
 *
 * <p>Two reports contrast when each clause names a state the other does not and they name none in common, leaving
 * out the states of the participants both reports code (the sender's own state says nothing). A clause that names
 * no other state says nothing either way: "the visit to Russia" beside "the visits to Russia and China". An
 * international body is no state. Cached per report; not thread-safe, like the merger that owns it.
 */
final class ClauseStates {
    /**
     * The mentions that name a state or a body of one, written as names. A person's state is who they are, not a
     * counterpart ("talks with Whitfield" names no state beside "the offer of talks"); a place is compared as the
     * event's place; "whose government offered" names no state, whatever state the language layer guessed for it.
     */
    private static final Set<EntityType> NAMING = EnumSet.of(EntityType.COUNTRY, EntityType.NATIONALITY,
            EntityType.ORGANIZATION);

    /** What a report's clause names and whom it codes, as states. */
    private record Read(Set<String> named, Set<String> participants) {}

    private final Map<EventMention, Read> cache = new IdentityHashMap<>();

    /** True when both clauses name a state beyond the participants they share, and no such state agrees. */
    boolean contrast(EventMention a, EventMention b) {
        Read ra = read(a), rb = read(b);
        if (ra.named.isEmpty() || rb.named.isEmpty()) return false;
        Set<String> x = new HashSet<>(ra.named), y = new HashSet<>(rb.named);
        for (String p : ra.participants) {
            if (rb.participants.contains(p)) {
                x.remove(p);
                y.remove(p);
            }
        }
        if (x.isEmpty() || y.isEmpty()) return false;
        x.retainAll(y);
        return x.isEmpty();
    }

    private Read read(EventMention m) {
        return cache.computeIfAbsent(m, x -> new Read(
                named(x.context().entities(), x.mention().start(), x.mention().end()), participantStates(x)));
    }

    static Set<String> named(List<Entity> entities, int start, int end) {
        Set<String> out = new HashSet<>();
        for (Entity e : entities) {
            if (e.start() < start || e.end() > end || !NAMING.contains(e.type()) || !isState(e.country())) continue;
            // a common noun ("the government", "ministry") is given a state by inference, not by the text
            if (e.text() == null || e.text().isEmpty() || !Character.isUpperCase(e.text().charAt(0))) continue;
            out.add(e.country());
        }
        return out;
    }

    private static Set<String> participantStates(EventMention m) {
        Set<String> out = new HashSet<>();
        for (List<Participant> ps : List.of(m.event().actors(), m.event().recipients())) {
            for (Participant p : ps) if (isState(p.country())) out.add(p.country());
        }
        return out;
    }

    private static boolean isState(String code) { return CountryCodes.isState(code) && !code.isBlank(); }
}
