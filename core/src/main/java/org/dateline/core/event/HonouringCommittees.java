package org.dateline.core.event;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Token;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Committees formed abroad to honour someone: "A preparatory committee of Denmark for commemorating the birthday of X
 * was formed on Monday and an Austrian committee on Tuesday", "Preparatory committees of Peru and Chile were formed in
 * Lima and Santiago to celebrate the birthday of X", "Peruvian groups set up a committee to mark the anniversary of
 * X". A body formed for that purpose in another country is that country's act of honouring (CAMEO 017, SUPPORT), as
 * the gatherings it goes on to hold are (CODING.md questions 57, 118 and 127): one event per country, its actor the
 * country's committee (sector CVL), its recipient the one the purpose names.
 *
 * <p>The clause must tell a committee ({@code honouring-committee-nouns}) formed ({@code committee-forming-verbs}),
 * its subject or object, and told as done: "a committee will be formed" is a plan ({@link ListedGatherings#toCome}).
 * The one honoured is named after a word of honouring, as {@link ListedGatherings} finds him. The countries are those
 * the clause names outside that purpose ("of Denmark", "an Austrian committee", "in Lima"): a country named inside
 * it ("the anniversary of Korea's liberation") is the honoured side, not a committee's home. A committee in the
 * honoured one's own country honours among its own and is left out, as {@link DomesticHonours} leaves that out; a
 * committee formed with no one honoured ("a committee for trade was formed in Peru") is no act toward anyone.
 */
final class HonouringCommittees {
    private static final Set<String> COMMITTEES = EventWords.get("honouring-committee-nouns");
    private static final Set<String> FORMING = EventWords.get("committee-forming-verbs");
    private static final Set<String> DIASPORA = EventWords.get("diaspora-nouns");

    private HonouringCommittees() {}

    /** Whether a sentence may tell such a committee formed: a committee noun and a verb of forming. */
    static boolean mayHold(List<Token> tokens) {
        boolean committee = false;
        boolean forming = false;
        for (Token t : tokens) {
            if (COMMITTEES.contains(t.word().toLowerCase(Locale.ROOT)) || COMMITTEES.contains(TriggerLexicon.lemma(t))) committee = true;
            if (t.pos().startsWith("VB") && FORMING.contains(TriggerLexicon.lemma(t))) forming = true;
        }
        return committee && forming;
    }

    /** One act of honouring per country whose committee the clause tells formed for someone it names. */
    static List<Draft> of(Clause c, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> coded) {
        int committee = formedCommittee(c);
        if (committee < 0) return List.of();
        int verb = c.head(Coordination.firstConjunct(c, committee));
        Participant honoured = ListedGatherings.honoured(c, ctx);
        if (honoured == null) return List.of();
        Set<Integer> purpose = purpose(c);
        Map<String, Integer> homes = new LinkedHashMap<>(); // country -> its word
        for (int i = 0; i < c.size(); i++) {
            if (purpose.contains(i)) continue;
            String country = stateAt(c, i);
            if (country == null || homes.containsKey(country) || country.equals(honoured.country())) continue;
            if (livedInBy(c, i)) continue;
            homes.put(country, i);
        }
        Set<Integer> anchors = new HashSet<>(homes.values());
        anchors.add(committee);
        anchors.add(verb);
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (var home : homes.entrySet()) {
            String country = home.getKey();
            if (coded.stream().anyMatch(d -> d.everyone().stream().anyMatch(p -> country.equals(p.country())))) continue;
            anchorsOf.put(ListedGatherings.countryAct(c, ctx, committee, home.getValue(), country, "committee of", honoured),
                    anchors);
        }
        if (!anchorsOf.isEmpty()) ctx.rememberAbroad(honoured, homes.keySet());
        return ClauseDates.dated(c, ctx, timexes, anchorsOf);
    }

    /**
     * The committee noun told formed: the subject of a passive verb of forming ("was formed", "were set up") or the
     * object of an active one ("formed a committee"), the first of a list of them; -1 when none is, or the forming
     * is a plan.
     */
    private static int formedCommittee(Clause c) {
        for (int n = 0; n < c.size(); n++) {
            if (!c.pos(n).startsWith("NN") || !COMMITTEES.contains(c.lemma(n))) continue;
            int first = Coordination.firstConjunct(c, n);
            int v = c.head(first);
            if (v < 0 || !c.pos(v).startsWith("VB") || !forming(c, v) || ListedGatherings.toCome(c, v)) continue;
            if (c.relIs(first, "nsubj:pass", "obj")) return n;
        }
        return -1;
    }

    /** A verb of forming; "set" only as "set up". */
    private static boolean forming(Clause c, int v) {
        if (!FORMING.contains(c.lemma(v))) return false;
        if (!c.lemma(v).equals("set")) return true;
        return c.children(v, "compound:prt").stream().anyMatch(p -> c.lower(p).equals("up"));
    }

    /** The words of the clause's word of honouring and what it governs ("for commemorating the birthday of X"). */
    private static Set<Integer> purpose(Clause c) {
        int cue = ListedGatherings.cueIn(c.tokens);
        return cue < 0 ? Set.of() : new HashSet<>(c.subtree(cue));
    }

    /**
     * "Koreans in China", "Cuban residents in Spain": the place a community abroad lives in, named right after it (a
     * plural people's name or a noun of residents, then "in"). Its committee is the community's, not the host
     * country's (CODING.md question 133: the host country is where, not who), so the place makes no event.
     */
    private static boolean livedInBy(Clause c, int i) {
        int k = i;
        for (Entity e : c.entitiesAt(i)) while (k > 0 && c.tokens.get(k - 1).start() >= e.start()) k--;
        if (k < 2 || !c.lower(k - 1).equals("in")) return false;
        int people = k - 2;
        return c.pos(people).equals("NNPS") || DIASPORA.contains(c.lemma(people));
    }

    /** The state a country, nationality or place word of the clause stands for (its last word only), or null. */
    private static String stateAt(Clause c, int i) {
        for (Entity e : c.entitiesAt(i)) {
            boolean place = e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION || e.type() == EntityType.NATIONALITY;
            if (!place || c.tokens.get(i).end() != e.end()) continue;
            if (CountryCodes.isState(e.country())) return e.country();
        }
        return null;
    }
}
