package org.dateline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * Who meets whom: one node per actor, one edge per pair of actors that take part in the same story event.
 * Only the busiest {@code limit} actors are kept (a graph of thousands of nodes is unreadable), with the edges
 * among them.
 *
 * @param nodes      actors, busiest first
 * @param edges      pairs with shared events, most shared first
 * @param totalNodes actors before the cut
 * @param events     story events the graph was drawn from
 */
public record Network(List<Node> nodes, List<Edge> edges, int totalNodes, int events) {

    /** An actor and the number of events (of the filtered set) it takes part in. */
    public record Node(String id, String country, String sector, int events) {}

    /** Two actors (in name order) and the events they share, by status. */
    public record Edge(String from, String to, int events, Map<String, Integer> byStatus) {}

    static Network of(List<StoryEvent> events, int limit) {
        Map<String, Participant> coded = new LinkedHashMap<>();
        Map<String, Integer> activity = new TreeMap<>();
        Map<String, Map<String, Integer>> pairs = new TreeMap<>();
        for (StoryEvent se : events) {
            List<String> names = new ArrayList<>();
            for (Participant p : concat(se)) {
                if (p.name() == null || names.contains(p.name())) continue;
                names.add(p.name());
                coded.putIfAbsent(p.name(), p);
                activity.merge(p.name(), 1, Integer::sum);
            }
            names.sort(null);
            String status = String.valueOf(Spelled.of(se.event().status()));
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    pairs.computeIfAbsent(names.get(i) + "\u0000" + names.get(j), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        activity.forEach((n, c) -> nodes.add(new Node(n, coded.get(n).country(), coded.get(n).sector(), c)));
        nodes.sort(Comparator.comparingInt(Node::events).reversed().thenComparing(Node::id));
        List<Node> kept = nodes.subList(0, Math.min(limit, nodes.size()));
        Set<String> keep = new HashSet<>();
        kept.forEach(n -> keep.add(n.id()));
        List<Edge> edges = new ArrayList<>();
        pairs.forEach((k, byStatus) -> {
            String[] ab = k.split("\u0000", 2);
            if (keep.contains(ab[0]) && keep.contains(ab[1])) {
                edges.add(new Edge(ab[0], ab[1], byStatus.values().stream().mapToInt(Integer::intValue).sum(), byStatus));
            }
        });
        edges.sort(Comparator.comparingInt(Edge::events).reversed().thenComparing(Edge::from).thenComparing(Edge::to));
        return new Network(List.copyOf(kept), edges, nodes.size(), events.size());
    }

    private static List<Participant> concat(StoryEvent se) {
        List<Participant> all = new ArrayList<>(se.event().actors());
        all.addAll(se.event().recipients());
        return all;
    }
}
