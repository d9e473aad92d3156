package org.dateline.model;

import java.util.regex.Pattern;

/**
 * A CAMEO / Phoenix actor sector code: GOV, MIL, COP, REB, CVL, ... or a compound of them (GOVMIL, REBMUS). Not an
 * enum, because the vocabulary is open: the imported PETRARCH agents alone carry some 130 codes, most of them
 * compounds; a user's actor dictionary ({@code annotate --actors FILE}) or actor overrides may bring any other; and
 * a store written earlier may hold any string. Each of those must come back as written, so {@link Participant},
 * {@link Entity} and {@link ActorProfile} keep the code as a string, and the rules that mean one sector compare it
 * with the constants here ({@code Sector.GOV.is(p.sector())}) instead of spelling the code again.
 *
 * <p>A code is well formed when it is one or more groups of three capital letters ({@link #isCode}): what a user
 * writes outside that shape is reported where it is read, not stored.
 *
 * @param code the code as written, e.g. "GOV"
 */
public record Sector(String code) {
    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{3})+");

    /** Government. */
    public static final Sector GOV = new Sector("GOV");
    /** Military. */
    public static final Sector MIL = new Sector("MIL");
    /** Civilians: the people of a place, victims. */
    public static final Sector CVL = new Sector("CVL");
    /** Media: papers, broadcasters, news agencies. */
    public static final Sector MED = new Sector("MED");
    /** An intergovernmental organisation as a whole (also a "country" code of its own). */
    public static final Sector IGO = new Sector("IGO");

    public Sector {
        if (code == null || !isCode(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a sector code (three capital letters, or groups of three)");
        }
    }

    /** True when {@code text} has the shape of a sector code: "GOV", "GOVMIL"; not "gov", "GO" or "". */
    public static boolean isCode(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** True when {@code text} is this code, as written: {@code Sector.GOV.is(p.sector())}; false for null. */
    public boolean is(String text) {
        return code.equals(text);
    }

    @Override public String toString() { return code; }
}
