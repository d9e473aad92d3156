package org.dateline.core.time;

/**
 * What a rule made of one match: TimeML type, value and mod, and how the value leans on the anchor.
 * {@code reference} is false for comparison points ("a year earlier", "the year-ago quarter"): later anaphora
 * ("the quarter") must keep pointing at the period under discussion, not at the one it is compared with.
 */
record Resolution(String type, String value, String mod, Basis basis, boolean reference) {

    Resolution(String type, String value, String mod, Basis basis) {
        this(type, value, mod, basis, true);
    }

    Resolution asComparison() {
        return new Resolution(type, value, mod, basis, false);
    }

    static Resolution date(String value, Basis basis) {
        return new Resolution("DATE", value, null, basis);
    }

    Resolution withMod(String newMod) {
        return new Resolution(type, value, newMod, basis, reference);
    }

    Resolution withType(String newType) {
        return new Resolution(newType, value, mod, basis, reference);
    }
}
