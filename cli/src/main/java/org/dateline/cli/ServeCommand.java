package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dateline.store.Store;
import org.dateline.web.ServeOptions;
import org.dateline.web.WebServer;

/** {@code dateline serve}: the read-only HTTP API and pages over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only: a JSON API under /api/ (OpenAPI at /api/openapi.json) and web pages.",
                "The pages search the articles and browse and chart the events, actors, network, threads, a map by country and the codebook.",
                "Listens on 127.0.0.1 unless --host says otherwise; any other host needs a token, which every request must then carry (Authorization: Bearer TOKEN, or ?token=TOKEN once in the browser).",
                "The token comes from --token-file, DATELINE_TOKEN or --token (which other users of the machine can see in the process list)."},
        footer = {"", "Examples:", "  dateline serve --db news.db",
                "  DATELINE_TOKEN=$(openssl rand -hex 16) dateline serve --host 0.0.0.0",
                "  dateline serve --host 0.0.0.0 --token-file ~/.dateline-token"})
final class ServeCommand implements Callable<Integer> {
    @Mixin DbOption db;
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free one)") int port;
    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST, description = "interface to listen on (default: ${DEFAULT-VALUE})") String host;
    @Option(names = "--token", description = "shared secret required on every request (default: $DATELINE_TOKEN)") String token;
    @Option(names = "--token-file", paramLabel = "FILE", description = "read the token from the first line of FILE")
    Path tokenFile;

    @Override public Integer call() throws Exception {
        ServeOptions options;
        try {
            options = new ServeOptions(host, port, token());
        } catch (IllegalArgumentException e) {
            System.err.println("dateline serve: " + e.getMessage());
            return 2;
        }
        Store store = Store.openExisting(db.db);
        WebServer server;
        try {
            server = WebServer.start(store, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C runs the hooks while main waits: stop taking requests, then close the store (folds the WAL back)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "dateline-serve-stop"));
        System.err.println("dateline serve: " + db.db + " at " + server.uri()
                + (options.token() != null ? " (token required)" : "") + "; Ctrl-C stops");
        stopped.await();
        return 0;
    }

    /** The token: --token-file, else --token, else DATELINE_TOKEN; null when none is given. */
    String token() {
        if (tokenFile == null) return token != null ? token : System.getenv("DATELINE_TOKEN");
        if (token != null) throw new IllegalArgumentException("give --token or --token-file, not both");
        try {
            return Files.readAllLines(tokenFile).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemException f ? FileErrors.reason(f) : e.getMessage();
            throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": " + why);
        }
    }
}
