package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many nodes from a page at once, in time linear in the page. jsoup's {@link Node#remove()} renumbers the
 * siblings that follow the removed node, so taking k of a parent's n children away one by one costs k times n: a
 * page of 40,000 scripts or figures side by side would take seconds. Here each parent's child list is rebuilt once.
 */
final class Prune {
    private Prune() {}

    /** Detaches every node in {@code nodes} from its parent; nodes already detached, or inside a removed one, are fine. */
    static void removeAll(Collection<? extends Node> nodes) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node n : nodes) {
            if (n.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(n);
            }
        }
        for (Map.Entry<Element, Set<Node>> e : byParent.entrySet()) {
            Element parent = e.getKey();
            Set<Node> doomed = e.getValue();
            if (doomed.size() == 1) {
                doomed.iterator().next().remove();
                continue;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) if (!doomed.contains(child)) kept.add(child);
            parent.empty();
            parent.appendChildren(kept);
        }
    }
}
