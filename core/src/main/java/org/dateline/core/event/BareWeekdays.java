package org.dateline.core.event;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * Puts a bare weekday between a subject and its verb back where it belongs. Wire copy often dates an act with a bare
 * day name after the subject ("Premier Li Wei Saturday sent a message to ...", "the ministry Tuesday denied ..."). The
 * parser may then read the day name as the head of the subject noun phrase and the name before it as its compounds,
 * so the clause's subject is a time word, which the coder leaves out, and the act has no actor. A day name that is a
 * subject and has nouns compounded before it is the verb's time ({@code obl:tmod}); its last compound noun is the
 * subject, heading what the day name headed. Run once by {@link Clause} on its arcs, before any coding.
 */
final class BareWeekdays {
    private BareWeekdays() {}

    static void repair(Clause c) {
        for (int w = 0; w < c.size(); w++) {
            int verb = c.head(w);
            if (!isDayName(c, w) || !c.relIs(w, "nsubj") || verb < 0 || verb <= w) continue;
            int name = -1;
            for (int k : c.childrenExact(w, "compound")) if (k < w && c.pos(k).startsWith("NN")) name = Math.max(name, k);
            if (name < 0) continue;
            String subjectRel = c.rel(w);
            for (int k : List.copyOf(c.children(w))) if (k != name) c.move(k, name, c.rel(k));
            c.move(name, verb, subjectRel);
            c.move(w, verb, "obl:tmod");
        }
    }

    /** A day of the week by its English name, as a proper noun ("Saturday"; not "saturdays"). */
    private static boolean isDayName(Clause c, int i) {
        if (!c.pos(i).equals("NNP")) return false;
        String w = c.lower(i);
        for (DayOfWeek d : DayOfWeek.values()) if (d.name().toLowerCase(Locale.ROOT).equals(w)) return true;
        return false;
    }
}
