package org.dateline.core.language;

import org.dateline.model.EntityType;
import org.dateline.model.Entity;

/**
 * A mention while the analyser is still deciding what it is: mutable on purpose, confined to one analysis, turned
 * into an immutable {@link Entity} at the end.
 */
final class Mention {
    int start;
    int end;
    int firstToken;
    int lastToken;
    int sentence;
    EntityType type;
    GazetteerEntry entry;
    String canonical;
    String country;
    String sector;
    String role;
    /** A role phrase standing for a person not named here ("his U.S. counterpart"). */
    boolean nominal;
    /** Inside another mention's role phrase ("U.S." in "U.S. President Donald Trump"): a modifier, not an actor. */
    boolean inRole;

    Mention(int start, int end, int firstToken, int lastToken, int sentence, EntityType type) {
        this.start = start;
        this.end = end;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.sentence = sentence;
        this.type = type;
    }

    boolean isPerson() { return type == EntityType.PERSON; }

    boolean isNamedPerson() { return isPerson() && !nominal; }

    boolean overlaps(Mention o) { return start < o.end && o.start < end; }

    Entity toEntity(String body) {
        return new Entity(body.substring(start, end), type, start, end, canonical, country, sector, role, sentence);
    }

    @Override public String toString() { return type + "[" + start + "," + end + "]" + canonical + "/" + country + "/" + sector; }
}
