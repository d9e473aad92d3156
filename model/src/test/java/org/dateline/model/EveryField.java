package org.dateline.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records with every component set, found by reflection rather than listed by hand: a component added to a record
 * later is set too, so a round-trip test built on this fails until the new field is stored and read back.
 *
 * <p>Each value is distinct within one generator (strings name their component and a running number, numbers count
 * up from the seed), so a store that swaps two columns fails as well as one that drops a column. Lists get two
 * elements and maps two entries, so order is tested too. {@link #unset} is the check that goes with it: the paths
 * of every component (recursively) that holds its type's default.
 */
public final class EveryField {
    private int next;

    /** A generator whose numbers start above {@code seed}: two generators with different seeds give different records. */
    public EveryField(int seed) { this.next = seed * 1000 + 1; }

    /** A record of this type with every component, and every component of its nested records, set. */
    public <R extends Record> R of(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(components[i].getName(), components[i].getGenericType());
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    /** {@code n} records of this type, each different from the others in every component. */
    public <R extends Record> List<R> list(Class<R> type, int n) {
        List<R> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(of(type));
        return out;
    }

    /**
     * A cross-article record with every field set whose story events keep {@link StoryEvent}'s contract: the coded
     * event carries the story event's id (stores keep that id once).
     */
    public Connected connected() {
        Connected c = of(Connected.class);
        return new Connected(c.events().stream().map(se -> new StoryEvent(se.id(),
                se.event().toBuilder().id(se.id()).build(), se.mentions(), se.links(), se.thread())).toList(),
                c.threads(), c.actors(), c.revisionOf(), c.inferredDates());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(String name, Type generic) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        int n = next++;
        if (raw == String.class) return name + "-" + n;
        if (raw == int.class || raw == Integer.class) return n;
        if (raw == long.class || raw == Long.class) return (long) n;
        if (raw == double.class || raw == Double.class) return n + 0.25;
        if (raw == boolean.class || raw == Boolean.class) return true;
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[n % constants.length];
        }
        if (raw.isRecord()) return of((Class<? extends Record>) raw);
        if (raw == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return List.of(value(name, element), value(name, element));
        }
        if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) generic).getActualTypeArguments();
            Map map = new LinkedHashMap();
            for (int i = 0; i < 2; i++) map.put(value(name + "-key", kv[0]), value(name, kv[1]));
            return map;
        }
        try {   // a value type with a static parse(String), e.g. a validated code
            return raw.getMethod("parse", String.class).invoke(null, name.toUpperCase(java.util.Locale.ROOT));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("EveryField does not know how to fill a " + generic + " (" + name + ")");
        }
    }

    /**
     * The components of this record, and of the records and lists inside it, that hold their type's default: null, "",
     * 0, 0.0, false, -1 for an int (the model's "unknown"), or an empty list or map. Paths read like
     * {@code "events[0].outcome"}.
     */
    public static List<String> unset(Record record) {
        List<String> out = new ArrayList<>();
        collect(record, record.getClass().getSimpleName(), out);
        return out;
    }

    private static void collect(Object value, String path, List<String> out) {
        if (value == null || "".equals(value) || Integer.valueOf(0).equals(value) || Integer.valueOf(-1).equals(value)
                || Long.valueOf(0).equals(value) || Double.valueOf(0).equals(value) || Boolean.FALSE.equals(value)) {
            out.add(path);
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), path + "." + c.getName(), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> c) {
            if (c.isEmpty()) out.add(path);
            int i = 0;
            for (Object o : c) collect(o, path + "[" + i++ + "]", out);
        } else if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) out.add(path);
            for (Map.Entry<?, ?> e : m.entrySet()) collect(e.getValue(), path + "[" + e.getKey() + "]", out);
        }
    }
}
