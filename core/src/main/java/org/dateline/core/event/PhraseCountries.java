package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;

/**
 * The country a nominal's own words give a participant the gazetteer could not place: a nationality, a possessor,
 * an apposition, a title ("Rwandan rebels", "Nicaragua's Sandinista government", "the Socialist Party of Chile").
 * Kept apart from {@link ParticipantFinder}, which decides who a nominal is; this class only says where from.
 */
final class PhraseCountries {
    /** What ends a seat's name in the parse: a clause, an apposition, a list of other bodies. */
    private static final Set<String> SEAT_CUT = Set.of("acl", "acl:relcl", "appos", "conj", "cc",
            "punct", "parataxis", "advcl");
    private final Clause c;
    private final ArticleContext ctx;
    private final GroupLeaders leaders;

    PhraseCountries(Clause c, ArticleContext ctx, GroupLeaders leaders) {
        this.c = c;
        this.ctx = ctx;
        this.leaders = leaders;
    }

    /**
     * A participant the gazetteer could not place takes the country its own phrase gives: "Rwandan rebels",
     * "Kenzo Oshima, the United Nations Emergency Relief Coordinator", "Red Cross officials".
     */
    Participant withCountry(Participant p, int h) {
        if (holdsOffice(h)) p = BodySeats.holder(p, seatOf(h)); // "the chairman of the X Friendship Association"
        if (p.country() != null) return p;
        List<Integer> near = new ArrayList<>(c.subtreeWithout(h, ParticipantFinder.CORE_CUT));
        List<Integer> owners = new ArrayList<>(c.childrenExact(h, "nmod:poss"));
        for (int a : c.children(h, "appos")) {
            near.addAll(c.subtreeWithout(a, ParticipantFinder.CORE_CUT));
            owners.addAll(c.childrenExact(a, "nmod:poss"));
        }
        // "Nicaragua's Sandinista government", "X, Algeria's leading activist": the possessor places it
        for (int a : owners) near.addAll(c.subtreeWithout(a, ParticipantFinder.CORE_CUT));
        near.addAll(leaders.titleWords(h, this::namesState)); // "X, member of the Presidium of the Supreme Council of Ukraine"
        // "the minister of ... of Peru", "the secretary general of the Ruritanian Association", "X of the Party of Ruritania"
        if (holdsOffice(h) || isPersonsName(h)) near.addAll(leaders.ownChain(h, this::namesState));
        for (int i : near) {
            for (Entity e : c.entitiesAt(i)) {
                if (e.country() == null || e.canonical() != null && e.canonical().equals(p.name())) continue;
                if (OwnTitles.isFoe(ctx.article.body(), e)) continue; // "an anti-Japanese unit" is no Japanese unit
                String sector = p.sector() != null ? p.sector() : e.type() == EntityType.ORGANIZATION ? e.sector() : null;
                return new Participant(p.name(), e.country(), sector);
            }
        }
        String owner = stateOfPhrase(h);
        return owner == null ? p : new Participant(p.name(), owner, p.sector());
    }

    /** The words of the first "of" phrase of an office ("the chairman [of the X Association]"), or null. */
    private String seatOf(int h) {
        for (int k : c.children(h, "nmod")) {
            if (!c.caseOf(k).equals("of")) continue;
            List<Integer> seat = new ArrayList<>(c.subtreeWithout(k, SEAT_CUT));
            seat.removeIf(i -> c.relIs(i, "case") && i < k || c.relIs(i, "det") && c.head(i) == k);
            return seat.isEmpty() ? null : c.text(seat, ctx.article.body());
        }
        return null;
    }

    /**
     * An office with no name on the nominal's head or its compound: "the minister", and "the secretary general", which
     * the parser heads on "general".
     */
    private boolean holdsOffice(int h) {
        if (OwnTitles.isOfficeOnly(c.entitiesAt(h))) return true;
        for (int m : c.children(h, "compound")) if (m < h && OwnTitles.isOfficeOnly(c.entitiesAt(m))) return true;
        return false;
    }

    /** A person's name on the head ("Rafael Ortiz of the Party of Labour"): its own "of" phrase says whose he is. */
    private boolean isPersonsName(int h) {
        if (!c.pos(h).startsWith("NNP")) return false;
        for (Entity e : c.entitiesAt(h)) if (e.type() == EntityType.PERSON && e.role() == null) return true;
        return "PERSON".equals(c.tokens.get(h).ner());
    }

    /** Whether token i names a state ("Japan", "Senegal"), not a town or a province. */
    private boolean namesState(int i) {
        for (Entity e : c.entitiesAt(i)) {
            if (CountryCodes.isState(e.country()) && (e.type() == EntityType.COUNTRY || ctx.isCountryName(e))) return true;
        }
        return false;
    }

    /**
     * "the Socialist Party of Chile", "the government and people of Chile": the state an "of" phrase of the nominal
     * names, the phrase hung on it or, shared by coordinated nouns, on the last of them; null when none names one. A
     * name needs no phrase to say which one it is, so the phrase after the last item of a coordination is that item's
     * alone when the nominal is a name ("the daily El Tiempo and Reuters of Britain": only Reuters is British).
     */
    String stateOfPhrase(int h) {
        List<Integer> nouns = new ArrayList<>(isName(h) ? List.of(h) : Coordination.withConjuncts(c, h));
        if (c.relIs(h, "conj") && !isName(h)) nouns.addAll(Coordination.withConjuncts(c, c.head(h)));
        for (int n : nouns) {
            for (int k : c.children(n, "nmod")) {
                if (!c.caseOf(k).equals("of") || n != h && k < h) continue;
                if (n == h && isName(h) && c.children(h, "conj").stream().anyMatch(j -> j < k)) continue; // "El Tiempo and Reuters of Britain"
                for (Entity e : c.entitiesAt(k)) {
                    if (CountryCodes.isState(e.country()) && (e.type() == EntityType.COUNTRY || ctx.isCountryName(e))) return e.country();
                }
            }
        }
        return null;
    }

    /**
     * The state a nationality adjective written before a common noun's phrase gives it, the parse's tree aside: the
     * word right before the phrase ("The Finnish progressive people", where the parser hung "Finnish" elsewhere),
     * or, for a bare noun coordinated after another, the nationality of the first noun ("the Iranian government
     * and people": the people are Iran's too). The people's own words outrank the state the story is set in.
     * Null when neither names one state.
     */
    String nationalityBefore(int n, List<Integer> core) {
        int first = core.stream().min(Integer::compare).orElse(n);
        String own = nationalityAt(first - 1);
        if (own != null) return own;
        if (!c.relIs(n, "conj") || !c.children(n, "amod", "compound", "det", "nmod:poss").isEmpty()) return null;
        int head = c.head(n);
        if (head < 0 || head > n) return null;
        for (int m : c.children(head, "amod", "compound")) {
            String s = m < head ? nationalityAt(m) : null;
            if (s != null) return s;
        }
        return null;
    }

    /** The one state a nationality adjective at token i names ("Finnish", "Iranian"), or null. */
    private String nationalityAt(int i) {
        if (i < 0 || i >= c.tokens.size()) return null;
        for (Entity e : c.entitiesAt(i)) {
            boolean national = e.type() == EntityType.NATIONALITY && CountryCodes.isState(e.country());
            if (national && !OwnTitles.isFoe(ctx.article.body(), e)) return e.country();
        }
        return null;
    }

    /** A proper noun that is no actor noun written with a capital ("the Government"): a name of its own. */
    private boolean isName(int h) {
        return c.pos(h).startsWith("NNP") && CommonNounActors.sectorOf(c.lemma(h)) == null
                && CommonNounActors.sectorOf(c.lower(h)) == null;
    }
}
