package org.dateline.core.event;

import java.util.List;
import java.util.Set;

/**
 * Conduct told as a lasting habit of the past is a portrait, no event: "he always extended positive support to the
 * cause of the Cambodian people", "the authorities have persistently cracked down upon the organization". An adverb
 * of constancy ({@code constancy-adverbs}) on a verb in the past or the perfect sums up years of acts with no one
 * of them in view, as the hand-coding conventions say of habitual statements; a single act of the day has no such
 * adverb. The present habit of a named body ("police often arrest protesters") is {@link Unasserted}'s and stays an
 * event, and so does a repeated act ("repeatedly shelled the town"), which tells acts that happened.
 *
 * <p>The "would" of a past habit with an adverb of frequency ({@code habit-frequency-adverbs}: "people
 * would often ask", "the guards would usually beat them") sums up acts the same way; a "would" with no such adverb is
 * a condition or a future in the past ("would strike if attacked") and is left to the status.
 *
 * <p>An act of force in the perfect progressive is a campaign that has gone on for a while and goes on still: "the
 * forces have been besieging, bombarding and invading the enclave". It sums up strikes and raids with none of them in
 * view (the conventions' ongoing campaigns), so {@link PortrayedActs} asks it of attacks and coercion only: wire news
 * codes a continuing demand or cooperation told so ("authorities have been pressuring the workers to call off the
 * strike", "has been sharing expertise with the rebels": two events of the PLOVER dev set, half A). A perfect ("have
 * besieged the town") or a past progressive ("were shelling the town when ...") tells acts that happened and stays.
 * A conjunct takes the auxiliaries of the first verb it leans on.
 */
final class HabitualConduct {
    private static final Set<String> CONSTANCY = EventWords.get("constancy-adverbs");
    private static final Set<String> FREQUENCY = EventWords.get("habit-frequency-adverbs");

    private final Clause c;

    HabitualConduct(Clause c) {
        this.c = c;
    }

    /** Whether the verb v, in the past or the perfect, carries an adverb of constancy. */
    boolean habitual(int v) {
        if (v < 0) return false;
        if (wouldOfHabit(v)) return true;
        if (!pastOrPerfect(v)) return false;
        return c.children(v, "advmod").stream().anyMatch(a -> CONSTANCY.contains(c.lower(a)));
    }

    /** "would often ask", "would always support": a "would" with an adverb of frequency or constancy. */
    private boolean wouldOfHabit(int v) {
        if (c.children(v, "aux").stream().noneMatch(a -> c.lower(a).equals("would"))) return false;
        return c.children(v, "advmod").stream().anyMatch(a -> FREQUENCY.contains(c.lower(a)) || CONSTANCY.contains(c.lower(a)));
    }

    /** "have been besieging", "has been shelling": a gerund under "been" and a form of "have". */
    boolean perfectProgressive(int v) {
        if (v < 0) return false;
        if (!c.pos(v).equals("VBG")) return false;
        int own = Coordination.auxiliaryHolder(c, v, k -> c.children(k, "aux", "nsubj").isEmpty());
        List<Integer> aux = c.children(own, "aux");
        return aux.stream().anyMatch(a -> c.lower(a).equals("been")) && aux.stream().anyMatch(a -> c.lemma(a).equals("have"));
    }

    private boolean pastOrPerfect(int v) {
        String p = c.pos(v);
        if (p.equals("VBD")) return true;
        return p.equals("VBN") && c.perfect(v);
    }
}
