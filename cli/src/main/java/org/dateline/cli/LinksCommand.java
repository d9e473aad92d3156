package org.dateline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.store.Store;
import org.dateline.store.StoryLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dateline links}: plans and what became of them, and other links between events. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Lists the links between story events: a plan realized, cancelled or postponed, or two reports of one event.",
                "Each link is printed once, from the plan's side, with the two sentences, the days they were published and why they fit."},
        footer = {"", "Example:", "  dateline links --db news.db"})
final class LinksCommand implements Callable<Integer> {
    @Mixin DbOption db;

    private final PrintStream out;

    LinksCommand() { this(System.out); }

    LinksCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() throws Exception {
        try (Store store = Store.openExisting(db.db)) {
            List<StoryLink> links = store.links().stream().filter(LinkText::printed).toList();
            if (links.isEmpty()) out.println("(no links between events yet)");
            for (StoryLink l : links) {
                out.println(LinkText.of(l, store.storyEvent(l.from()), store.storyEvent(l.to()), store::article));
            }
            return 0;
        }
    }
}
