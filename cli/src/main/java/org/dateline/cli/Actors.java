package org.dateline.cli;

import org.dateline.model.ActorProfile;
import org.dateline.store.Store;

/** Turns the name a user typed into the canonical name events are stored under. */
final class Actors {
    private Actors() {}

    /**
     * The canonical name of the actor this names (by name in any case, or by an alias only one actor has);
     * the input itself when no profile matches, so a name the profiles lack still filters by exact name.
     */
    static String canonical(Store store, String typed) {
        if (typed == null || typed.isBlank()) return null;
        return store.actor(typed).map(ActorProfile::name).orElse(typed.strip());
    }
}
