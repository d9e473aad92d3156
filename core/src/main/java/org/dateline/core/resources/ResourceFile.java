package org.dateline.core.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the project's own hand-written resource files (UTF-8, next to the class that uses them), in the three
 * shapes they come in. In all of them a blank line, or a line whose first non-blank character is {@code #}, is
 * skipped, so every file can open with a header saying what it is for.
 *
 * <ul>
 *   <li>{@link #rows}: tab-separated columns ({@code triggers.tsv}); every field is kept, empty trailing ones too;
 *   <li>{@link #keyValues}: {@code key = value} lines ({@code months.txt}), keys lower-cased;
 *   <li>{@link #wordSets}: named word lists, {@code name = word word ...}, a name repeated to continue its list.
 * </ul>
 *
 * A resource that is missing, or a line that does not fit its shape, is a packaging error: it throws
 * {@link IllegalStateException} naming the resource and the line, at class loading, never later on an article.
 */
public final class ResourceFile {
    /** One meaningful line of a resource with its 1-based number. */
    public record Line(int number, String text) {}

    private ResourceFile() {}

    /** The meaningful lines of a resource, as written (not stripped). */
    public static List<Line> lines(Class<?> owner, String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + where(owner, name));
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = r.readLine()) != null; ) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                out.add(new Line(number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(where(owner, name) + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The tab-separated fields of each meaningful line, unstripped, empty trailing fields kept. */
    public static List<String[]> rows(Class<?> owner, String name) {
        return lines(owner, name).stream().map(l -> l.text().split("\t", -1)).toList();
    }

    /**
     * The {@code key = value} lines, in file order: the key (lower-cased) is what comes before the first {@code =},
     * the value what comes after it, both stripped. A later line with the same key wins.
     */
    public static Map<String, String> keyValues(Class<?> owner, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Line l : lines(owner, name)) {
            int eq = l.text().indexOf('=');
            if (eq < 0) throw new IllegalStateException(where(owner, name) + ":" + l.number() + ": no '=' in: " + l.text());
            out.put(l.text().substring(0, eq).strip().toLowerCase(Locale.ROOT), l.text().substring(eq + 1).strip());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Named word lists: {@code name = word word ...}; the words of a name given on several lines are joined. */
    public static WordSets wordSets(Class<?> owner, String name) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (Line l : lines(owner, name)) {
            int eq = l.text().indexOf('=');
            if (eq < 0) throw new IllegalStateException(where(owner, name) + ":" + l.number() + ": no '=' in: " + l.text());
            String list = l.text().substring(0, eq).strip();
            String words = l.text().substring(eq + 1).strip();
            Set<String> set = lists.computeIfAbsent(list, k -> new LinkedHashSet<>());
            if (!words.isEmpty()) set.addAll(Arrays.asList(words.split("\\s+")));
        }
        return new WordSets(where(owner, name), lists);
    }

    private static String where(Class<?> owner, String name) {
        return name.startsWith("/") ? name.substring(1) : owner.getPackageName().replace('.', '/') + "/" + name;
    }

    /** The word lists of one resource, each asked for by name. */
    public static final class WordSets {
        private final String source;
        private final Map<String, Set<String>> lists;

        private WordSets(String source, Map<String, Set<String>> lists) {
            this.source = source;
            this.lists = lists;
        }

        /** The words of a list, immutable; a name the file does not define is a packaging error. */
        public Set<String> get(String list) {
            Set<String> words = lists.get(list);
            if (words == null) throw new IllegalStateException(source + ": no word list '" + list + "'");
            return Set.copyOf(words);
        }

        /** The names of the lists, in file order. */
        public List<String> names() { return List.copyOf(lists.keySet()); }

        /** The words of a list in file order, for the few lists whose order means something. */
        public List<String> ordered(String list) {
            get(list);
            return List.copyOf(lists.get(list));
        }
    }
}
