package org.dateline.core.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.core.event.CameoCodes;
import org.dateline.model.EventType;

/**
 * The PLOVER 0.8 conversion table of CAMEO codes ({@code cameo2plover.txt}: {@code 042: CONSULT, visit, # Make a
 * visit}), read for the importer. The table has no rows for the CAMEO roots 01 (public statements) and 02 (appeals):
 * appeals read as REQUEST, as PLOVER merges CAMEO's appeals and demands; statements stay without a type, as the
 * coder has always left them (a statement is the speech act around an event, not an event of its own).
 */
public final class CameoPloverTable {
    /** A code's PLOVER type and mode (empty string when the table gives none). */
    public record Reading(String type, String mode) {}

    private static final Reading APPEAL = new Reading(EventType.REQUEST.spelling(), "");
    private final Map<String, Reading> byCode = new HashMap<>();

    private CameoPloverTable() {}

    /** Reads the table's lines; comment lines and lines without a type are skipped. */
    public static CameoPloverTable parse(List<String> lines) {
        CameoPloverTable t = new CameoPloverTable();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 1) continue;
            String code = line.substring(0, colon).strip();
            String[] fields = line.substring(colon + 1).split(",", -1);
            String type = fields[0].strip();
            if (!code.matches("\\d{2,4}") || type.isEmpty()) continue;
            t.byCode.put(code, new Reading(type, fields.length > 1 ? fields[1].strip() : ""));
        }
        return t;
    }

    /** The reading of a code or of its nearest ancestor (0341 -> 034 -> 03); empty for statements (01x). */
    public Optional<Reading> lookup(String code) {
        if (code.startsWith(CameoCodes.APPEAL_ROOT)) return Optional.of(APPEAL);
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Reading r = byCode.get(c);
            if (r != null) return Optional.of(r);
        }
        return Optional.empty();
    }
}
