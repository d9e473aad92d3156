package org.dateline.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Codes the events of one parsed sentence: finds trigger words that the grammar confirms (a verb with its
 * preposition or object, a noun with a light verb, a possessor or participants), folds an event into the intention,
 * request or refusal that governs it, and fills participants, status, date, place, topic and outcome.
 */
final class ClauseCoder {
    private static final Set<String> MULTI = EventWords.get("multilateral-modifiers");
    private static final Set<String> EXERCISES = EventWords.get("exercise-nouns");
    private static final Set<String> JOINT = EventWords.get("joint-modifiers");
    private static final Set<String> THREAT_CONDITIONS = EventWords.get("threat-conditions");
    private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.SUPPORT, EventType.COOPERATE, EventType.AID,
            EventType.CONCEDE, EventType.RETREAT);
    private static final Set<EventType> HOSTILE = EnumSet.of(EventType.SANCTION, EventType.COERCE, EventType.ASSAULT,
            EventType.MOBILIZE, EventType.PROTEST);

    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final CameoTable cameo;
    private final Modality modality;
    private final Circumstances circ;
    private final Subjects who;
    private final TriggerGrammar grammar;
    private final ClauseParties partiesOf;
    private final PatternGrammar patterns;
    private final ParticipantFinder parts;
    private final Purposes aims;
    private final CandidateFolding folding;
    private final Unasserted unasserted;
    private final Rhetoric rhetoric;
    private final Warnings warnings;
    private final Offerings offerings;
    private final MarketDeals market;
    private final BlamedActs blamed;
    private final MovedForces forces;
    private final PeopleAtLarge generic;
    private final TimelessPresent timeless;
    private final UnaddressedAdvice advice;
    private final PortrayedActs portrayed;
    private final BareVows vows;
    /** Verbs coded by a PETRARCH pattern: like PETRARCH, they make an event only between two parties. */
    private final Set<Integer> patterned = new HashSet<>();
    /** The words of every event of the clause coded on its own: another event's span stops short of them. */
    private final Set<Integer> eventWords = new HashSet<>();

    ClauseCoder(Clause c, ArticleContext ctx, TriggerLexicon lex, CameoTable cameo, Modality modality) {
        this.c = c;
        this.ctx = ctx;
        this.lex = lex;
        this.cameo = cameo;
        this.modality = modality;
        this.parts = new ParticipantFinder(c, ctx);
        this.circ = new Circumstances(c, ctx);
        this.who = new Subjects(c, lex);
        this.grammar = new TriggerGrammar(c, lex);
        this.patterns = new PatternGrammar(c, VerbPatterns.standard(), lex);
        this.aims = new Purposes(c, lex);
        this.rhetoric = new Rhetoric(c);
        this.folding = new CandidateFolding(c, grammar, aims, this::typeOf, k -> rhetoric.vowNotToForgive(verbOf(k)));
        this.unasserted = new Unasserted(c);
        this.warnings = new Warnings(c);
        this.offerings = new Offerings(c, lex);
        this.market = new MarketDeals(c);
        this.forces = new MovedForces(c);
        this.blamed = new BlamedActs(c, lex, code -> cameo.lookup(code).map(CameoTable.Entry::type).orElse(null));
        this.generic = new PeopleAtLarge(c);
        this.portrayed = new PortrayedActs(c);
        this.vows = new BareVows(c);
        this.timeless = new TimelessPresent(c);
        this.advice = new UnaddressedAdvice(c);
        this.partiesOf = new ClauseParties(c, ctx, lex, cameo, parts, circ, new Recipients(c, ctx, parts), who, grammar);
    }

    List<Draft> code(List<TimeExpression> timexes, java.util.function.Consumer<Draft> added) {
        c.markTimes(timexes);
        Map<Integer, Cand> cands = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Trigger t = triggerAt(i);
            if (t == null || Idioms.standard().covers(c, i)) continue; // "field guidance", "fight corruption"
            if (aims.effortWithInfinitive(i)) continue; // "sought to topple X" asks nothing of anyone
            if (aims.topicOrAimGerund(i)) continue; // "views on boosting trade", "drills for invading X"
            if (warnings.forecast(i, t)) continue; // "warned of a risk of famine" threatens no one
            Cand k = grammar.confirm(i, t);
            if (k != null) cands.put(i, k);
        }
        CandidateFolding.Folded folded = folding.fold(cands);
        Map<Integer, Cand> innerOf = folded.innerOf();
        Set<Integer> absorbed = folded.absorbed();
        // "hosted X for talks": the hosting is the talks, coded from the noun (its date and place are theirs)
        Set<Integer> hostings = new HashSet<>(); // and, below, vague nouns no wish is about: words not coded alone
        for (Cand k : cands.values()) {
            if (!k.t().noun() || absorbed.contains(k.i())) continue;
            int h = grammar.purposeOf(k);
            if (h >= 0 && cands.containsKey(h) && typeOf(k) == EventType.CONSULT) {
                hostings.add(h);
            }
        }
        for (Cand k : cands.values()) if (k.t().inner() && !absorbed.contains(k.i())) hostings.add(k.i()); // not alone
        // "imposed an arms embargo": a generated verb carrying an event noun is that noun's event, not one more
        for (Cand k : cands.values()) {
            int v = k.light();
            if (k.t().noun() && v >= 0 && cands.containsKey(v) && (patterned.contains(v) || lex.isImportedVerb(c.tokens.get(v)))) hostings.add(v);
        }
        for (Cand k : cands.values()) if (!absorbed.contains(k.i()) && !hostings.contains(k.i())) eventWords.addAll(anchors(k));
        List<Draft> out = new ArrayList<>();
        Map<Draft, Set<Integer>> anchorsOf = new LinkedHashMap<>();
        for (Cand k : cands.values()) {
            if (absorbed.contains(k.i()) || hostings.contains(k.i())) continue;
            for (Draft d : build(k, innerOf.get(k.i()))) {
                out.add(d);
                anchorsOf.put(d, scene(k, cands));
                added.accept(d); // visible at once: "they" later in the sentence means this event's group
            }
        }
        Set<Integer> innerWords = new HashSet<>();
        for (int j : absorbed) {
            innerWords.add(j);
            Cand in = cands.get(j);
            // the light verb of a folded event is its own word, unless it is the wish itself ("the talks X proposed")
            if (in != null && in.light() >= 0 && !cands.containsKey(in.light())) innerWords.add(in.light());
        }
        new ClauseDates(c, circ, timexes, ctx).assign(anchorsOf, innerWords);
        return out;
    }

    /**
     * The trigger word i may be: a noun with its modifier ("an air strike"), a verb by its PETRARCH pattern ("froze
     * the assets", "opened fire") where no hand-written trigger covers it, the word's own trigger, a modal's, or for a
     * verb of saying the blame its that-clause lays ("said X had lied").
     */
    private Trigger triggerAt(int i) {
        if (c.pos(i).startsWith("NN")) {
            for (int m : c.children(i, "compound", "amod")) {
                Trigger t = lex.compoundNoun(c.lower(m), c.lemma(i));
                if (t != null) return t;
            }
        }
        Trigger t = lex.triggerFor(c.tokens.get(i));
        // a hand-written verb with one of its own objects ("received observers", "received the delegation") comes
        // before any pattern, and before the verb's other rows
        for (Trigger bound : lex.objectBoundVerbs(c.tokens.get(i))) if (grammar.confirm(i, bound) != null) return bound;
        Trigger byPattern = lex.patternMayDecide(c.tokens.get(i)) ? patterns.match(i) : null;
        if (byPattern != null) {
            patterned.add(i);
            return byPattern;
        }
        if (t != null) return t;
        Trigger modal = grammar.modalTrigger(i);
        return modal != null ? modal : grammar.culpabilityTrigger(i); // "said X must do Y", "said X had lied"
    }

    /** The PLOVER type of a candidate's CAMEO code, or null when the table has none. */
    private EventType typeOf(Cand k) { return cameo.lookup(k.t().cameo()).map(CameoTable.Entry::type).orElse(null); }

    /** The verb of a candidate: its light verb for a noun ("to stage an exercise"), else its own word. */
    static int verbOf(Cand k) { return k.light() >= 0 ? k.light() : k.i(); }

    private Set<Integer> anchors(Cand k) {
        Set<Integer> a = new HashSet<>();
        a.add(k.i());
        if (k.light() >= 0) a.add(k.light());
        return a;
    }

    /**
     * The words whose time and place are the event's: its own, and for an event noun that is the subject of a verb
     * with no event of its own ("the meeting is set for Tuesday in Washington", "the talks took place in Tokyo in
     * December") that verb; for a participle telling what a statement says, the statement.
     */
    private Set<Integer> scene(Cand k, Map<Integer, Cand> cands) {
        Set<Integer> a = anchors(k);
        int purpose = grammar.purposeOf(k);
        if (purpose >= 0) a.add(purpose); // "hosted X for talks in Mexico City on Tuesday"
        if (who.utteranceOf(k.i()) >= 0) a.add(c.head(k.i())); // "the March 7 statement demanding X": its day
        // "issued a statement on Monday to denounce X": a purpose clause happens when its main clause does
        if (who.isPurpose(k.i())) a.add(c.head(k.i()));
        int h = c.head(k.i());
        if (k.t().noun() && k.light() < 0 && c.relIs(k.i(), "nsubj") && h >= 0 && c.pos(h).startsWith("VB")
                && !cands.containsKey(h) && lex.triggerFor(c.tokens.get(h)) == null) {
            a.add(h);
        }
        return a;
    }

    /**
     * The events of one trigger, in named steps: who acts and who is acted on ({@link ClauseParties}), the status and
     * any recoding of a stated intention, the drafts (a meeting with several people may be several meetings), then
     * place, topic and outcome.
     */
    private List<Draft> build(Cand k, Cand inner) {
        var entry = cameo.lookup(k.t().cameo()).orElse(null);
        if (entry == null || unasserted.yesNoQuestion()) return List.of(); // "Will X attack Y again?" asserts nothing
        if (unasserted.exhorted(verbOf(k))) return List.of(); // "Smash the puppets!", "Let us wipe out X" urge it
        if (unasserted.indirectQuestion(k.i())) return List.of(); // "asked why X" wants an answer, not an act
        if (generic.generalises(verbOf(k))) return List.of(); // "most people ask about X": no one in particular
        if (rhetoric.voiced(verbOf(k))) return List.of(); // "must be punished", "will never pardon", hoped-for acts
        if (portrayed.portrayed(verbOf(k))) return List.of(); // "no force can overpower us", "always supported X"
        if (inner != null && rhetoric.vowNotToForgive(verbOf(inner))) return List.of(); // "vowed never to forgive X"
        Coding e = new Coding(k, inner, entry);
        if (!partiesOf.find(e)) return List.of();
        if (new VerbalAttacks(c, ctx, grammar).verbal(e)) recode(e, VerbalAttacks.CRITICIZE); // (s27) "the senator shot back"
        if (vows.empty(e)) return List.of(); // "the students vowed to study harder": a resolve, made to no one
        blamed.blameTheDoers(e, parts); // "condemned the bombing of the embassies": the bombers, not the embassies
        forces.keepOwnForces(e, parts, new Recipients(c, ctx, parts)); // "moved troops into the Gulf": its own troops, shown to no one
        if (offerings.goodsOnly(e)) return List.of(); // "the school offers degrees": goods, given to no one
        if (market.tradeOnly(e)) return List.of(); // "X offered to buy Y's shares": firms trading, no public act
        if (timeless.describes(verbOf(k), e.actors, e.others)) return List.of(); // "the app supports X": as a rule
        if (advice.toNoOne(verbOf(k), e)) return List.of(); // "the guide recommends three quotes": asks no one
        // "expressed satisfaction with the harvest", "took part in the exercises": a pattern without another side
        if (patterned.contains(k.i()) && e.others.isEmpty() && e.actors.size() < 2) return List.of();
        jointExercise(e);
        decideStatus(e);
        List<Draft> out = drafts(e);
        placeAndCircumstances(e, out);
        return out;
    }

    /**
     * A military exercise is a show of force by one side (MOBILIZE, its row's code) and military cooperation of two
     * or more: "joint drills", "exercises with the Indian navy", "French and Egyptian warships began war games".
     */
    private void jointExercise(Coding e) {
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
     * The status, the mode, and for a stated intention or a refused one the CAMEO code of the statement: "will
     * provide aid" is AGREE 033, "will impose sanctions" THREATEN 131, "will not accept" REJECT.
     */
    private void decideStatus(Coding e) {
        Cand k = e.k;
        e.mode = e.entry.mode();
        e.multi = c.children(k.i(), "amod", "compound").stream().anyMatch(m -> MULTI.contains(c.lower(m)));
        // a relative clause about the noun tells its own tense: "the conditions X laid out could not be accepted"
        e.status = grammar.isGapRelative(k) ? modality.local(c, k.light()) : modality.status(c, k.i(), anchors(k));
        // the act itself of a stated intention has not happened, and is not called occurred
        if (e.inner == null && e.type != EventType.CONSULT && !k.t().wrap() && !EventStatus.OCCURRED.equals(e.status)
                && who.intentional(k.light() >= 0 ? k.light() : k.i())) {
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
        if (e.type == EventType.CONSULT && EventStatus.OCCURRED.equals(e.status) && aims.aheadOfJourney(verbOf(k))) e.status = EventStatus.PLANNED;
        // "will not accept", "is not willing to withdraw": a refused intention is a rejection
        if (k.t().wrap() && e.code.startsWith(CameoCodes.INTENT_ROOT) && EventStatus.NEGATED.equals(e.status)) {
            String refined = e.inner == null ? null
                    : lex.wrapped(CameoCodes.REJECT, cameo.lookup(e.inner.t().cameo()).map(CameoTable.Entry::type).orElse(null));
            recode(e, refined != null ? refined : CameoCodes.REJECT);
            e.status = EventStatus.OCCURRED;
        }
    }

    /**
     * "vowed never to accept the demands", "pledged not to resume talks": a vow whose act is negated refuses that act,
     * as "will never accept" does: REJECT, refined by the act's type. A negated act of harm ("vowed not to attack") is
     * no refusal and is left as it is.
     */
    private void refusedVow(Coding e) {
        if (!e.k.t().wrap() || e.inner == null || !e.code.startsWith(CameoCodes.INTENT_ROOT)
                || EventStatus.NEGATED.equals(e.status)) return;
        EventType act = typeOf(e.inner);
        if (act == null || HOSTILE.contains(act) || act == EventType.THREATEN) return;
        if (!EventStatus.NEGATED.equals(modality.local(c, verbOf(e.inner)))) return;
        String refined = lex.wrapped(CameoCodes.REJECT, act);
        recode(e, refined != null ? refined : CameoCodes.REJECT);
    }

    /** Gives the event this code, and its table entry and type when the table knows the code (or its parent). */
    private void recode(Coding e, String code) {
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

    /** One draft, or for one person meeting several separately ("met X and, separately, Y") one per meeting. */
    private List<Draft> drafts(Coding e) {
        Cand k = e.k;
        List<Draft> out = new ArrayList<>();
        boolean separate = c.children(k.i(), "amod").stream().anyMatch(m -> c.lower(m).equals("separate"));
        if (e.type == EventType.CONSULT && !e.visit && !CameoCodes.HOST_VISIT.equals(e.code)) {
            boolean split = !e.multi && e.others.size() >= 2 && e.actors.size() == 1 && (separate || !k.t().noun())
                    && !(elaboratesGroupMeeting(e.actors, e.others) && !separate);
            if (split) {
                for (Participant o : e.others) out.add(draft(e, e.mode, List.of(o), List.of()));
            } else {
                out.add(draft(e, e.multi ? "multilateral" : e.mode, e.others, List.of()));
            }
        } else {
            out.add(draft(e, e.mode, List.of(), e.others));
        }
        return out;
    }

    private void placeAndCircumstances(Coding e, List<Draft> out) {
        Cand k = e.k;
        Set<Integer> anchors = anchors(k);
        Set<Integer> placeWords = new HashSet<>(scene(k, Map.of()));
        if (e.strayWith >= 0) placeWords.add(e.strayWith); // "met with X ... in New York" hung under X
        for (Draft d : out) {
            if (d.place == null) d.place = circ.place(placeWords);
            int journey = e.visit ? -1 : circ.journeyAbove(k.i(), lex);
            if (d.place == null && journey >= 0) d.place = circ.destinationOf(journey);
            if (journey >= 0) d.journey = journey;
            d.topic = e.topic != null ? e.topic : circ.topic(k.i(), anchors);
            d.outcome = circ.outcome(k.i(), anchors);
            if (d.actors.size() + d.recipients.size() >= 3 && CameoCodes.CONSULT.equals(d.cameo) && e.multi) d.mode = "multilateral";
        }
    }

    private Draft draft(Coding e, String mode, List<Participant> coActors, List<Participant> recipients) {
        Cand k = e.k;
        List<Participant> actors = e.actors;
        Draft d = new Draft();
        d.statement = k.t().wrap();
        d.type = e.type;
        d.mode = mode;
        d.cameo = e.code;
        Participants.addAll(d.actors, actors);
        Participants.addAll(d.actors, coActors);
        Participants.addAll(d.recipients, recipients);
        d.recipients.removeIf(p -> Participants.contains(d.actors, p));
        d.status = e.status;
        d.place = e.place;
        d.trigger = c.tokens.get(k.i()).word();
        d.distinct = c.marksAnotherOccurrence(k.i());
        d.guestsAfter = e.guestsAfter;
        d.sentence = c.sentence.index();
        d.reportedBy = speaker(k);
        List<Integer> span = ownSpan(k.light() >= 0 ? k.light() : k.i());
        d.start = c.tokens.get(span.get(0)).start();
        d.end = c.tokens.get(span.get(span.size() - 1)).end();
        d.confidence = (k.t().noun() ? 0.7 : 0.8) + (actors.isEmpty() ? -0.2 : 0);
        return d;
    }

    /** Who the text says told of the event ("X said Y had attacked Z", "according to X"), or null. */
    private Participant speaker(Cand k) {
        int s = who.speakerOf(k.light() >= 0 ? k.light() : k.i());
        List<Participant> told = s >= 0 ? parts.of(s) : List.of();
        return told.isEmpty() ? null : told.get(0);
    }

    /**
     * The words of an event: its head and everything below it except a coordinated clause ("met in Washington and
     * then had a trilateral meeting": the second clause is an event of its own, not part of the first one's span).
     */
    private List<Integer> ownSpan(int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int k : c.children(head)) {
            if (c.relIs(k, "conj", "cc", "parataxis") || (c.relIs(k, "punct") && k > head)) continue;
            List<Integer> below = c.subtree(k);
            // "held no negotiations since a summit ... broke down": the summit is an event of its own
            if (below.stream().anyMatch(eventWords::contains) && !c.relIs(k, "nsubj", "obj", "obl", "nmod")) continue;
            out.addAll(below);
        }
        out.sort(Integer::compare);
        return out;
    }

    /**
     * "The envoys of A, B and C held a trilateral meeting. A sat down with B and C for three hours": a meeting with
     * exactly the people of a multilateral meeting just reported tells more about that meeting, it is not two
     * separate ones.
     */
    private boolean elaboratesGroupMeeting(List<Participant> actors, List<Participant> others) {
        List<Participant> all = new ArrayList<>(actors);
        Participants.addAll(all, others);
        for (Draft d : ctx.events) {
            // three or more people met together already make a group meeting, whatever word named it
            boolean group = "multilateral".equals(d.mode) || d.everyone().size() >= 3 && d.type == EventType.CONSULT;
            if (group && Participants.sameSet(d.everyone(), all)) return true;
        }
        return false;
    }

}
