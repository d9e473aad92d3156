package org.dateline.core.event;

import java.util.List;
import java.util.Locale;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * What a person's own title says of his state. A holder the text names by his office alone ("the minister of
 * Culture and Arts of Ruritania praised ...", "the commander of a Borduvian unit asked ...") belongs to the state or
 * body his title's "of" chain names, as a named holder belongs to the one his apposition names; the sentence's other
 * states are only his counterparts. Inside a title, an adjective of enmity ("anti-Borduvian", "anti-U.S.") names the
 * foe the holder fights, never his own side.
 */
final class OwnTitles {
    private OwnTitles() {}

    /** Whether the head's entity is a holder named only by his office: a role with no name of its own. */
    static boolean isOfficeOnly(List<Entity> onHead) {
        for (Entity e : onHead) {
            if (e.type() == EntityType.PERSON && e.canonical() == null && e.role() != null) return true;
        }
        return false;
    }

    /** Whether the state's mention is the object of an "anti-" adjective ("anti-Japanese", "anti-U.S."). */
    static boolean isFoe(String body, Entity e) {
        int s = e.start();
        String before = body.substring(Math.max(0, s - 5), s).toLowerCase(Locale.ROOT);
        return before.endsWith("anti-") || before.endsWith("anti ") || before.endsWith("anti");
    }
}
