package org.dateline.core.dictionary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO code of a verb family, verb or pattern as written in brackets: {@code [042]}, the null code
 * {@code [---]} (no event), TABARI's two-part form {@code [042:043]} or {@code [:173]} (kept as two parts, their use
 * left to the coder) and a final {@code !} ({@code [080!]}), kept as a mark.
 *
 * @param first  the code before any colon; empty for the null code or an empty part
 * @param second the code after a colon, if there is one
 */
public record VerbCode(String written, Optional<String> first, Optional<String> second, boolean marked) {
    private static final Pattern FORM = Pattern.compile("(---|\\d+)?(?::(---|\\d+)?)?(!)?");

    /** Reads the text between the brackets; null when it is not a code. */
    static VerbCode parse(String inside) {
        String s = inside.strip();
        Matcher m = FORM.matcher(s);
        if (s.isEmpty() || !m.matches()) return null;
        return new VerbCode(s, part(m.group(1)), part(m.group(2)), m.group(3) != null);
    }

    private static Optional<String> part(String code) {
        return code == null || code.equals("---") ? Optional.empty() : Optional.of(code);
    }

    /** True for {@code [---]}: the verb alone makes no event. */
    public boolean isNull() { return first.isEmpty() && second.isEmpty(); }
}
