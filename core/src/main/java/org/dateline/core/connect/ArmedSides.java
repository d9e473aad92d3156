package org.dateline.core.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.dateline.model.Participant;

/**
 * A state and its own armed force are one side of a military act: "two girls were killed by a U.S. armored car" and
 * "killed by an armored car of the U.S. troops" tell one killing, coded once with the state and once with its troops.
 * The events stage keys such reports under two names, so they would never meet as candidates of one story; this class
 * gives each such participant a second key, the side it fights for ({@code "#" + state code}), under which a story is
 * found whatever name the other report gave that side.
 *
 * <p>Only a military act ({@link DeedKind#MILITARY}) is read so, as {@link DeedEvidence#specific(EventMention,
 * boolean)} reads troops of a known state as their state's side there: a state's diplomacy and its army's drill are
 * two deeds, but a shot fired is the side's, whoever the sentence names. The force must name its state ({@link
 * DeedEvidence#forceOfState}: "U.S. forces", not "the troops"). Being found is no admission: the report, read with
 * the story's name for the side, still goes through every stage of {@link StoryFit}, which needs the same day or
 * place, or clauses alike.
 */
final class ArmedSides {
    private ArmedSides() {}

    /** The prefix of a side's key: a state's code after it. */
    static final String SIDE = "#";

    /**
     * The report's key with one participant at a time replaced by the side it acts for, each with the participant it
     * replaced: empty unless the report tells a military act and names a state or a state's own force among its key.
     */
    static Map<String, List<String>> variants(EventMention m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (DeedKind.of(m) != DeedKind.MILITARY) return out;
        for (String n : m.key()) {
            Participant p = m.participant(n);
            if (p == null || p.country() == null || p.country().isBlank()) continue;
            if (!m.context().names().isState(n) && !DeedEvidence.forceOfState(n)) continue;
            TreeSet<String> v = new TreeSet<>(m.key());
            v.remove(n);
            v.add(SIDE + p.country());
            out.put(n, List.copyOf(v));
        }
        return out;
    }

    /**
     * The participant of a story's first report that its side key stands for: of that state and not in the report's
     * own key, or null. "United States" for a report keyed "U.S. imperialist aggressor troops".
     */
    static Participant sideIn(Story s, EventMention m, String replaced) {
        Participant own = m.participant(replaced);
        if (own == null) return null;
        for (String n : s.key) {
            if (m.key().contains(n)) continue;
            Participant p = s.first().participant(n);
            if (p != null && own.country().equals(p.country())) return p;
        }
        return null;
    }
}
