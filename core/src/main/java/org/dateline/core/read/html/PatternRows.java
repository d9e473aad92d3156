package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * The regular-expression alternatives of a resource, one a line, grouped by kind: {@code KIND <tab> REGEX}. The
 * alternatives of one kind are joined with {@code |} in file order, so that a long alternation of cue words
 * ({@code class-hints.txt}, {@code furniture-cues.txt}) is kept as data and read as one pattern, the same as if it
 * were written on one line. A row {@code define <tab> NAME <tab> REGEX} names a fragment, which other rows use as
 * {@code {NAME}}; the fragments of one name are joined the same way. How a kind's alternation is anchored and with
 * which flags it is compiled belongs to the class that reads it.
 */
final class PatternRows {
    /** A fragment's name where a row uses it: {@code {scroller}} (a quantifier's braces hold digits, never letters). */
    private static final Pattern FRAGMENT = Pattern.compile("\\{([a-z][a-z-]*)\\}");

    private final String resource;
    private final Map<String, String> alternations;

    private PatternRows(String resource, Map<String, String> alternations) {
        this.resource = resource;
        this.alternations = alternations;
    }

    /** The rows of {@code resource}, next to {@code owner}; a line of another shape is a packaging error. */
    static PatternRows of(Class<?> owner, String resource) {
        Map<String, List<String>> fragments = new LinkedHashMap<>();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String[] row : ResourceFile.rows(owner, resource)) {
            if (row.length == 3 && row[0].equals("define")) {
                fragments.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[2]);
            } else if (row.length == 2) {
                kinds.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            } else {
                throw new IllegalStateException(resource + ": not KIND, REGEX: " + String.join("\t", row));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        kinds.forEach((kind, alternatives) -> {
            StringBuilder regex = new StringBuilder();
            for (String a : alternatives) {
                Matcher m = FRAGMENT.matcher(a);
                StringBuilder one = new StringBuilder();
                while (m.find()) {
                    List<String> f = fragments.get(m.group(1));
                    if (f == null) {
                        throw new IllegalStateException(resource + ": no fragment " + m.group(1) + " in: " + a);
                    }
                    m.appendReplacement(one, Matcher.quoteReplacement("(?:" + String.join("|", f) + ")"));
                }
                m.appendTail(one);
                regex.append(regex.isEmpty() ? "" : "|").append(one);
            }
            out.put(kind, regex.toString());
        });
        return new PatternRows(resource, out);
    }

    /** The alternatives of one kind joined with {@code |}, not yet grouped; a kind with no rows is a packaging error. */
    String alternation(String kind) {
        String a = alternations.get(kind);
        if (a == null) throw new IllegalStateException(resource + ": no rows of kind " + kind);
        return a;
    }
}
