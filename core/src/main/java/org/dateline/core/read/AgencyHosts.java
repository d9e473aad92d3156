package org.dateline.core.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The news agency a web host publishes ({@code kcna.co.jp} -> KCNA), from {@code agency-hosts.txt}. Feeds and
 * archives (the KCNA corpus, CC-NEWS) often carry stories without a dateline; the host still says whose wire it is,
 * and the agency decides the zone its dates are reckoned in.
 */
final class AgencyHosts {
    private static final Map<String, String> HOSTS = load();

    private AgencyHosts() {}

    /** The agency of the page at {@code url}: its host or the nearest parent domain listed; empty when unknown. */
    static Optional<String> of(String url) {
        if (url == null) return Optional.empty();
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        for (String h = host; ; ) {
            String agency = HOSTS.get(h);
            if (agency != null) return Optional.of(agency);
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) return Optional.empty();   // stop at the registered domain
            h = h.substring(dot + 1);
        }
    }

    private static Map<String, String> load() {
        InputStream in = AgencyHosts.class.getResourceAsStream("agency-hosts.txt");
        if (in == null) throw new IllegalStateException("agency-hosts.txt missing from the classpath");
        Map<String, String> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.indexOf('=');
                if (eq < 0) throw new IllegalStateException("agency-hosts.txt: no '=' in: " + line);
                m.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
