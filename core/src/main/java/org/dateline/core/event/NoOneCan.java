package org.dateline.core.event;

import java.util.Set;

/**
 * A claim of what no one can or will do is a boast, no act: "no force on earth can overpower the united army and
 * people", "nothing can block the advance of the people", "nobody will ever break our unity". Its subject is a
 * negative quantifier (a noun under "no", or "nobody", "none", "nothing") and its verb, or the verb it is a bare
 * conjunct of, carries a modal of ability or of the future ({@code boast-modals}): it denies that anyone is able to
 * do the act, and names no one who tried. Without such a modal the negative subject tells a fact of the day ("no one
 * was killed", "none of the doctors attended"), which {@link Modality} marks negated and the coder keeps.
 */
final class NoOneCan {
    private static final Set<String> MODALS = EventWords.get("boast-modals");
    private static final Set<String> NO_ONE = EventWords.get("negative-subjects");
    private static final Set<String> NOTHING = EventWords.get("no-one-subjects");

    private final Clause c;

    NoOneCan(Clause c) {
        this.c = c;
    }

    /** Whether the verb v is claimed of no one under a modal of ability or of the future. */
    boolean boasts(int v) {
        if (v < 0) return false;
        int modalOwner = Coordination.sharesAuxiliary(c, v) ? c.head(v) : v;
        if (!hasModal(modalOwner)) return false;
        for (int s : c.subjects(v)) if (noOne(s)) return true;
        return modalOwner != v && c.subjects(modalOwner).stream().anyMatch(this::noOne);
    }

    private boolean hasModal(int v) {
        return v >= 0 && c.children(v, "aux").stream().anyMatch(a -> MODALS.contains(c.lower(a)));
    }

    /** "no force", "nobody", "none of them", "nothing". */
    private boolean noOne(int n) {
        String w = c.lower(n);
        if (NOTHING.contains(w) || NO_ONE.contains(w) && !w.equals("no")) return true;
        return c.determinedByNo(n);
    }
}
