package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.core.json.AnnotationJson;
import org.dateline.model.ActorProfile;
import org.dateline.model.Spelled;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline actors}: the actor knowledge base, busiest first. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Lists the actors of the store's events, busiest first: type, country, sector, events, roles and aliases.",
        footer = {"", "Examples:", "  dateline actors", "  dateline actors --json --limit 20"})
final class ActorsCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Option(names = "--json", description = "a JSON array") boolean json;
    @Option(names = "--limit", defaultValue = "0", description = "at most this many (0: all)") int limit;

    private final PrintStream out;

    ActorsCommand() { this(System.out); }

    ActorsCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() throws Exception {
        try (Store store = Store.openExisting(db.db)) {
            List<ActorProfile> actors = store.actors(Math.max(0, limit), 0);
            if (json) {
                ArrayNode arr = AnnotationJson.mapper().createArrayNode();
                actors.forEach(a -> arr.add(json(a)));
                out.println(AnnotationJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                return 0;
            }
            if (actors.isEmpty()) out.println("(no actors yet: ingest with NLP first)");
            for (ActorProfile a : actors) {
                out.printf("%5d  %-28s %-13s %-4s %-4s %s%n", a.events(), a.name(), a.type() == null ? "" : a.type(),
                        a.country() == null ? "" : a.country(), a.sector() == null ? "" : a.sector(),
                        a.roles().stream().map(r -> r.role() + " (" + r.firstSeen() + ".." + r.lastSeen() + ")")
                                .collect(Collectors.joining("; ")));
                if (!a.aliases().isEmpty()) out.println("       also: " + String.join(", ", a.aliases()));
            }
            return 0;
        }
    }

    static ObjectNode json(ActorProfile a) {
        ObjectNode n = AnnotationJson.mapper().createObjectNode();
        n.put("name", a.name());
        n.put("type", Spelled.of(a.type()));
        n.put("country", a.country());
        n.put("sector", a.sector());
        n.put("events", a.events());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        ArrayNode roles = n.putArray("roles");
        for (ActorProfile.Role r : a.roles()) {
            ObjectNode o = roles.addObject();
            o.put("role", r.role());
            o.put("first_seen", r.firstSeen());
            o.put("last_seen", r.lastSeen());
        }
        return n;
    }
}
