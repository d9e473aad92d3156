package org.dateline.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * Gatherings placed by who held them rather than by an "in": "Seminars on X's work were held by the Study Group of
 * Peru and the Solidarity Circle of Chile", "The Mexican Committee for Y organised a lecture", "A Peruvian
 * association staged a symposium", "Peru's seminar on the feats of Z was held". The organiser's country is where the
 * gathering was and whose act it is (CODING.md question 133: a named organiser is the actor, here a civic body; question
 * 127: one act per country), so {@link ListedGatherings} reads the organisers only where no "in" places the
 * sentence's gatherings.
 *
 * <p>The organisers are the "by" agent of a passive verb of holding whose subject is the gathering, the subject of an
 * active one whose object it is, or a country that owns the gathering ("Peru's seminar"); the verb must tell it held,
 * not planned ({@link ListedGatherings#toCome}). Long names of bodies ("the Group for the Study of the Ideas of South
 * Africa and the Friendship Association of Chile") are parsed into pieces more often than not, so the agent is read
 * on the words: the run after "by" up to the next preposition of time or place, a verb or the sentence's end, cut at
 * "and" and commas into members, a member that names no state joined to the next ("the Group for the Study of A and
 * B of Peru"). A member's state is the last country, nationality or named body of a state it names that is not the
 * honoured one's; an
 * organiser of no state places nothing, one of the honoured one's own country neither (domestic honour, as {@link
 * DomesticHonours}).
 */
final class GatheringOrganisers {
    private static final Set<String> HOLDING = EventWords.get("gathering-holding-verbs");
    private static final Set<String> ENDS = EventWords.get("organiser-run-ends");

    /** One organiser of a gathering: who held it (null: the country's people), the gathering noun, the name's word. */
    record Organiser(Participant who, int gathering, int word) {}

    private GatheringOrganisers() {}

    /** The organisers' countries of the clause's gatherings told held, in order; none of {@code ownCountry}. */
    static Map<String, Organiser> of(Clause c, String ownCountry) {
        Map<String, Organiser> out = new LinkedHashMap<>();
        for (int g = 0; g < c.size(); g++) {
            if (!ListedGatherings.isGathering(c, g)) continue;
            int n = Coordination.firstConjunct(c, g, ListedGatherings.LIST_REACH);
            int v = c.head(n);
            if (v < 0 || !c.pos(v).startsWith("VB") || !HOLDING.contains(c.lemma(v)) || ListedGatherings.toCome(c, v)) continue;
            // "Peru's seminar on X was held": the country that owns the gathering
            for (int p : c.childrenExact(g, "nmod:poss")) {
                String country = stateOf(c, p, ownCountry);
                if (country != null) out.putIfAbsent(country, new Organiser(null, g, p));
            }
            int[] run = holders(c, n, v);
            if (run == null) continue;
            for (int[] member : members(c, run, ownCountry)) {
                String country = stateOf(c, member[2], ownCountry);
                out.putIfAbsent(country, new Organiser(new Participant(words(c, member), country, "CVL"), g, member[2]));
            }
        }
        return out;
    }

    /**
     * The words naming the organisers, first and last: after the "by" of a passive whose subject is the gathering
     * ("were held by X on Monday"), or the subject of an active verb whose object it is ("X held a seminar"); null.
     */
    private static int[] holders(Clause c, int gathering, int v) {
        if (c.childrenExact(v, "nsubj:pass").contains(gathering)) {
            for (int by = v + 1; by < c.size(); by++) {
                if (!c.lower(by).equals("by") || !c.pos(by).equals("IN")) continue;
                int end = by + 1;
                while (end < c.size() && !endsRun(c, end)) end++;
                return end > by + 1 ? new int[] {by + 1, end - 1} : null;
            }
            return null;
        }
        if (!c.relIs(gathering, "obj")) return null;
        for (int s : c.childrenExact(v, "nsubj")) {
            List<Integer> words = c.subtree(s);
            return new int[] {words.get(0), words.get(words.size() - 1)};
        }
        return null;
    }

    /** A word that closes an organiser's name: a preposition of time or place, a verb, "to", a full stop. */
    private static boolean endsRun(Clause c, int k) {
        String pos = c.pos(k);
        return ENDS.contains(c.lower(k)) && (pos.equals("IN") || pos.equals("TO")) || pos.startsWith("VB") && !c.lower(k).equals("-")
                || pos.equals(".") || pos.equals(":");
    }

    /** The run cut at "and" and commas into members {first, last, state word}, a member with no state joined on. */
    private static List<int[]> members(Clause c, int[] run, String ownCountry) {
        List<int[]> out = new ArrayList<>();
        int first = run[0];
        for (int k = run[0]; k <= run[1] + 1; k++) {
            boolean cut = k > run[1] || c.lower(k).equals("and") || c.lower(k).equals(",");
            if (!cut) continue;
            int state = -1;
            boolean own = false; // "Koreans in Russia": the honoured one's own people abroad, not the host's (question 133)
            for (int w = first; w < k; w++) {
                if (stateOf(c, w, ownCountry) != null) state = w;
                for (Entity e : c.entitiesAt(w)) if (e.type() == EntityType.NATIONALITY && ownCountry != null && ownCountry.equals(e.country())) own = true;
            }
            if (own) {
                first = k + 1;
                continue;
            }
            if (state >= 0) {
                out.add(new int[] {first, k - 1, state});
                first = k + 1;
            }
        }
        return out;
    }

    /** The member's words, a leading article left out: "Group for the Study of the Ideas of Peru". */
    private static String words(Clause c, int[] member) {
        StringBuilder b = new StringBuilder();
        for (int w = member[0]; w <= member[1]; w++) {
            if (b.length() == 0 && (c.pos(w).equals("DT") || c.lower(w).equals("and") || c.lower(w).equals(","))) continue;
            if (b.length() > 0 && !c.pos(w).equals("POS")) b.append(' ');
            b.append(c.tokens.get(w).word());
        }
        return b.toString();
    }

    /** The state a country or nationality word names (its last word only), other than {@code ownCountry}; or null. */
    private static String stateOf(Clause c, int k, String ownCountry) {
        for (Entity e : c.entitiesAt(k)) {
            // a body's name the recogniser took whole ("the Group for the Study of X of Peru") carries its state
            boolean place = e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY || e.type() == EntityType.LOCATION
                    || e.type() == EntityType.ORGANIZATION;
            if (!place || c.tokens.get(k).end() != e.end() || !CountryCodes.isState(e.country())) continue;
            if (!e.country().equals(ownCountry)) return e.country();
        }
        return null;
    }
}
