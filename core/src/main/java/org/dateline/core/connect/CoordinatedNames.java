package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * People's names joined in one sentence by a comma or "and" ("Great King Arvo Malik and Great Queen Arvo Selene
 * Malik", "Tomas Tarrant, Ebo Tarrant"): coordination names two referents, so the two names are two people, however
 * much one looks like the other written longer (a queen's name that holds her husband's word by word). Without this
 * cue {@link PersonVariants} would read the longer name as his with a middle name.
 */
final class CoordinatedNames {
    /** What lies between two coordinated names: a comma or "and", then at most three capitalised title words. */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}");

    private CoordinatedNames() {}

    /** The pairs of person mentions, in text order, that the body joins by coordination, each as [first, second]. */
    static List<Entity[]> pairs(String body, List<Entity> mentions) {
        List<Entity> people = new ArrayList<>();
        for (Entity e : mentions) {
            if (e.type() == EntityType.PERSON && e.start() >= 0 && e.end() <= body.length()) people.add(e);
        }
        people.sort(Comparator.comparingInt(Entity::start));
        List<Entity[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < people.size(); i++) {
            Entity a = people.get(i), b = people.get(i + 1);
            if (a.end() > b.start()) continue;
            if (BETWEEN.matcher(body.substring(a.end(), b.start())).matches()) out.add(new Entity[] {a, b});
        }
        return out;
    }
}
