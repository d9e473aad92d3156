package org.dateline.core.connect;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;

/**
 * The state a body's mention names right after its name: "the Democratic Labor Party of south Korea", "the
 * Communist Party of Italy". The language layer ends the name before "of" and leaves the
 * body without a state; read across the record, the reports of one body that name a state all name the same one,
 * and then that is its state ({@link ActorKnowledgeBase}). Only "of" a state's name is read: "the DPRK embassy in
 * Italy" is not Italy's, nor is "of Korean origin" a state.
 */
final class StateAfterName {
    private static final Pattern OF_STATE = Pattern.compile("\\A\"?\\s+of\\s+(?:the\\s+)?");
    private static final Set<GazetteerEntry.Kind> STATE = Set.of(GazetteerEntry.Kind.COUNTRY);

    private StateAfterName() {}

    /** The ISO code of the state named by "of" right after {@code end} in {@code body}, or null. */
    static String of(String body, int end) {
        if (body == null || end < 0 || end >= body.length()) return null;
        Matcher m = OF_STATE.matcher(body.substring(end, Math.min(body.length(), end + 12)));
        if (!m.find()) return null;
        int at = end + m.end();
        if (at >= body.length()) return null;
        // agencies write the compass word of a divided state in lower case ("south Korea"); the gazetteer has it capitalised
        String rest = body.substring(at, Math.min(body.length(), at + 60));
        String probe = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        String found = null;
        int longest = 0;
        for (GazetteerEntry g : Gazetteer.standard().startingAt(probe, 0)) {
            int n = g.text().length();
            boolean whole = n == probe.length() || !Character.isLetterOrDigit(probe.charAt(n));
            if (whole && STATE.contains(g.kind()) && g.country() != null && n > longest) {
                found = g.country();
                longest = n;
            }
        }
        return found;
    }
}
