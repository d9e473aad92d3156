package org.dateline.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dateline.model.Article;

/**
 * Builds the {@link Anchor} for an article: its publication date, whether the year is known, and the agency's home
 * zone (from {@code agency-zones.txt}) so that "(U.S. time)" can be shifted against Seoul for Yonhap.
 */
public final class Anchors {
    private static final Map<String, ZoneId> AGENCY_ZONES = load();

    private Anchors() {}

    /**
     * The anchor of {@code article}, or empty when it has no usable publication date: relative expressions then
     * stay unresolved rather than being resolved against the machine's clock.
     */
    public static Optional<Anchor> of(Article article) {
        String d = article.publicationDate();
        if (d == null || d.length() < 10) return Optional.empty();
        boolean yearKnown = !d.startsWith("XXXX");
        // A placeholder leap year keeps "Feb. 29" valid when the real year is unknown; it is never output.
        String iso = yearKnown ? d.substring(0, 10) : "2000" + d.substring(4, 10);
        try {
            return Optional.of(new Anchor(LocalDate.parse(iso), yearKnown, homeZone(article.agency())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The home zone of a news agency, or null when unknown. */
    public static ZoneId homeZone(String agency) {
        if (agency == null) return null;
        return AGENCY_ZONES.get(agency.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> m = new HashMap<>();
        var in = Anchors.class.getResourceAsStream("agency-zones.txt");
        if (in == null) throw new IllegalStateException("agency-zones.txt missing from the classpath");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int eq = line.lastIndexOf('=');
                m.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), ZoneId.of(line.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
