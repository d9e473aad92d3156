package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.Participant;

/**
 * Everyday web pages (reviews, guides, product and service pages, how-to posts) tell what a thing, a firm or a person
 * does as a rule, in the timeless present: "the keyboard supports every layout", "the account allows contributions
 * after tax", "the movers accept cards", "parents can advise and encourage", "meals are delivered to the table". The
 * verbs are the ones news uses for support, permission, offers and requests, but nothing happened on any day: the
 * clause describes, it reports no act.
 *
 * <p>A clause is timeless when its verb is in the simple present ("supports", "do not accept"), the present passive
 * ("are delivered") or under a modal of ability or advice ({@code timeless-modals}: "can advise", "should ask"), or is
 * a participle hanging on such a verb ("the card supports every reader, allowing payment by phone"), and nothing under
 * it names a time ("visits Paris this week" is a plan, told in the present).
 *
 * <p>Only private parties are described so: every participant has no country and no sector, or a private one
 * ({@code timeless-private-sectors}: firms, schools, hospitals and the media, civilians), or a code that stands for
 * private bodies wherever they are ({@code timeless-private-codes}: multinational firms). A state, an army, a police
 * force, a party, a union or a rebel group told in the present is news ("Russia supports the plan", "police often
 * arrest protesters"), as is anything placed in a country; so, mostly, is a headline's present, whose parties news
 * places in their states. The present perfect and the progressive ("has partnered", "are marching") are left alone:
 * they tell of something under way or done.
 */
final class TimelessPresent {
    private static final Set<String> MODALS = EventWords.get("timeless-modals");
    private static final Set<String> PRIVATE_SECTORS = EventWords.get("timeless-private-sectors");
    private static final Set<String> PRIVATE_CODES = EventWords.get("timeless-private-codes");

    private final Clause c;

    TimelessPresent(Clause c) {
        this.c = c;
    }

    /** Whether the event with these parties, whose verb is v, describes private parties in the timeless present. */
    boolean describes(int v, List<Participant> actors, List<Participant> others) {
        if (v < 0 || !timelessTense(v) || c.timedInItsClause(v)) return false;
        List<Participant> all = new ArrayList<>(actors);
        all.addAll(others);
        return all.stream().allMatch(TimelessPresent::privateParty);
    }

    /** No country and no sector, or a private one; or a code that stands for private bodies (multinational firms). */
    private static boolean privateParty(Participant p) {
        if (p.country() != null) return PRIVATE_CODES.contains(p.country());
        return p.sector() == null || PRIVATE_SECTORS.contains(p.sector());
    }

    /**
     * The simple present (with "do" for a negation), the present passive, or a base form under a modal of ability or
     * advice; a verb coordinated with another takes its first conjunct's auxiliaries ("can advise and encourage").
     */
    boolean timelessTense(int v) {
        // a participle clause has the tense of the clause it hangs on ("the protocol sets terms, allowing X")
        int h = c.head(v);
        if (c.pos(v).equals("VBG") && c.relIs(v, "advcl", "acl") && h >= 0 && h != v && c.pos(h).startsWith("VB")) {
            return timelessTense(h);
        }
        int own = Coordination.auxiliaryHolder(c, v, k -> c.pos(c.head(k)).startsWith("VB")
                && c.children(k, "aux", "aux:pass", "nsubj", "nsubj:pass").isEmpty());
        String pos = c.pos(v);
        List<Integer> aux = c.children(own, "aux", "aux:pass");
        if (pos.equals("VBZ") || pos.equals("VBP")) return aux.isEmpty();
        if (aux.size() != 1) return false;
        int a = aux.get(0);
        String ap = c.pos(a);
        if (pos.equals("VB")) {
            return ap.equals("MD") ? MODALS.contains(c.lower(a))
                    : c.lemma(a).equals("do") && (ap.equals("VBZ") || ap.equals("VBP"));
        }
        // "are delivered": the passive's "be" in the present, no other auxiliary
        return pos.equals("VBN") && c.relIs(a, "aux:pass") && (ap.equals("VBZ") || ap.equals("VBP"));
    }

}
