package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.List;

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

    private AddressDay() {}

    static void first(List<DateCandidate> out) {
        if (out.stream().anyMatch(c -> PublicationDateChooser.READER.equals(c.origin()))) return;
        DateCandidate url = out.stream().filter(c -> "url".equals(c.origin())).findFirst().orElse(null);
        if (url == null) return;
        LocalDate day = LocalDate.parse(url.value());
        List<DateCandidate> stamps = out.stream()
                .filter(c -> c != url && !PublicationDateChooser.MODIFIED.equals(c.origin())).toList();
        if (stamps.isEmpty()) return;
        boolean allLater = stamps.stream()
                .allMatch(c -> LocalDate.parse(c.value().substring(0, 10)).isAfter(day.plusDays(REPUBLISHED_DAYS)));
        if (!allLater) return;
        out.remove(url);
        out.add(0, url);
        out.add(1, new DateCandidate(url.value(), PublicationDateChooser.READER, url.text()));
    }
}
