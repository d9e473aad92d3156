package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's commands and {@code dateline serve} run on this module's classpath with CoreNLP, its models and core
 * taken away: Main loads only the command it runs, and store and web stand on the records. The code runs in a class
 * loader that cannot see those jars and records every class asked of it.
 */
class WithoutNlpTest {
    @TempDir static Path dir;
    static Path db;
    static NoNlpLoader loader;

    @BeforeAll static void fill() throws Exception {
        db = dir.resolve("s.db");
        Fixtures.store(db).close();
        loader = new NoNlpLoader();
    }

    @Test
    void statsAndServeRunWithoutCoreOrCoreNlpOnTheClasspath() throws Exception {
        assertThat(main("stats", "--db", db.toString())).isZero();
        // serve gets as far as opening the store, through Main as the launcher runs it
        assertThat(main("serve", "--db", dir.resolve("missing.db").toString(), "--port", "0")).isEqualTo(3);

        assertThat(loader.asked).anyMatch(n -> n.startsWith("org.dateline.store."))
                .noneMatch(n -> n.startsWith("org.dateline.core.") || n.startsWith("edu.stanford.nlp."));
    }

    @Test
    void theWebServerAnswersOnTheApiWithoutCoreOrCoreNlp() throws Exception {
        Class<?> storeClass = loader.loadClass("org.dateline.store.Store");
        Class<?> optionsClass = loader.loadClass("org.dateline.web.ServeOptions");
        Class<?> serverClass = loader.loadClass("org.dateline.web.WebServer");
        try (AutoCloseable store = (AutoCloseable) storeClass.getMethod("openExisting", Path.class).invoke(null, db)) {
            Object options = optionsClass.getMethod("local", int.class).invoke(null, 0);
            AutoCloseable server = (AutoCloseable) serverClass.getMethod("start", storeClass, optionsClass)
                    .invoke(null, store, options);
            try (server) {
                URI uri = ((URI) serverClass.getMethod("uri").invoke(server)).resolve("/api/stats");
                HttpResponse<String> stats = HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(stats.statusCode()).isEqualTo(200);
                assertThat(stats.body()).contains("\"articles\":3");
            }
        }
        assertThat(loader.asked).noneMatch(n -> n.startsWith("org.dateline.core.") || n.startsWith("edu.stanford.nlp."));
    }

    private static int main(String... args) throws Exception {
        Object commandLine = loader.loadClass("org.dateline.cli.Main").getMethod("commandLine", String[].class)
                .invoke(null, (Object) args);
        return (int) commandLine.getClass().getMethod("execute", String[].class).invoke(commandLine, (Object) args);
    }

    /** The test classpath less CoreNLP (code and models) and core, loading on its own (not the test's) classes. */
    static final class NoNlpLoader extends URLClassLoader {
        final Set<String> asked = ConcurrentHashMap.newKeySet();

        NoNlpLoader() throws Exception {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        @Override protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }

        private static URL[] urls() throws Exception {
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<URL> out = new ArrayList<>();
            for (String entry : path.split(File.pathSeparator)) {
                Path p = Path.of(entry);
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                boolean core = name.startsWith("dateline-core") || Files.isDirectory(p.resolve("org/dateline/core"));
                if (!core && !name.startsWith("stanford-corenlp")) out.add(p.toUri().toURL());
            }
            return out.toArray(URL[]::new);
        }
    }
}
