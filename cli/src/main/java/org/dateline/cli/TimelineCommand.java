package org.dateline.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.dateline.cli.export.StoryEventJson;
import org.dateline.core.json.AnnotationJson;
import org.dateline.model.LinkRelation;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline timeline ACTOR}: what one actor did and had done to it, in date order, with the source sentence. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists the events an actor takes part in (as actor or recipient), in date order, with their status and the sentence that reports each.",
                "Statuses are occurred, planned, possible and negated; events without a known day come last."},
        footer = {"", "Examples:", "  dateline timeline \"Park Min-jae\"", "  dateline timeline Park --with Whitfield --json",
                "  dateline timeline Park --from 2024-03 --to 2024-03 --status occurred"})
final class TimelineCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Parameters(paramLabel = "ACTOR", description = "The actor: its canonical name (any case) or an alias.") String actor;
    @Option(names = "--with", paramLabel = "ACTOR", description = "Only events this second actor also takes part in.") String with;
    @Mixin EventCriteriaOptions criteria;
    @Option(names = "--json", description = "Print a JSON array of the full event records (as export --format jsonl).") boolean json;
    @Spec CommandSpec spec;

    private final PrintStream out;

    TimelineCommand() { this(System.out); }

    TimelineCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() throws Exception {
        EventCriteria criteria = this.criteria.apply(EventCriteria.all().withLimit(0), spec);
        try (Store store = Store.openExisting(db.db)) {
            String name = Actors.canonical(store, actor);
            String other = Actors.canonical(store, with);
            List<StoryEvent> events = store.storyEvents(criteria.withActor(name).withWith(other));
            if (json) {
                ArrayNode arr = AnnotationJson.mapper().createArrayNode();
                events.forEach(e -> arr.add(StoryEventJson.of(e)));
                out.println(AnnotationJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                return 0;
            }
            // a plan that came true is told with the meeting it became, not as an event of its own
            Map<String, StoryEvent> byId = new HashMap<>();
            events.forEach(e -> byId.put(e.id(), e));
            Set<String> realized = new HashSet<>();
            for (StoryEvent e : events) {
                for (var l : e.links()) if (l.rel() == LinkRelation.REALIZED_BY && byId.containsKey(l.event())) realized.add(e.id());
            }
            out.println(name + (other == null ? "" : " with " + other) + ": " + (events.size() - realized.size()) + " events"
                    + (realized.isEmpty() ? "" : " (" + realized.size() + (realized.size() == 1 ? " plan" : " plans")
                    + " that came true shown under the outcome)"));
            for (StoryEvent e : events) {
                if (realized.contains(e.id())) continue;
                out.println(EventText.line(e));
                String source = EventText.source(e);
                if (!source.isEmpty()) out.println(source);
                for (var l : e.links()) {
                    StoryEvent plan = byId.get(l.event());
                    if (l.rel() == LinkRelation.REALIZES && plan != null) out.println("    realizes: " + EventText.line(plan).strip());
                }
            }
            return 0;
        }
    }
}
