package org.dateline.core.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * A person's name in an event is spelled as the article spells it. The language layer resolves a mention to the
 * dictionary's full name ({@link Entity#canonical()}), and a dictionary may spell a name in a way the article never
 * does ("Kim Jong Un" written, "Kim Jong-un" in the people table): stored so, the event is found by no search for the
 * name the reader sees. The article's own full form is the one it writes most often among the mentions of that
 * person written in full (two words or more: a surname alone is no spelling of the whole name); a canonical the
 * article writes itself is kept. Applied when the article's events are final.
 */
final class TextSpellings {
    private final Map<String, String> spelled = new HashMap<>();

    TextSpellings(List<Entity> entities) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Set<String> writtenAsIs = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || e.canonical() == null || e.text() == null) continue;
            String text = e.text().strip();
            if (text.equals(e.canonical())) writtenAsIs.add(text);
            else if (text.indexOf(' ') > 0 && sameWords(text, e.canonical()))
                forms.computeIfAbsent(e.canonical(), k -> new HashMap<>()).merge(text, 1, Integer::sum);
        }
        forms.forEach((canonical, counts) -> {
            if (writtenAsIs.contains(canonical)) return;
            counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(best -> spelled.put(canonical, best.getKey()));
        });
    }

    /** Respells the event's named people as the article writes them. */
    void respell(Draft d) {
        if (spelled.isEmpty()) return;
        d.actors.replaceAll(this::respelled);
        d.recipients.replaceAll(this::respelled);
    }

    Participant respelled(Participant p) {
        String form = p.name() == null ? null : spelled.get(p.name());
        return form == null ? p : new Participant(form, p.country(), p.sector());
    }

    /**
     * A respelling, not another name: the same letters once hyphens, spaces and case are set aside ("Kim Jong Un" /
     * "Kim Jong-un"); "Kim Jong Un Street" or a title glued to the name is no spelling of it.
     */
    private static boolean sameWords(String text, String canonical) {
        return letters(text).equals(letters(canonical));
    }

    private static String letters(String s) {
        return s.replaceAll("[\\s\\-‐‑'’.]", "").toLowerCase(Locale.ROOT);
    }
}
