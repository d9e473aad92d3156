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
 * read. Bounded by two generations: when the young one is full it becomes the old one and the one before is
 * dropped, while a name found in the old one is carried into the young one. A long crawl of ever-new generated names
 * cannot grow it without end, and the names in use (a site's, over its run of pages) outlive a turn, where emptying
 * the whole memo when full had every page after it ask its names again: the 421 pages of the newspaper4k set hold
 * about 38,000 distinct class strings (counted from their class attributes), asked about 62,000 times under a memo
 * of 20,000 emptied when full, once each now.
 * Safe to share between reading threads: a name put while the generations turn may be lost, and is asked again.
 *
 * @param <T> the answer
 */
final class NameMemo<T> {
    /** Names a generation holds before it turns old: two generations hold at most twice as many. */
    static final int GENERATION = 32_768;
    private final Function<String, T> answer;
    private final int generation;
    private volatile Map<String, T> young = new ConcurrentHashMap<>();
    private volatile Map<String, T> old = Map.of();
    /**
     * The answer for the empty name, kept apart: most elements have no id and many no class, and a map lookup
     * costs more than the field.
     */
    private volatile T empty;

    NameMemo(Function<String, T> answer) { this(answer, GENERATION); }

    NameMemo(Function<String, T> answer, int generation) {
        this.answer = answer;
        this.generation = generation;
    }

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
        Map<String, T> y = young;
        T t = y.get(name);
        if (t != null) return t;
        t = old.get(name);
        if (t == null) t = answer.apply(name);
        if (y.size() >= generation) y = turn(y);
        y.put(name, t);
        return t;
    }

    /** Makes the full young generation the old one and starts a new one; returns the young one to put into. */
    private synchronized Map<String, T> turn(Map<String, T> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
        return young;
    }

    /** For boolean answers: whether it holds for the name. */
    boolean test(String name) {
        return Boolean.TRUE.equals(get(name));
    }
}
