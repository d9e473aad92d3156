package org.dateline.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * The people and bodies a story names but places in no state are the home state's: in a page about one country's
 * politics, "Prime Minister Jane Roe deployed the army" and "Northfield University asked its students to stay home"
 * are that country's prime minister and university, as a human coder codes them. News introduces a foreigner with
 * a nationality ("German envoy X", "Japan's X"), which the language layer reads; a name with none is the home
 * state's. Only a story with a clear home state ({@link HomeState}: a strong majority of its state mentions) places
 * anyone, and never a body of a kind that acts across borders ({@code stateless-name-sectors}: agencies of the UN,
 * rights groups, churches). Applied when the article's events are final, after the test for private life, which
 * asks whether the text itself placed a person.
 */
final class HomeStateNames {
    private static final Set<String> STATELESS = EventWords.get("stateless-name-sectors");
    /**
     * The share of a story's state mentions its home state must hold before a name is placed there: higher than the
     * {@link HomeState} share that places organ nouns, because a name is more often a foreigner's. An agency story
     * about its own country's dealings names guests, senders of messages and envoys of other states with no
     * nationality of their own in that sentence ("Charge d'affaires X and a staff member of the Lao embassy"), and
     * those stories name other states too.
     */
    static final double MIN_SHARE = 0.9;

    private final String home;
    private final Set<String> unplaced = new HashSet<>();

    HomeStateNames(List<Entity> entities) {
        this.home = HomeState.of(entities, MIN_SHARE);
        Set<String> placed = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) continue;
            if (e.country() != null) placed.add(nameOf(e));
            else unplaced.add(nameOf(e));
        }
        unplaced.removeAll(placed);
    }

    private static String nameOf(Entity e) { return e.canonical() != null ? e.canonical() : e.text(); }

    /** Gives the home state to each unplaced named participant of the event. */
    void place(Draft d) {
        if (home == null) return;
        d.actors.replaceAll(this::placed);
        d.recipients.replaceAll(this::placed);
    }

    /** The participant in its home state when the story names it and places it nowhere; else as it was. */
    Participant placed(Participant p) {
        if (home == null || p.country() != null || p.name() == null || !unplaced.contains(p.name())) return p;
        if (p.sector() != null && STATELESS.contains(p.sector())) return p;
        return new Participant(p.name(), home, p.sector());
    }
}
