package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * A call a body or a leader makes on its own people is exhortation, not an event between parties: "the Central
 * Committee called upon all the people to turn out in the harvest", "he called on all the members of the union to
 * study hard", "the statement urged the followers of the idea to support the cause". PLOVER codes a demand made of
 * another party ("urged Japan to withdraw its warships", "called upon the people of Japan to oppose the bill" when a
 * foreign body makes it); a populace urged by its own side to work, study or rally is asked for nothing it owes the
 * caller, and the act it is urged to is no act yet.
 *
 * <p>The test: a verb of urging ({@code exhorting-verbs}) coded as a request, whose addressee, the object or the
 * oblique of address ("called on X", "appealed to X"), or a verb of saying whose obligation ("said the Koreans should
 * turn out in the struggle") lays it on a subject, is in every conjunct a populace: a noun of people at large or
 * of membership ({@code populace-nouns}: people, compatriots, members, followers) or any people quantified as a whole
 * ("all the workers", "every official"), the sectors of a country named as a whole ({@code own-sector-nouns}: "all
 * fields and units"; a later conjunct shares the first one's "all"), people of a kind placed in a land no name makes
 * another's ({@code homeland-nouns}: "athletes in the country"), or a nation named by its people ("the Koreans");
 * and the addressee's phrase names no state the caller is not of ("the people of Japan" urged by a Cuban body are
 * another state's people; a caller placed nowhere is taken to speak to its own).
 */
final class ExhortedPeople {
    private static final Set<String> VERBS = EventWords.get("exhorting-verbs");
    private static final Set<String> CASES = EventWords.get("addressed-request-cases");
    private static final Set<String> POPULACE = EventWords.get("populace-nouns");
    private static final Set<String> WHOLE = EventWords.get("whole-populace-determiners");
    private static final Set<String> SECTORS = EventWords.get("own-sector-nouns");
    private static final Set<String> HOMELAND = EventWords.get("homeland-nouns");
    private static final Set<String> THROUGHOUT = EventWords.get("homeland-cases");
    private static final Set<String> PHRASE_CUT = Set.of("acl", "acl:relcl", "parataxis", "ccomp", "xcomp", "conj", "advcl");

    private final Clause c;

    ExhortedPeople(Clause c) {
        this.c = c;
    }

    /** Whether the request of the verb v is a call on the caller's own people. */
    boolean ownPeople(int v, Coding e) {
        if (v < 0 || e.type != EventType.REQUEST || !c.pos(v).startsWith("VB")) return false;
        List<Integer> addressees = VERBS.contains(c.lemma(v)) ? addressees(v) : obligedSubjects(v);
        if (addressees.isEmpty() || !addressees.stream().allMatch(this::populace)) return false;
        Set<String> own = new HashSet<>();
        for (Participant p : e.actors) if (p.country() != null) own.add(p.country());
        // a caller the text places nowhere is taken to speak to its own: nothing says the populace is foreign
        return own.isEmpty() || addressees.stream().allMatch(a -> own.containsAll(statesNamed(a)));
    }

    /**
     * "said the Koreans should turn out in the struggle", "stressed that all the compatriots must unite": the subject
     * of an obligation a verb of saying reports ({@code obliging-modals}, also "has to"), with its conjuncts.
     */
    private List<Integer> obligedSubjects(int v) {
        List<Integer> out = new ArrayList<>();
        for (int k : ReportedObligations.reportedClauses(c, v)) if (ReportedObligations.obliged(c, k)) out.addAll(c.children(k, "nsubj"));
        return Coordination.withConjuncts(c, out);
    }

    /** The states the addressee's phrase names ("the people of Japan"), not those of what it is urged to do. */
    private Set<String> statesNamed(int a) {
        Set<String> out = new HashSet<>();
        for (int i : c.subtreeWithout(a, PHRASE_CUT)) {
            for (Entity e : c.entitiesAt(i)) if (CountryCodes.isState(e.country())) out.add(e.country());
        }
        return out;
    }

    /** The object of the verb and its obliques of address ("called on X"), each with its conjuncts. */
    private List<Integer> addressees(int v) {
        List<Integer> out = new ArrayList<>(c.children(v, "obj", "iobj"));
        for (int k : c.children(v, "obl")) if (CASES.contains(c.caseOf(k))) out.add(k);
        return Coordination.withConjuncts(c, out);
    }

    private boolean populace(int n) {
        if (!c.pos(n).startsWith("NN")) return false;
        if (POPULACE.contains(c.lemma(n)) || POPULACE.contains(c.lower(n))) return true;
        // "the Koreans", "Koreans from all walks of life": a nation named by its people, not its state
        if (c.pos(n).startsWith("NNP") && c.entitiesAt(n).stream().anyMatch(e -> e.type() == EntityType.NATIONALITY)) return true;
        // "all the workers", "all fields and units": people or sectors of a kind named as a whole
        if (namedWhole(n)) return CommonNounActors.sectorOf(c.lemma(n)) != null || SECTORS.contains(c.lemma(n));
        // "athletes in the country", "the farmers across the nation": people of a kind placed in the land itself
        return c.pos(n).equals("NNS") && placedInTheLand(n);
    }

    /** A noun with a determiner of wholeness, or the later conjunct of one ("all fields and units"). */
    private boolean namedWhole(int n) {
        for (int x : c.relIs(n, "conj") ? List.of(n, c.head(n)) : List.of(n)) {
            if (c.children(x, "det", "det:predet").stream().anyMatch(d -> WHOLE.contains(c.lower(d)))) return true;
        }
        return false;
    }

    /** A noun placed in a land no name makes another's: "in the country", "across the nation" ({@code homeland-nouns}). */
    private boolean placedInTheLand(int n) {
        return c.children(n, "nmod").stream().anyMatch(k -> THROUGHOUT.contains(c.caseOf(k))
                && HOMELAND.contains(c.lemma(k)) && c.entitiesAt(k).isEmpty());
    }
}
