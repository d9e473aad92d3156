package org.dateline.core.read.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.model.DateCandidate;

/**
 * The day written in a page's address is minted once, when the story is first published, and never changes; the
 * stamps in its data (JSON-LD, meta tags, time elements) are written again whenever the page is re-published, moved
 * to a new site or rebuilt by a site builder. When the address's day lies more than {@value #REPUBLISHED_DAYS} days
 * before every publication stamp, the stamps are a later re-publication's and the address's day is the story's
 * first: it goes first, as the day the readers were first shown. A day or a few apart is a draft's address made
 * before the story ran, and leaves the stamps alone. A day the page shows its readers ({@link ReaderDay}) is not
 * overruled.
 */
final class AddressDay {
    /** More than a month between the address and every stamp: no draft waits so long; a site move does. */
    static final int REPUBLISHED_DAYS = 30;
    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AddressDay() {}

    /**
     * Puts the address's day first, as the day readers were first shown, when every publication stamp is more than
     * {@value #REPUBLISHED_DAYS} days later. A stamp that is no full day ("XXXX-09-26", a month) cannot be compared and
     * leaves the order alone.
     */
    static void first(List<DateCandidate> out) {
        if (out.stream().anyMatch(c -> PublicationDateChooser.READER.equals(c.origin()))) return;
        DateCandidate url = out.stream().filter(c -> "url".equals(c.origin())).findFirst().orElse(null);
        LocalDate day = url == null ? null : fullDay(url);
        if (day == null) return;
        List<DateCandidate> stamps = out.stream()
                .filter(c -> c != url && !PublicationDateChooser.MODIFIED.equals(c.origin())).toList();
        if (stamps.isEmpty()) return;
        boolean allLater = stamps.stream().allMatch(c -> {
            LocalDate stamped = fullDay(c);
            return stamped != null && stamped.isAfter(day.plusDays(REPUBLISHED_DAYS));
        });
        if (!allLater) return;
        out.remove(url);
        out.add(0, url);
        out.add(1, new DateCandidate(url.value(), PublicationDateChooser.READER, url.text()));
    }

    /** The day a candidate's value begins with, or null when it names no full day. */
    private static LocalDate fullDay(DateCandidate c) {
        if (c.value() == null || !FULL_DAY.matcher(c.value()).lookingAt()) return null;
        try {
            return LocalDate.parse(c.value().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
