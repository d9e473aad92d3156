package org.dateline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dateline.core.json.AnnotationJson;
import org.dateline.store.InvalidQueryException;
import org.dateline.store.SearchHit;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline search}: full-text search, best match first, with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over headlines and bodies (SQLite FTS5, BM25 order; headline matches weigh more).",
        footer = {"", "Query syntax: words (all must match), \"exact phrase\", OR, NOT, prefix*.",
                "A query has at most 32 terms; an invalid query is a usage error (exit code 2).",
                "A search that runs longer than 10 s is stopped (exit code 3).",
                "Examples:", "  dateline search envoy", "  dateline search '\"trilateral meeting\"' --json"})
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption db;
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "the query") List<String> query;
    @Option(names = "--limit", defaultValue = "10", description = "how many hits (default: ${DEFAULT-VALUE})") int limit;
    @Option(names = "--offset", defaultValue = "0", description = "skip this many hits") int offset;
    @Option(names = "--json", description = "print JSON instead of text") boolean json;

    @Override public Integer call() throws Exception {
        if (limit < 0 || offset < 0) return usageError("--limit and --offset must be 0 or more");
        try (Store store = Store.openExisting(db.db)) {
            List<SearchHit> hits;
            try {
                hits = store.search(String.join(" ", query), limit, offset);
            } catch (InvalidQueryException e) {
                return usageError(e.getMessage());
            }
            if (json) {
                ArrayNode arr = AnnotationJson.mapper().createArrayNode();
                for (SearchHit h : hits) {
                    ObjectNode n = arr.addObject();
                    n.put("id", h.id());
                    n.put("headline", h.headline());
                    n.put("publication_date", h.publicationDate());
                    n.put("snippet", h.snippet());
                    n.put("score", h.score());
                }
                System.out.println(AnnotationJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                return 0;
            }
            if (hits.isEmpty()) {
                System.out.println("no matches");
                return 0;
            }
            boolean tty = System.console() != null;
            int rank = offset;
            for (SearchHit h : hits) {
                String snippet = tty ? h.snippet().replace("[", "\033[1m").replace("]", "\033[0m") : h.snippet();
                System.out.printf("%2d. %s  %s  [%s]%n    %s%n", ++rank, h.publicationDate() == null ? "          " : h.publicationDate(),
                        h.headline(), h.id(), snippet.replace('\n', ' '));
            }
            return 0;
        }
    }

    /** One line on stderr and the usage exit code: the query or the paging was the user's mistake. */
    private int usageError(String message) {
        spec.commandLine().getErr().println("dateline search: " + message);
        return 2;
    }
}
