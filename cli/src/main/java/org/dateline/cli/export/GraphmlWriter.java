package org.dateline.cli.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dateline.model.ActorProfile;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/**
 * Who meets whom, as GraphML for Gephi and friends: one node per actor taking part in the exported events (with
 * country, sector, type and activity = the number of those events it is in), one undirected edge per pair of
 * actors that took part in the same CONSULT event, weighted by how many such events they shared.
 */
public final class GraphmlWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";
    /** The event type whose co-participants are linked. */
    public static final EventType MEETING_TYPE = EventType.CONSULT;

    private final Map<String, ActorProfile> profiles;

    /** @param profiles actor profiles by canonical name, for the node type; actors without one get none */
    public GraphmlWriter(Map<String, ActorProfile> profiles) {
        this.profiles = profiles;
    }

    private static final class Node {
        String country, sector;
        int activity;
    }

    /** The actors of the events as nodes, by name, and the pairs that met as edges ("a\u0000b" with a < b -> weight). */
    private record Graph(Map<String, Node> nodes, Map<String, Integer> edges) {
        static Graph of(List<StoryEvent> events) {
            Graph g = new Graph(new TreeMap<>(), new TreeMap<>());
            for (StoryEvent se : events) g.add(se);
            return g;
        }

        private void add(StoryEvent se) {
            Set<String> names = new LinkedHashSet<>();
            List<Participant> all = new ArrayList<>(se.event().actors());
            all.addAll(se.event().recipients());
            for (Participant p : all) {
                if (p.name() == null) continue;
                Node n = nodes.computeIfAbsent(p.name(), k -> new Node());
                if (n.country == null) n.country = p.country();
                if (n.sector == null) n.sector = p.sector();
                names.add(p.name());
            }
            names.forEach(name -> nodes.get(name).activity++);
            if (se.event().type() != MEETING_TYPE) return;
            List<String> sorted = names.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) edges.merge(sorted.get(i) + '\u0000' + sorted.get(j), 1, Integer::sum);
            }
        }
    }

    public void write(List<StoryEvent> events, Writer out) throws XMLStreamException {
        Graph graph = Graph.of(events);
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        key(x, "label", "node", "string");
        key(x, "type", "node", "string");
        key(x, "country", "node", "string");
        key(x, "sector", "node", "string");
        key(x, "activity", "node", "int");
        key(x, "weight", "edge", "double");
        x.writeCharacters("\n");
        x.writeStartElement("graph");
        x.writeAttribute("id", "who-meets-whom");
        x.writeAttribute("edgedefault", "undirected");
        x.writeCharacters("\n");
        nodes(x, graph.nodes());
        edges(x, graph.edges());
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private void nodes(XMLStreamWriter x, Map<String, Node> nodes) throws XMLStreamException {
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            ActorProfile profile = profiles.get(e.getKey());
            x.writeStartElement("node");
            x.writeAttribute("id", e.getKey());
            data(x, "label", e.getKey());
            data(x, "type", profile == null ? null : Spelled.of(profile.type()));
            data(x, "country", e.getValue().country);
            data(x, "sector", e.getValue().sector);
            data(x, "activity", Integer.toString(e.getValue().activity));
            x.writeEndElement();
            x.writeCharacters("\n");
        }
    }

    private static void edges(XMLStreamWriter x, Map<String, Integer> edges) throws XMLStreamException {
        int id = 0;
        for (Map.Entry<String, Integer> e : edges.entrySet()) {
            String[] ends = e.getKey().split("\u0000");
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + id++);
            x.writeAttribute("source", ends[0]);
            x.writeAttribute("target", ends[1]);
            data(x, "weight", Integer.toString(e.getValue()));
            x.writeEndElement();
            x.writeCharacters("\n");
        }
    }

    private static void key(XMLStreamWriter x, String name, String forWhat, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) return;
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
