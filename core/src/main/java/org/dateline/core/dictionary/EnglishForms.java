package org.dateline.core.dictionary;

import java.util.List;
import java.util.Locale;

/**
 * The regular English forms the PETRARCH formats generate from a root, as their documentation defines them. Endings
 * follow the root's letter case (the dictionaries are upper case, the issues list lower case).
 */
final class EnglishForms {
    private EnglishForms() {}

    /** The regular plural: +IES for a final Y, +ES for a final SS, else +S. */
    static String plural(String root) {
        String upper = root.toUpperCase(Locale.ROOT);
        if (upper.endsWith("Y")) return root.substring(0, root.length() - 1) + ending(root, "IES");
        if (upper.endsWith("SS")) return root + ending(root, "ES");
        return root + ending(root, "S");
    }

    /** The root and its regular verb forms: +S, +ED (+D after a final E) and +ING (dropping a final E). */
    static List<String> verbForms(String root) {
        boolean finalE = root.toUpperCase(Locale.ROOT).endsWith("E");
        String stem = finalE ? root.substring(0, root.length() - 1) : root;
        return List.of(root, root + ending(root, "S"), root + ending(root, finalE ? "D" : "ED"), stem + ending(root, "ING"));
    }

    private static String ending(String root, String upperEnding) {
        boolean lower = !root.isEmpty() && Character.isLowerCase(root.charAt(root.length() - 1));
        return lower ? upperEnding.toLowerCase(Locale.ROOT) : upperEnding;
    }
}
