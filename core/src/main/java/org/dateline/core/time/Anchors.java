package org.dateline.core.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dateline.core.resources.ResourceFile;
import org.dateline.model.Article;

/**
 * Builds the {@link Anchor} for an article: its publication date, whether the year is known, and the agency's home
 * zone (from {@code agency-zones.txt}) so that "(U.S. time)" can be shifted against Seoul for Yonhap.
 */
public final class Anchors {
    private static final Map<String, ZoneId> AGENCY_ZONES = ResourceFile.keyValues(Anchors.class, "agency-zones.txt")
            .entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> ZoneId.of(e.getValue())));

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
}
