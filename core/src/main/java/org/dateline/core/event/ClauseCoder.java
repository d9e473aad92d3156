package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dateline.model.EventType;
import org.dateline.model.TimeExpression;

/**
 * Codes the events of one parsed sentence. The stages, each its own class where it has one:
 * <ol>
 * <li>triggers: the trigger words the grammar confirms, a verb with its preposition or object, a noun with a light
 * verb, a possessor or participants ({@link TriggerGrammar}, {@link PatternGrammar});</li>
 * <li>folding: an event folded into the intention, request or refusal that governs it ({@link CandidateFolding});</li>
 * <li>filters: acts only voiced, urged, asked or described as a rule are no events;</li>
 * <li>parties: who acts and who is acted on ({@link ClauseParties});</li>
 * <li>status: happened, planned or negated, and a stated intention or refusal recoded ({@link StatusDecisions});</li>
 * <li>drafts: one per event or per separate meeting, with place, topic and outcome ({@link DraftBuilder});</li>
 * <li>dates: of the events' words or of the scene they are set in ({@link ClauseDates}).</li>
 * </ol>
 * The coder keeps what the stages share across one clause: the verbs coded by a pattern and the words of every event.
 */
final class ClauseCoder {
    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final CameoTable cameo;
    private final Modality modality;
    private final Circumstances circ;
    private final Subjects who;
    private final TriggerGrammar grammar;
    private final ReportedObligations obligations;
    private final ResponsibilityBlame responsibility;
    private final CourtMotions motions;
    private final ConditionalThreats threats;
    private final ClauseParties partiesOf;
    private final PatternGrammar patterns;
    private final ParticipantFinder parts;
    private final Purposes aims;
    private final CandidateFolding folding;
    private final Unasserted unasserted;
    private final DeniedActs denied;
    private final BackgroundClauses background;
    private final ClaimedActs claims;
    private final ClaimedConduct conductClaims;
    private final AttackToll tolls;
    private final StandingPositions positions;
    private final Rhetoric rhetoric;
    private final Warnings warnings;
    private final Offerings offerings;
    private final MarketDeals market;
    private final BlamedActs blamed;
    private final MovedForces forces;
    private final PeopleAtLarge generic;
    private final TimelessPresent timeless;
    private final NamingLabels labels;
    private final UnaddressedAdvice advice;
    private final ExhortedPeople exhortations;
    private final ActivityCalls activityCalls;
    private final PartylessDuties duties;
    private final HomePledges pledges;
    private final HomeMassMeetings massMeetings;
    private final DomesticHonours honours;
    private final PortrayedActs portrayed;
    private final BareVows vows;
    private final GameResults games;
    private final VerbalAttacks verbalAttacks;
    private final StatusDecisions statuses;
    private final DraftBuilder drafting;
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
        this.obligations = new ReportedObligations(c, lex);
        this.responsibility = new ResponsibilityBlame(c, lex);
        this.motions = new CourtMotions(c);
        this.threats = new ConditionalThreats(c, lex, t -> cameo.lookup(t.cameo()).map(CameoTable.Entry::type).orElse(null));
        this.patterns = new PatternGrammar(c, VerbPatterns.standard(), lex);
        this.aims = new Purposes(c, lex);
        this.rhetoric = new Rhetoric(c);
        this.folding = new CandidateFolding(c, grammar, aims, this::typeOf, k -> rhetoric.vowNotToForgive(verbOf(k)));
        this.unasserted = new Unasserted(c);
        this.denied = new DeniedActs(c);
        this.background = new BackgroundClauses(c);
        this.claims = new ClaimedActs(c);
        this.conductClaims = new ClaimedConduct(c, ctx);
        this.tolls = new AttackToll(c);
        this.warnings = new Warnings(c);
        this.offerings = new Offerings(c, lex);
        this.market = new MarketDeals(c);
        this.forces = new MovedForces(c);
        this.blamed = new BlamedActs(c, lex, code -> cameo.lookup(code).map(CameoTable.Entry::type).orElse(null));
        this.generic = new PeopleAtLarge(c);
        this.portrayed = new PortrayedActs(c);
        this.vows = new BareVows(c);
        this.games = new GameResults(c);
        this.verbalAttacks = new VerbalAttacks(c, ctx, grammar);
        this.timeless = new TimelessPresent(c);
        this.positions = new StandingPositions(c);
        this.labels = new NamingLabels(c);
        this.advice = new UnaddressedAdvice(c);
        this.exhortations = new ExhortedPeople(c);
        this.activityCalls = new ActivityCalls(c);
        this.duties = new PartylessDuties(c);
        this.pledges = new HomePledges(ctx.homeState);
        this.massMeetings = new HomeMassMeetings(ctx.homeState, ctx.here());
        this.honours = new DomesticHonours(c, ctx.homeState);
        this.partiesOf = new ClauseParties(c, ctx, lex, cameo, parts, circ, new Recipients(c, ctx, parts), who, grammar);
        this.statuses = new StatusDecisions(c, lex, cameo, modality, circ, who, grammar, aims);
        this.drafting = new DraftBuilder(c, ctx, lex, circ, who, parts, eventWords);
    }

    List<Draft> code(List<TimeExpression> timexes, Consumer<Draft> added) {
        c.markTimes(timexes);
        Map<Integer, Cand> cands = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Trigger t = triggerAt(i);
            if (t == null || Idioms.standard().covers(c, i)) continue; // "field guidance", "fight corruption"
            if (PromisedStates.covers(c, i)) continue; // "promised to be a dictator" offers nothing
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
        hostings.addAll(tolls.injuriesOfCodedAttacks(cands, this::typeOf)); // "killed three and wounded six": one attack
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
        Trigger compound = lex.compoundNounAt(c, i);
        if (compound != null) return compound;
        Trigger held = responsibility.holding(i); // "held Peru responsible for the attack"
        if (held != null) return held;
        Trigger motion = motions.motion(i); // "moved to dismiss the lawsuit": a motion filed
        if (motion != null) return motion;
        Trigger after = obligations.postposed(i); // "X should go at once, it held": the verb only reports
        if (after != null) return after;
        Trigger t = lex.triggerFor(c.tokens.get(i));
        // a hand-written verb with one of its own objects ("received observers", "received the delegation") comes
        // before any pattern, and before the verb's other rows
        for (Trigger bound : lex.objectBoundVerbs(c.tokens.get(i))) if (grammar.confirm(i, bound) != null) return bound;
        Trigger byPattern = lex.patternMayDecide(c.tokens.get(i)) ? patterns.match(i) : null;
        if (byPattern != null) {
            patterned.add(i);
            return byPattern;
        }
        // a row bound to a preposition it lacks but with a that-clause ("ruled that X should go", not "ruled against
        // X") and a row bound to objects it lacks ("found ... guilty") leave the verb to what its that-clause says
        if (t != null && t.objs().isEmpty() && !prepLackedBeforeThatClause(i, t)) return t;
        Trigger modal = obligations.trigger(i);
        Trigger said = modal != null ? modal : grammar.culpabilityTrigger(i); // "said X must do Y", "said X had lied"
        if (said == null) said = threats.trigger(i); // "said it would seize X unless Y pays"
        return said != null ? said : t;
    }

    /** Whether verb i's row is bound to a preposition the verb lacks, and a that-clause of its own says something. */
    private boolean prepLackedBeforeThatClause(int i, Trigger t) {
        return !t.noun() && !t.preps().isEmpty() && !c.children(i, "ccomp").isEmpty() && grammar.confirm(i, t) == null;
    }

    /** The PLOVER type of a candidate's CAMEO code, or null when the table has none. */
    private EventType typeOf(Cand k) { return cameo.lookup(k.t().cameo()).map(CameoTable.Entry::type).orElse(null); }

    /** The verb of a candidate: its light verb for a noun ("to stage an exercise"), else its own word. */
    static int verbOf(Cand k) { return k.light() >= 0 ? k.light() : k.i(); }

    /** The words an event is anchored on: its trigger and, for a noun, its light verb. */
    static Set<Integer> anchors(Cand k) {
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
     * any recoding of a stated intention ({@link StatusDecisions}), the drafts (a meeting with several people may be
     * several meetings), then place, topic and outcome ({@link DraftBuilder}).
     */
    private List<Draft> build(Cand k, Cand inner) {
        var entry = cameo.lookup(k.t().cameo()).orElse(null);
        if (entry == null || unasserted.yesNoQuestion()) return List.of(); // "Will X attack Y again?" asserts nothing
        if (unasserted.exhorted(verbOf(k))) return List.of(); // "Smash the puppets!", "Let us wipe out X" urge it
        if (unasserted.indirectQuestion(k.i())) return List.of(); // "asked why X" wants an answer, not an act
        if (unasserted.embeddedQuestion(verbOf(k))) return List.of(); // "wondered if X will attack": not asserted
        if (statuses.inCondition(verbOf(k))) return List.of(); // "pledged support if it is invaded": a hypothetical
        if (unasserted.alternativeNotTaken(verbOf(k))) return List.of(); // "instead of eradicating the group"
        if (unasserted.demandedInSubjunctive(verbOf(k))) return List.of(); // "insisted that the army withdraw": wanted
        if (unasserted.inWouldBeSubject(verbOf(k))) return List.of(); // "Having the bank impose a tax would ...": weighed
        if (generic.generalises(verbOf(k))) return List.of(); // "most people ask about X": no one in particular
        if (rhetoric.voiced(verbOf(k))) return List.of(); // "must be punished", "will never pardon", hoped-for acts
        if (portrayed.portrayed(verbOf(k), entry.type())) return List.of(); // "no force can overpower us", "have been shelling"
        if (inner != null && rhetoric.vowNotToForgive(verbOf(inner))) return List.of(); // "vowed never to forgive X"
        Coding e = new Coding(k, inner, entry);
        if (!partiesOf.find(e)) return List.of();
        if (verbalAttacks.verbal(e)) statuses.recode(e, VerbalAttacks.CRITICIZE); // "the senator shot back"
        if (vows.empty(e)) return List.of(); // "the students vowed to study harder": a resolve, made to no one
        if (pledges.ownPeople(e)) return List.of(); // "the workers will defend the leadership": a resolve at home
        boolean massMeeting = massMeetings.ownPeople(e); // "soldiers and people of the province met": one side gathered
        blamed.blameTheDoers(e, parts, new Recipients(c, ctx, parts)); // "condemned the bombing of the embassies": the bombers, not the embassies
        forces.keepOwnForces(e, parts, new Recipients(c, ctx, parts)); // "moved troops into the Gulf": its own troops, shown to no one
        if (games.result(verbOf(k), e.type)) return List.of(); // "Madrid beat Barcelona 3-1": a match, no assault
        if (ctx.sportsPage && SportsPages.play(e.type)) return List.of(); // "helped the Bears beat Wheaton": a play
        if (ctx.leisurePage && !LeisurePages.publicParty(e)) return List.of(); // "the reviewer slammed the phone"
        if (offerings.goodsOnly(e)) return List.of(); // "the school offers degrees": goods, given to no one
        if (market.tradeOnly(e)) return List.of(); // "X offered to buy Y's shares": firms trading, no public act
        if (timeless.describes(verbOf(k), e.actors, e.others)) return List.of(); // "the app supports X": as a rule
        if (positions.stance(verbOf(k), e)) return List.of(); // "has long opposed the expansion": a position held
        if (labels.onNoParty(verbOf(k), e)) return List.of(); // "called the weather a disaster": an opinion of a thing
        if (advice.toNoOne(verbOf(k), e)) return List.of(); // "the guide recommends three quotes": asks no one
        if (exhortations.ownPeople(verbOf(k), e)) return List.of(); // "called upon all the people to turn out": exhortation
        if (activityCalls.toNoOne(verbOf(k), e)) return List.of(); // "called for introducing new methods": no one asked
        if (duties.onNoOne(verbOf(k), e)) return List.of(); // "said good methods should be introduced": asks no one
        if (honours.amongOwn(k.i(), e)) return List.of(); // "laid a wreath at the monument to the country's heroes"
        if (OwnStaffMeetings.withOwnStaff(e)) return List.of(); // "the premier convened a meeting of officials concerned"
        // "expressed satisfaction with the harvest", "took part in the exercises": a pattern without another side
        if (patterned.contains(k.i()) && e.others.isEmpty() && e.actors.size() < 2) return List.of();
        statuses.jointExercise(e);
        statuses.byTelephone(e);
        statuses.decideStatus(e);
        if (statuses.unmadeInitiative(e)) return List.of(); // "has not made any offer": no act, and no refusal
        if (statuses.unableToAct(e)) return List.of(); // "clubs cannot request the money": a lack, not an act
        if (denied.denied(e)) return List.of(); // "did not authorize the operation": no act happened
        if (background.background(verbOf(k))) return List.of(); // "a treaty he had rejected": history as background
        if (claims.claimed(verbOf(k))) return List.of(); // "accusations that X had beaten Y": the claim is the event
        if (conductClaims.claimed(verbOf(k), e.actors)) return List.of(); // "X has refused all talks, the statement said"
        List<Draft> out = drafting.drafts(e);
        drafting.placeAndCircumstances(e, out, scene(k, Map.of()));
        if (massMeeting) out.forEach(d -> d.background = Background.GATHERING_OCCASION); // "they" still means its people
        return out;
    }
}
