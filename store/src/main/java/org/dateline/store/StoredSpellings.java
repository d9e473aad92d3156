package org.dateline.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Spelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the type columns of events, story events, entities and actor profiles. A store written by an older version
 * (or edited by hand) may hold a spelling no constant has; one row should not make a whole article, timeline or
 * actor list unreadable, so such a value reads as null (no type), with a warning naming it once per run. Reading
 * changes nothing: the row keeps its spelling until the article is annotated or connected again.
 */
final class StoredSpellings {
    private static final Logger LOG = LoggerFactory.getLogger(StoredSpellings.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private StoredSpellings() {}

    static EventType eventType(String text) { return read(EventType.class, text); }

    static EntityType entityType(String text) { return read(EntityType.class, text); }

    private static <E extends Enum<E> & Spelled> E read(Class<E> type, String text) {
        try {
            return Spelled.parse(type, text);
        } catch (IllegalArgumentException e) {
            if (WARNED.add(type.getSimpleName() + " " + text)) LOG.warn("{}: read as no type", e.getMessage());
            return null;
        }
    }
}
