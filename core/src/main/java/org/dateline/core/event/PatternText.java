package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the text of one PETRARCH verb pattern ("&treaty (in ^) (with)", "(to list) (of {banned parties})") into a
 * {@link VerbPatterns.Pattern}: the words outside parentheses are the object, each parenthesis a prepositional phrase,
 * braces keep a compound's words together. The place-holders of PETRARCH's own actor slots ($, +, ^, *) stand for
 * words the parse finds anyway and are dropped; a pattern with any other notation (numbers, capitals, punctuation)
 * is left out rather than half read. So is a pattern of prepositions alone ("(to)", "(for)"): a verb family holds
 * many verbs, and "controls X ... for" is no visit; a pattern needs a noun of its own to say what the verb does.
 * Prepositions written outside parentheses are read as such, never as the object.
 */
final class PatternText {
    private static final Set<String> PARTICLES = EventWords.get("pattern-particles");

    private PatternText() {}

    static VerbPatterns.Pattern parse(String text, String cameo) { return parse(text, cameo, false); }

    /** The pattern, its code the other side's act on the subject when {@code swapped}; null when left out. */
    static VerbPatterns.Pattern parse(String text, String cameo, boolean swapped) {
        if (!text.matches("[a-z&{}()$+^* '-]+")) return null;
        List<String> object = new ArrayList<>();
        List<VerbPatterns.Prep> preps = new ArrayList<>();
        List<String> group = null;
        for (String raw : text.replace("(", " ( ").replace(")", " ) ").replace("{", " ").replace("}", " ").split("\\s+")) {
            if (raw.isEmpty() || raw.matches("[$+^*]+")) continue;
            if (raw.equals("(")) {
                if (group != null) return null;
                group = new ArrayList<>();
            } else if (raw.equals(")")) {
                if (group == null || group.isEmpty()) return null;
                preps.add(new VerbPatterns.Prep(group.get(0), List.copyOf(group.subList(1, group.size()))));
                group = null;
            } else if (group != null) {
                group.add(raw);
            } else if (PARTICLES.contains(raw)) {
                // "&mediation between": a preposition after the object; "back", "to" alone: a particle, no noun
                if (!object.isEmpty()) preps.add(new VerbPatterns.Prep(raw, List.of()));
            } else {
                object.add(raw);
            }
        }
        if (group != null || object.isEmpty() && preps.stream().allMatch(q -> q.noun().isEmpty())) return null;
        return new VerbPatterns.Pattern(List.copyOf(object), List.copyOf(preps), cameo, swapped);
    }
}
