package org.dateline.core.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "(U.S. time)" note after an expression: the weekday or "yesterday" then counts in that zone's calendar,
 * which for an Asian agency is usually a day behind its own. The story's hour is unknown, so the anchor is taken
 * at noon in the home zone: Seoul's noon on Thursday is still Wednesday in New York.
 */
final class ZoneNote {
    private static final Pattern NOTE = Pattern.compile(
            "\\s*\\(\\s*(?<z>[A-Za-z.' ]{1,24}?)(?:\\s+time)?\\s*\\)");

    /** Where the note ends and the zone it names. */
    record Found(int end, ZoneId zone) {}

    private ZoneNote() {}

    static Found find(String body, int pos) {
        Matcher m = NOTE.matcher(body).region(pos, body.length());
        if (!m.lookingAt()) return null;
        String name = m.group("z").toLowerCase(Locale.ROOT).strip();
        String id = Lexicon.get().zones.get(name);
        boolean saidTime = m.group().toLowerCase(Locale.ROOT).contains("time");
        if (id == null || (!saidTime && name.length() > 4)) return null;
        return new Found(m.end(), ZoneId.of(id));
    }

    /** The anchor day as counted in {@code zone}, or the anchor itself when the home zone is unknown. */
    static LocalDate shift(Anchor anchor, ZoneId zone) {
        if (anchor.homeZone() == null || zone == null) return anchor.date();
        return ZonedDateTime.of(anchor.date(), LocalTime.NOON, anchor.homeZone()).withZoneSameInstant(zone)
                .toLocalDate();
    }
}
