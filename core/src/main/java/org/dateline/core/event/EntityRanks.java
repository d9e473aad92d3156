package org.dateline.core.event;

import java.util.List;

import org.dateline.model.Entity;

/**
 * Which of the entities the language layer put on one token stands for an actor: a person or a pronoun before a
 * group, a group before an organisation, an organisation before a state (a state named at the head of its phrase
 * or with a sector, "the Peruvian army", before one merely mentioned), a country's name before a nationality word.
 * A place that is no country stands for no one.
 */
final class EntityRanks {
    private final ArticleContext ctx;

    EntityRanks(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The entity that best stands for an actor among those on a token. */
    Entity best(List<Entity> es, boolean onHead) {
        Entity b = null;
        for (Entity e : es) {
            if (rank(e, onHead) > 0) b = better(b, e);
        }
        return b;
    }

    /** Of two entities, either of which may be null, the one that ranks higher as an actor; the first on a tie. */
    Entity better(Entity a, Entity b) {
        if (b == null) return a;
        if (a == null) return b;
        return rank(b, true) > rank(a, true) ? b : a;
    }

    private int rank(Entity e, boolean onHead) {
        return switch (e.type()) {
            case PERSON, PRONOUN -> 7;
            case GROUP -> 6;
            case ORGANIZATION -> 5;
            case COUNTRY -> onHead || e.sector() != null ? 4 : 2;
            case LOCATION -> ctx.isCountryName(e) ? 3 : 0;
            case NATIONALITY -> 1;
        };
    }
}
