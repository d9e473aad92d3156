package org.dateline.cli.eval;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which misses {@code eval extraction} lists, and where: every field on both halves ({@code --verbose}), or only
 * some fields ({@code --list title,author}) on one half ({@code --half A}), to count a field's misses by cause on
 * the half one tunes on without reading the other.
 *
 * @param out    where the lines go
 * @param fields the fields whose misses are listed
 * @param half   'A' or 'B', or 0 for both
 */
record MissListing(PrintStream out, Set<Field> fields, char half) {
    /** A field of the gold a page can miss. */
    enum Field { BODY, TITLE, AUTHOR, DATE, TYPE }

    /** Every miss of every field on both halves. */
    static MissListing every(PrintStream out) { return new MissListing(out, EnumSet.allOf(Field.class), (char) 0); }

    /** Null when nothing is to be listed. */
    static MissListing of(PrintStream out, boolean verbose, Set<Field> fields, Character half) {
        if (!verbose && (fields == null || fields.isEmpty())) return null;
        Set<Field> f = fields == null || fields.isEmpty() ? EnumSet.allOf(Field.class) : EnumSet.copyOf(fields);
        return new MissListing(out, f, half == null ? 0 : Character.toUpperCase(half));
    }

    /** The fields named ("title", "Author"), or null when none is; an unknown name is refused. */
    static Set<Field> fields(List<String> names) {
        if (names == null || names.isEmpty()) return null;
        Set<Field> out = EnumSet.noneOf(Field.class);
        for (String n : names) {
            try {
                out.add(Field.valueOf(n.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--list: unknown field '" + n + "' (body, title, author, date, type)");
            }
        }
        return out;
    }

    boolean lists(GoldPage g) { return half == 0 || g.half() == half; }

    boolean lists(Field f) { return fields.contains(f); }
}
