package org.dateline.core.connect;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a later report tells the deed a plan expected, for {@link PlanOutcomeLinker}: "plan to stage firepower
 * drills" is realized by drills staged, not by an agreement the same two states reached at talks elsewhere, however
 * the event coder filed the two (both were AGREE); "the army and the people will deal counter-blows" is not realized by
 * the army and the people building a monument. Same participants, overlapping days and one family are what a plan
 * and any later deed of its parties share; the kind of the deed is what makes the later deed the planned one.
 *
 * <p>The kind is read as {@link DeedKind} reads it, from the trigger and then the main clause, but without its mask for
 * families that propose or demand ({@link DeedKind#fitting}): what a plan proposes is its deed, and "planned to stage
 * drills" is a military act whatever its family. Two known kinds (a message, a visit, a meeting, a military act) must
 * be the same kind; two deeds of no known kind must share a content lemma of their clauses beyond the participants'
 * names ("build" and "built"), as the merger's words do ({@link HappeningWords#words}). A known kind beside none is no
 * evidence either way ("another round with Haddad" and "Berg and Haddad met"): the linker's other tests decide.
 * Not thread-safe, like the linker that owns it.
 */
final class PlannedDeeds {
    private final HappeningWords words = new HappeningWords();
    /** Each report's lemmas, read once: an outcome is weighed against every plan of its participants. */
    private final java.util.Map<EventMention, Set<String>> read = new java.util.IdentityHashMap<>();

    /** True when some report of the outcome tells the deed some report of the plan expected. */
    boolean realizes(Story plan, Story outcome) {
        for (EventMention p : plan.mentions) {
            for (EventMention o : outcome.mentions) if (tells(p, o)) return true;
        }
        return false;
    }

    /**
     * True when a report tells the deed a plan's report expected: the same kind when both are known, a shared lemma
     * when neither is.
     */
    boolean tells(EventMention plan, EventMention outcome) {
        DeedKind a = kind(plan), b = kind(outcome);
        if (a != DeedKind.OTHER && b != DeedKind.OTHER) return a == b;
        if (a != DeedKind.OTHER || b != DeedKind.OTHER) return true;
        Set<String> shared = new HashSet<>(lemmas(plan));
        shared.retainAll(lemmas(outcome));
        return !shared.isEmpty();
    }

    /** The kind of a report's deed, its family's mask left off: a plan's object is its deed. */
    static DeedKind kind(EventMention m) {
        String trigger = m.event().trigger() == null ? "" : m.event().trigger().toLowerCase(Locale.ROOT);
        return DeedKind.of(trigger, DeedKind.mainClause(DeedKind.lowerWords(Tellings.clause(m))));
    }

    private Set<String> lemmas(EventMention m) { return read.computeIfAbsent(m, this::readLemmas); }

    private Set<String> readLemmas(EventMention m) {
        Set<String> names = new HashSet<>();
        m.event().actors().forEach(p -> names.add(p.name()));
        m.event().recipients().forEach(p -> names.add(p.name()));
        String trigger = m.event().trigger() == null ? "" : m.event().trigger();
        return words.words(trigger + " " + String.join(" ", DeedKind.mainClause(DeedKind.lowerWords(Tellings.clause(m)))),
                names);
    }

}
