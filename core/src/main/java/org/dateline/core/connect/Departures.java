package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a planned report as the start of the happening it names when it is the purpose of a departure: "the
 * delegation left here today [to visit China]", "passed through the border station on his way [to pay a visit]".
 * The event stage codes such a clause as planned, since the visit lies ahead of the verb; but the trip has begun,
 * and its departure, its stay and its return are one happening that later reports ("returned home after visiting
 * China") tell as done. Read as a plan, the departure would stand as a story of its own beside the trip it began.
 *
 * <p>The cue is a verb of setting off ({@code departure-verb-forms}) in the clause the report's purpose hangs on
 * (back to a comma, as {@link Tellings#before} reads it), and the report must be that purpose: its clause opens
 * with "to" or the governing clause ends with it. A plan told with a modal before the verb ("is expected to have left
 * to visit") is not a
 * departure that happened, and the event stage codes it so in any case; this reading only moves a plan whose
 * trip is under way.
 */
final class Departures {
    private static final Set<String> DEPARTURE = ConnectWords.get("departure-verb-forms");
    private static final Set<String> MODALS = ConnectWords.get("departure-modals");
    private static final Set<String> COORDINATING = ConnectWords.get("coordinating-conjunctions");

    private Departures() {}

    /** True when a report coded as a plan is the purpose of a departure that took place. */
    static boolean begun(EventMention m) {
        if (m.status() != StatusClass.PLAN) return false;
        return begun(Tellings.words(Tellings.clause(m)), governing(m));
    }

    /**
     * The words of the clause a report's purpose hangs on ({@link Tellings#before}); for a second purpose joined by a
     * conjunction after a comma ("left here to attend the summit, and [to pay a visit]"), the clause before that comma,
     * where the first purpose and its departure stand.
     */
    static List<String> governing(EventMention m) {
        List<String> near = Tellings.words(Tellings.before(m, EventMention.GOVERNING_REACH));
        if (near.size() != 1 || !COORDINATING.contains(near.get(0))) return near;
        String before = Tellings.textBefore(m, EventMention.GOVERNING_REACH);
        int comma = before.lastIndexOf(", ");
        if (comma < 0) return near;
        List<String> words = Tellings.words(Tellings.lastClause(before.substring(0, comma)));
        // the first purpose's own "to" ends the departure's clause as the second one's would
        int to = words.indexOf("to");
        return to < 0 ? near : words.subList(0, to + 1);
    }

    /**
     * The day a trip begun set off, when the departure's clause names it ("left here Thursday to visit China"):
     * the events stage dates the planned visit, not the departure, so the day is read from the departure's words.
     */
    static Optional<LocalDate> setOff(EventMention m) {
        if (StatusClass.of(m.event().status()) != StatusClass.PLAN) return Optional.empty();
        List<String> governing = governing(m);
        if (!begun(Tellings.words(Tellings.clause(m)), governing)) return Optional.empty();
        return Weekdays.named(governing, m.context().day());
    }

    /**
     * True when two reports tell departures that set off on two different named days: two trips of one party (a
     * delegation that left on Thursday and one that left the Tuesday after), not one trip told twice, however alike
     * the words of the two announcements are.
     */
    static boolean onOtherDays(EventMention a, EventMention b) {
        Optional<LocalDate> x = setOff(a);
        if (x.isEmpty()) return false;
        Optional<LocalDate> y = setOff(b);
        return y.isPresent() && !x.get().equals(y.get());
    }

    /** True when a clause is the purpose of a departure told as done in the clause it hangs on. */
    static boolean begun(List<String> clause, List<String> governing) {
        boolean purpose = !clause.isEmpty() && clause.get(0).equals("to")
                || !governing.isEmpty() && governing.get(governing.size() - 1).equals("to");
        if (!purpose) return false;
        // a modal tells of the departure only before its verb ("is expected to have left"); after it, a word of the
        // journey's object ("left to attend the summit due in the capital") says nothing of whether it set off
        for (String w : governing) {
            if (DEPARTURE.contains(w)) return true;
            if (MODALS.contains(w)) return false;
        }
        return false;
    }
}
