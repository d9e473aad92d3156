package org.dateline.core.connect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * The arrest of a named person, told in any of its words ({@code detention-words}: "arrested him", "put him in
 * jail", "detained", "took him into custody"). Who was arrested singles out the happening as the visitor and the
 * place single out a visit ({@link DeedEvidence}): one side arrests one named person once in the weeks its news
 * lasts, so two reports of one side detaining one named person tell one arrest however differently they word it,
 * which their words alone would not show ("arrested Ro on Thursday when he crossed the line" and "put him in jail").
 * Two reports that state two different days are left to the other rules; a crowd or a state detained ("arrested
 * six protesters", "the police detained people") names no one and is no such evidence.
 */
final class Detentions {
    private static final Set<String> WORDS = ConnectWords.get("detention-words");

    private Detentions() {}

    /**
     * True when a report's trigger or the main clause of its span ({@link DeedKind#mainClause}: not "after he was
     * released from jail") names a detention.
     */
    static boolean tells(EventMention m) {
        String trigger = m.event().trigger() == null ? "" : m.event().trigger().toLowerCase(Locale.ROOT);
        if (WORDS.contains(trigger)) return true;
        for (String w : DeedKind.mainClause(DeedKind.lowerWords(Tellings.clause(m)))) if (WORDS.contains(w)) return true;
        return false;
    }

    /** The named people a report's deed is done to: its recipients that are no state, no description, no crowd. */
    static Set<String> detained(EventMention m) {
        Set<String> out = new HashSet<>();
        for (Participant p : m.event().recipients()) {
            String n = p.name();
            if (n == null || m.context().names().isState(n) || !DeedEvidence.specific(n)) continue;
            out.add(n);
        }
        return out;
    }

    /** True when both reports tell a detention of one named person and state no two different days. */
    static boolean onePerson(EventMention a, EventMention b) {
        if (!DeedEvidence.sameDay(a, b) || !tells(a) || !tells(b)) return false;
        Set<String> x = detained(a);
        for (String n : detained(b)) if (x.contains(n)) return true;
        return false;
    }
}
