package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dateline.core.language.BodySectors;
import org.dateline.core.language.Sentence;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * The bodies of civil society a page names, and the people who hold office in them: an advocacy federation, a
 * society, an association, a solidarity committee ("the National Borsk Federation", "Ana Vel, deputy director of the
 * Borsk Tenants' Association"). What they say and do in public (condemn a killing, call on a government, demand a
 * law) is public life as a ministry's is, and the conventions code it (a civic actor, CVL); but a civic sector alone
 * does not tell it, since the dictionaries give it to athletes, customers and children too. A named body does: its
 * own name gives it the civic sector ({@link BodySectors}, {@code civic-party-sectors}), or the title of its officer
 * names such a body ({@link BodySeats#seatOf(Entity, String)}).
 *
 * <p>A page about sport or leisure has its own associations and federations (a football association charging a
 * player, a chess federation's ranking): there they tell the game, not public life, and count for nothing
 * ({@link PublicAffairs}).
 */
final class CivicBodies {
    private static final Set<String> CIVIC = EventWords.get("civic-party-sectors");

    private final Set<String> names;

    private CivicBodies(Set<String> names) { this.names = names; }

    /** The civic bodies and their officers the sentences name, by the names their events' parties carry. */
    static CivicBodies namedOn(List<Sentence> sentences, String body) {
        Set<String> names = new HashSet<>();
        for (Sentence s : sentences) {
            for (Entity e : s.mentions()) {
                if (!civic(e, body)) continue;
                names.add(e.text());
                if (e.canonical() != null) names.add(e.canonical());
            }
        }
        return new CivicBodies(names);
    }

    /** Whether a mention is a civic body by its name, or a person whose title names one as his seat. */
    static boolean civic(Entity e, String body) {
        if (e.type() == EntityType.ORGANIZATION) return civicName(BodySeats.fullName(e, body));
        if (e.type() != EntityType.PERSON) return false;
        String seat = BodySeats.seatOf(e, body);
        return seat != null && civicName(seat.strip().replaceFirst("^(?i)the\\s+", ""));
    }

    private static boolean civicName(String name) {
        String sector = BodySectors.ofActor(name);
        return sector != null && CIVIC.contains(sector);
    }

    /** Whether one of these bodies or their officers is an actor or a recipient of the event. */
    boolean takePartIn(Event e) {
        if (names.isEmpty()) return false;
        return Stream.concat(e.actors().stream(), e.recipients().stream()).map(Participant::name).anyMatch(names::contains);
    }
}
