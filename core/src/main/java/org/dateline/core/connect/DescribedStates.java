package org.dateline.core.connect;

import org.dateline.model.Participant;

/**
 * Whose a described participant is: "the delegation" of one story is Iran's, of another China's. A participant that
 * only describes ({@link GenericParticipants}: "the delegation", "the authorities", "several soldiers") is told apart
 * from another of the same words by nothing but the state it belongs to, so two reports whose key holds it differ
 * when both give that participant a state and the states differ: the Iranian and the Chinese delegations that both
 * toured one monument in a week toured it twice. A named participant is not read so: its name says who it is, and
 * the language layer may code one person with two states ("Ro Su Hui" of the South, visiting the North).
 */
final class DescribedStates {
    private DescribedStates() {}

    /** True when a described participant both reports key on belongs to different states in them. */
    static boolean differ(EventMention a, EventMention b) {
        for (String n : a.key()) {
            if (!GenericParticipants.isGeneric(n) || !b.key().contains(n)) continue;
            String x = country(a.participant(n)), y = country(b.participant(n));
            if (x != null && y != null && !x.equals(y)) return true;
        }
        return false;
    }

    private static String country(Participant p) { return p == null ? null : p.country(); }
}
