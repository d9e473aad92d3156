package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.model.Participant;

/**
 * The visiting parties of one visit sentence told apart: "Delegations of the Lao party, the Vietnamese party and the
 * Cuban party arrived here" tells three trips, each its own happening with its own visitor (CODING.md question 129: one
 * CONSULT 042 per visiting party; the dyadic coding of question 127). A party is told by its state: the people of one
 * state named together ("Kim Yong Il and Pak Ui Chun left for Beijing", "the minister and his party") are one
 * delegation, and a visitor the text places in no state travels with the party named before it ("her party"). So a
 * list splits only when it names visitors of two states or more; one joint delegation of several states is one noun
 * with one party and stays one visit.
 */
final class SeparateVisitors {
    private SeparateVisitors() {}

    /**
     * The actors of a visit grouped by visiting party, in the order the text names them: one group per state, a
     * visitor with no state joining the group before it (or the first group). A visitor given the host's own state
     * is read as one with no state: a host does not visit itself, so the state was a guess ("Defence Minister Luis
     * Soto" with no nationality, taken for the host's) and the person travels with the party named before.
     */
    static List<List<Participant>> parties(List<Participant> visitors, List<Participant> hosts) {
        Map<String, List<Participant>> byState = new LinkedHashMap<>();
        List<Participant> stateless = new ArrayList<>();
        String last = null;
        for (Participant p : visitors) {
            if (p.country() == null || hosts.stream().anyMatch(h -> p.country().equals(h.country()))) {
                if (last == null) stateless.add(p);
                else byState.get(last).add(p);
                continue;
            }
            byState.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
            last = p.country();
        }
        List<List<Participant>> out = new ArrayList<>(byState.values());
        if (out.isEmpty()) return stateless.isEmpty() ? List.of() : List.of(stateless);
        out.get(0).addAll(0, stateless);
        return out;
    }
}
