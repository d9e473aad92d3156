package org.dateline.core.event;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The status stage of {@link ClauseCoder}: once the parties of an event are known, decides whether it happened,
 * is planned, negated or only stated, and recodes the statements that are acts of their own: a stated intention
 * ("will provide aid" AGREE, "will impose sanctions" THREATEN), a refusal ("will not accept", "vowed never to
 * accept" REJECT), an ultimatum ("unless X holds elections"), and a joint exercise (military cooperation). Kept apart
 * from the coder because these decisions read only the event and its verb, not the rest of the clause's events.
 */
final class StatusDecisions {
    private static final Set<String> MULTI = EventWords.get("multilateral-modifiers");
    private static final Set<String> EXERCISES = EventWords.get("exercise-nouns");
    private static final Set<String> JOINT = EventWords.get("joint-modifiers");
    private static final Set<String> TELEPHONE = EventWords.get("telephone-means");
    private static final Set<String> TELEPHONE_CASES = EventWords.get("telephone-cases");
    private static final Set<String> THREAT_CONDITIONS = EventWords.get("threat-conditions");
    private static final Set<String> CONDITION_OPENERS = EventWords.get("condition-openers");
    private static final Set<String> QUESTION_GOVERNORS = EventWords.get("open-question-governors");
    private static final Set<String> INITIATIVES = EventWords.get("initiative-wraps");
    private static final Set<String> ABILITY = EventWords.get("ability-modals");
    /** Relations an act's word is climbed through to the clause it belongs to. */
    private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj", "acl", "obj", "nsubj", "nsubj:pass", "obl",
            "nmod", "compound");
    private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.SUPPORT, EventType.COOPERATE, EventType.AID,
            EventType.CONCEDE, EventType.RETREAT);
    private static final Set<EventType> HOSTILE = EnumSet.of(EventType.SANCTION, EventType.COERCE, EventType.ASSAULT,
            EventType.MOBILIZE, EventType.PROTEST);

    private final Clause c;
    private final TriggerLexicon lex;
    private final CameoTable cameo;
    private final Modality modality;
    private final Circumstances circ;
    private final Subjects who;
    private final TriggerGrammar grammar;
    private final Purposes aims;

    StatusDecisions(Clause c, TriggerLexicon lex, CameoTable cameo, Modality modality, Circumstances circ, Subjects who,
                    TriggerGrammar grammar, Purposes aims) {
        this.c = c;
        this.lex = lex;
        this.cameo = cameo;
        this.modality = modality;
        this.circ = circ;
        this.who = who;
        this.grammar = grammar;
        this.aims = aims;
    }

    /**
     * A military exercise is a show of force by one side (MOBILIZE, its row's code) and military cooperation of two
     * or more: "joint drills", "exercises with the Indian navy", "French and Egyptian warships began war games".
     */
    void jointExercise(Coding e) {
        Cand k = e.k;
        if (!k.t().noun() || !EXERCISES.contains(c.lemma(k.i()))) return;
        Set<String> countries = new HashSet<>();
        for (Participant p : e.actors) if (p.country() != null) countries.add(p.country());
        boolean joint = countries.size() >= 2
                || c.children(k.i(), "amod", "compound").stream().anyMatch(m -> JOINT.contains(c.lower(m)))
                || k.words().stream().anyMatch(h -> c.children(h, "obl", "nmod").stream().anyMatch(p -> c.caseOf(p).equals("with")));
        if (joint) cameo.lookup(CameoCodes.MILITARY_COOPERATION).ifPresent(coop -> e.recode(CameoCodes.MILITARY_COOPERATION, coop));
    }

    /**
     * "spoke by telephone with X", "held talks over the phone", "conferred via video link": a conversation held at a
     * distance is CAMEO's discussion by telephone (041), whatever verb or noun tells it.
     */
    void byTelephone(Coding e) {
        if (!CameoCodes.CONSULT.equals(e.code)) return;
        boolean distant = Stream.of(e.k.i(), e.k.light()).filter(h -> h >= 0).distinct()
                .flatMap(h -> c.children(h, "obl", "nmod").stream())
                .anyMatch(m -> TELEPHONE.contains(c.lemma(m)) && TELEPHONE_CASES.contains(c.caseOf(m)));
        if (distant) recode(e, CameoCodes.PHONE_CALL);
    }

    /**
     * The status, the mode, and for a stated intention or a refused one the CAMEO code of the statement: "will
     * provide aid" is AGREE 033, "will impose sanctions" THREATEN 131, "will not accept" REJECT.
     */
    void decideStatus(Coding e) {
        Cand k = e.k;
        e.mode = e.entry.mode();
        e.multi = c.children(k.i(), "amod", "compound").stream().anyMatch(m -> MULTI.contains(c.lower(m)));
        // a relative clause about the noun tells its own tense: "the conditions X laid out could not be accepted"
        e.status = grammar.isGapRelative(k) ? modality.local(c, k.light()) : modality.status(c, k.i(), ClauseCoder.anchors(k));
        if (inCondition(ClauseCoder.verbOf(k))) {
            // "if it intends to attack Iran", "if the firm will not allow it": a condition states no
            // intention and no refusal, and what it names is only possible
            if (!EventStatus.NEGATED.equals(e.status)) e.status = EventStatus.POSSIBLE;
            return;
        }
        // the act itself of a stated intention has not happened, and is not called occurred
        if (e.inner == null && e.type != EventType.CONSULT && !k.t().wrap() && !EventStatus.OCCURRED.equals(e.status)
                && who.intentional(k.light() >= 0 ? k.light() : k.i())
                && !Forecasts.agentlessPassive(c, k.light() >= 0 ? k.light() : k.i())) { // "will be imposed": a forecast
            String root = COOPERATIVE.contains(e.type)
                    ? (EventStatus.NEGATED.equals(e.status) ? CameoCodes.REJECT_ROOT : CameoCodes.INTENT_ROOT)
                    : HOSTILE.contains(e.type) && !EventStatus.NEGATED.equals(e.status) ? CameoCodes.THREATEN_ROOT : null;
            if (root != null) {
                String refined = lex.wrapped(CameoCodes.general(root), e.type);
                recode(e, refined != null ? refined : CameoCodes.general(root));
                e.topic = circ.phrase(k.i());
                e.status = EventStatus.OCCURRED;
            }
        }
        refusedVow(e);
        conditionalThreat(e);
        // "flew to Seoul to meet X": a meeting that is the aim of a journey is still ahead
        if (e.type == EventType.CONSULT && EventStatus.OCCURRED.equals(e.status) && aims.aheadOfJourney(ClauseCoder.verbOf(k))) e.status = EventStatus.PLANNED;
        // "will not accept", "is not willing to withdraw": a refused intention is a rejection
        if (k.t().wrap() && !unmadeInitiative(e) && e.code.startsWith(CameoCodes.INTENT_ROOT) && EventStatus.NEGATED.equals(e.status)) {
            String refined = e.inner == null ? null
                    : lex.wrapped(CameoCodes.REJECT, cameo.lookup(e.inner.t().cameo()).map(CameoTable.Entry::type).orElse(null));
            recode(e, refined != null ? refined : CameoCodes.REJECT);
            e.status = EventStatus.OCCURRED;
        }
    }

    /**
     * "has not made any offer to free the hostages", "did not offer a ceasefire", "made no offer", "never promised
     * aid": an offer or promise told as not made, with no modal of intention or ability on its verb, is an act that did
     * not happen, not a refusal: nothing was put to the other side to refuse. "will not offer" states an intention
     * (a rejection), and "did not accept" answers another's offer: both are left to the refusal rule.
     */
    boolean unmadeInitiative(Coding e) {
        Cand k = e.k;
        if (!k.t().wrap() || !INITIATIVES.contains(c.lemma(k.i())) || !EventStatus.NEGATED.equals(e.status)) return false;
        int v = ClauseCoder.verbOf(k);
        if (v < 0 || who.intentional(v)) return false;
        return !c.hasModal(v);
    }

    /**
     * "student clubs cannot request the money", "the senator could not confirm the claim": an act its doer is said to
     * be unable to do did not happen and was not refused; the text tells of a state (a rule, a lack), not an act.
     * Called after the status is decided: "cannot accept the proposal", a refusal, is a REJECT by then and occurred.
     */
    boolean unableToAct(Coding e) {
        if (!EventStatus.NEGATED.equals(e.status)) return false;
        int v = ClauseCoder.verbOf(e.k);
        return v >= 0 && c.children(v, "aux").stream().anyMatch(a -> ABILITY.contains(c.lemma(a)) || ABILITY.contains(c.lower(a)));
    }

    /**
     * "vowed never to accept the demands", "pledged not to resume talks": a vow whose act is negated refuses that act,
     * as "will never accept" does: REJECT, refined by the act's type. A negated act of harm ("vowed not to attack") is
     * no refusal and is left as it is.
     */
    private void refusedVow(Coding e) {
        if (!e.k.t().wrap() || e.inner == null || !e.code.startsWith(CameoCodes.INTENT_ROOT)
                || EventStatus.NEGATED.equals(e.status)) return;
        EventType act = cameo.lookup(e.inner.t().cameo()).map(CameoTable.Entry::type).orElse(null);
        if (act == null || HOSTILE.contains(act) || act == EventType.THREATEN) return;
        if (!EventStatus.NEGATED.equals(modality.local(c, ClauseCoder.verbOf(e.inner)))) return;
        String refined = lex.wrapped(CameoCodes.REJECT, act);
        recode(e, refined != null ? refined : CameoCodes.REJECT);
    }

    /**
     * Whether the act whose verb is v lies in a clause of condition ({@code condition-openers}: "if", "unless"), as
     * its verb or within its verb's phrase and complements; an "if" after a verb of not knowing asks and is left to
     * {@link Unasserted}. {@link ClauseCoder} codes no act named only in a condition ("if it is invaded", "if they were
     * being assaulted"): the judges of every web sample marked them hypotheticals (CODING.md section 7), and this
     * stage's POSSIBLE status is then left to a condition's intention that a wrap recodes.
     */
    boolean inCondition(int v) {
        int clause = c.enclosingClause(v, WITHIN_CLAUSE, "advcl");
        if (clause < 0) return false;
        int h = c.head(clause);
        return (h < 0 || !QUESTION_GOVERNORS.contains(c.lemma(h)))
                && c.children(clause, "mark").stream().anyMatch(m -> CONDITION_OPENERS.contains(c.lower(m)));
    }

    /** Gives the event this code, and its table entry and type when the table knows the code (or its parent). */
    void recode(Coding e, String code) {
        e.code = code;
        cameo.lookup(code).ifPresent(entry -> e.recode(code, entry));
    }

    /**
     * "will withdraw its troops unless X holds elections": an act announced on a condition the other side must meet
     * is a threat, whatever the act (an ultimatum).
     */
    private void conditionalThreat(Coding e) {
        int v = e.k.light() >= 0 ? e.k.light() : e.k.i();
        if (e.type == EventType.THREATEN || EventStatus.NEGATED.equals(e.status) || !who.intentional(v)) return;
        boolean condition = c.children(v, "advcl").stream()
                .anyMatch(a -> c.children(a, "mark").stream().anyMatch(m -> THREAT_CONDITIONS.contains(c.lower(m))));
        var threat = condition ? cameo.lookup(CameoCodes.general(CameoCodes.THREATEN_ROOT)).orElse(null) : null;
        if (threat == null) return;
        e.recode(threat.code(), threat);
        e.status = EventStatus.OCCURRED;
    }
}
