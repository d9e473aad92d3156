package org.dateline.core.read;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dateline.core.resources.ResourceFile;

/**
 * The news agency a web host publishes ({@code kcna.co.jp} -> KCNA), from {@code agency-hosts.txt}. Feeds and
 * archives (the KCNA corpus, CC-NEWS) often carry stories without a dateline; the host still says whose wire it is,
 * and the agency decides the zone its dates are reckoned in.
 */
final class AgencyHosts {
    private static final Map<String, String> HOSTS = Map.copyOf(ResourceFile.keyValues(AgencyHosts.class, "agency-hosts.txt"));

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
}
