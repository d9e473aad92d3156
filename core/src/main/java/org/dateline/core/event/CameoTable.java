package org.dateline.core.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dateline.core.resources.ResourceFile;
import org.dateline.model.EventType;

/**
 * CAMEO codes with their PLOVER 0.8 category and mode, from {@code cameo-plover.tsv}. CAMEO users expect the
 * code; PLOVER users the category: every event carries both, and this table keeps them consistent.
 */
public final class CameoTable {
    /** A CAMEO code's PLOVER reading. Mode is null when the table gives none; a type no PLOVER type fails the load. */
    public record Entry(String code, EventType type, String mode, String name) {}

    private static final CameoTable STANDARD = new CameoTable();
    private final Map<String, Entry> byCode = new HashMap<>();

    private CameoTable() {
        for (String[] r : ResourceFile.rows(CameoTable.class, "cameo-plover.tsv")) {
            if (r.length < 3) continue;
            String mode = r[2].strip();
            byCode.put(r[0].strip(), new Entry(r[0].strip(), EventType.parse(r[1].strip()), mode.equals("-") || mode.isEmpty() ? null : mode,
                    r.length > 3 ? r[3].strip() : ""));
        }
    }

    public static CameoTable standard() { return STANDARD; }

    /** The entry of a code, or of its nearest ancestor (0341 -> 034 -> 03). */
    public Optional<Entry> lookup(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Entry e = byCode.get(c);
            if (e != null) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The mode of a code's entry ({@link #lookup}), or null when the table has none: what a stage coding that code sets. */
    public String modeOf(String code) {
        return lookup(code).map(Entry::mode).orElse(null);
    }

    public int size() { return byCode.size(); }

    /** PLOVER 0.8 category of a v0.5 gold label (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE were renamed or merged). */
    public static String ploverV08(String v05) {
        return switch (v05) {
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            default -> v05;
        };
    }
}
