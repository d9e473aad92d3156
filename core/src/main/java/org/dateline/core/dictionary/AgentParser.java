package org.dateline.core.dictionary;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agents dictionary: {@code phrase {plural} [~CODE]} lines, and substitution markers
 * ({@code !PERSON! = MAN, MEN, WOMAN}) that a later phrase ({@code CONGRESS!PERSON!}) expands into one entry per
 * item, with no plural formed.
 */
final class AgentParser extends EntryParser<AgentEntry> {
    private static final Pattern MARKER_DEFINITION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.+)");
    private static final Pattern MARKER = Pattern.compile("![A-Z0-9_]+!");
    private static final Pattern ENTRY = Pattern.compile("([^{\\[]+?)\\s*(?:\\{([^}]*)})?\\s*\\[([^\\]]*)]");

    private final Map<String, List<String>> markers = new HashMap<>();
    private final Deque<AgentEntry> expanded = new ArrayDeque<>();

    AgentParser(LineReader lines, Consumer<DictionaryException> onProblem) { super(lines, onProblem); }

    @Override
    AgentEntry parseNext() {
        while (expanded.isEmpty()) {
            DictionaryLine line = lines.next();
            if (line == null) return null;
            Matcher def = MARKER_DEFINITION.matcher(line.text());
            if (def.matches()) {
                markers.put(def.group(1), Arrays.stream(def.group(2).split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                continue;
            }
            read(line);
        }
        return expanded.poll();
    }

    private void read(DictionaryLine line) {
        Matcher m = ENTRY.matcher(line.text());
        if (!m.matches()) throw error(line, "not 'phrase {plurals} [code]'");
        String code = m.group(3).strip();
        AgentEntry.Placement placement;
        if (code.startsWith("~") && code.length() > 1) placement = AgentEntry.Placement.AFTER_ACTOR_CODE;
        else if (code.endsWith("~") && code.length() > 1) placement = AgentEntry.Placement.BEFORE_ACTOR_CODE;
        else throw error(line, "an agent code needs a ~ before or after it");
        code = code.replace("~", "");
        Optional<List<String>> plurals = m.group(2) == null ? Optional.empty()
                : Optional.of(Arrays.stream(m.group(2).split("\\s+")).filter(s -> !s.isEmpty()).toList());
        String phrase = m.group(1);
        Matcher marker = MARKER.matcher(phrase);
        if (!marker.find()) {
            expanded.add(new AgentEntry(phrase, plurals, code, placement, line.number()));
            return;
        }
        List<String> items = markers.get(marker.group());
        if (items == null) throw error(line, "substitution marker " + marker.group() + " is not defined above");
        for (String item : items) {
            String p = phrase.substring(0, marker.start()) + item + phrase.substring(marker.end());
            expanded.add(new AgentEntry(p, Optional.of(List.of()), code, placement, line.number()));
        }
    }
}
