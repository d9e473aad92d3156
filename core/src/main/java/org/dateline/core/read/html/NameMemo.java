package org.dateline.core.read.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An answer about a class, id or other markup name, remembered by the name. A page repeats the same few class
 * strings on hundreds of elements and the pages of one site share them, while the tests asked of them (alternations
 * of dozens of furniture words, matched case-insensitively at every position) are the reader's costliest: asked once
 * per distinct string, they stop mattering. Answers depend on the string alone, so remembering them changes nothing
 * read. Bounded: emptied when full, so that a long crawl of ever-new generated names cannot grow it without end.
 * Safe to share between reading threads.
 *
 * @param <T> the answer
 */
final class NameMemo<T> {
    private static final int MAX_NAMES = 20_000;
    private final Function<String, T> answer;
    private final Map<String, T> known = new ConcurrentHashMap<>();
    /**
     * The answer for the empty name, kept apart: most elements have no id and many no class, and a map lookup
     * costs more than the field.
     */
    private volatile T empty;

    NameMemo(Function<String, T> answer) { this.answer = answer; }

    /** Whether the pattern is found in the name, remembered. */
    static NameMemo<Boolean> finds(Pattern p) {
        return new NameMemo<>(s -> p.matcher(s).find());
    }

    /** The answer for this name (the empty string for none). */
    T get(String name) {
        if (name == null || name.isEmpty()) {
            T e = empty;
            if (e == null) empty = e = answer.apply("");
            return e;
        }
        T t = known.get(name);
        if (t != null) return t;
        t = answer.apply(name);
        if (known.size() >= MAX_NAMES) known.clear();
        known.put(name, t);
        return t;
    }

    /** For boolean answers: whether it holds for the name. */
    boolean test(String name) {
        return Boolean.TRUE.equals(get(name));
    }
}
