package org.dateline.core.time;

/** What a rule made of one match: TimeML type, value and mod, and how the value leans on the anchor. */
record Resolution(String type, String value, String mod, Basis basis) {

    static Resolution date(String value, Basis basis) {
        return new Resolution("DATE", value, null, basis);
    }

    Resolution withMod(String newMod) {
        return new Resolution(type, value, newMod, basis);
    }

    Resolution withType(String newType) {
        return new Resolution(newType, value, mod, basis);
    }
}
