package org.dateline.core.event;

import java.util.List;
import java.util.Locale;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * Whom a title or a possessive pronoun stands for when the language layer left it without a referent:
 * a capitalised title after "the" ("the President", "the respected General") is the person named earlier in the story
 * whose role holds that word ("President Ana Silva"); "his" and "her" are the person last named before the sentence.
 * Read only where a construction already says someone is judged (reported praise), so that a title in a clause of
 * another kind is not taken for a person. Built once per article from the language layer's entities.
 */
final class TitledReferents {
    private final List<Entity> people;

    TitledReferents(List<Entity> entities) {
        this.people = entities.stream().filter(e -> e.type() == EntityType.PERSON && e.canonical() != null).toList();
    }

    /** The person named before the given sentence whose role holds the title word, the latest one; null if none. */
    Entity titled(String title, int sentence) {
        String word = title.toLowerCase(Locale.ROOT);
        Entity found = null;
        for (Entity e : people) {
            if (e.sentence() >= sentence || e.role() == null) continue;
            for (String w : e.role().toLowerCase(Locale.ROOT).split("[^a-z]+")) if (w.equals(word)) found = e;
        }
        return found;
    }

    /** The person last named before the given sentence, or in it before the offset; null if none. */
    Entity lastBefore(int sentence, int offset) {
        Entity found = null;
        for (Entity e : people) {
            if (e.sentence() < sentence || e.sentence() == sentence && e.end() <= offset) found = e;
        }
        return found;
    }
}
