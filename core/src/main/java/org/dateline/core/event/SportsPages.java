package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;

/**
 * A sports report or a video game's page: a page whose words ({@code sports-page-words}: points, rebounds, coach,
 * league, striker, gameplay, quests, ...) name games and players, at least {@value #MIN_DISTINCT} different ones. On
 * such a page the verbs of force tell plays and results ("helped the Bears beat Wheaton", "Fluminense rarely
 * threatened", "a man downfield wiped out a catch"), and the hand-coding conventions code no sports results; one or
 * two such words ("the season's harvest", "a coach carrying refugees") make no sports page, so a war story keeps its
 * attacks. Speech acts on a sports page (a league
 * charging a club, a player's apology) are not plays and stay.
 */
final class SportsPages {
    static final int MIN_DISTINCT = 4;
    private static final Set<String> WORDS = EventWords.get("sports-page-words");
    private static final Set<EventType> PLAY_TYPES = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.THREATEN);

    private SportsPages() {
    }

    /** Whether the page's headline and body together use at least {@value #MIN_DISTINCT} different sports words. */
    static boolean sportsPage(PageWords page) {
        return page.distinct(WORDS, MIN_DISTINCT) >= MIN_DISTINCT;
    }

    /** Whether an event of this type, on a sports page, is a play of the game rather than an act of force. */
    static boolean play(EventType type) {
        return PLAY_TYPES.contains(type);
    }
}
