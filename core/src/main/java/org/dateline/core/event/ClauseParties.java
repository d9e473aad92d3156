package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.model.CountryCodes;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * Who takes part in the event of one trigger: its actors (subject, possessor, names compounded onto an event noun,
 * the "by" of a passive) and its other side (object, destination of a visit, parties of a folded event, the one asked
 * in a demand), then the fallbacks when the sentence names fewer. One per clause, used by {@link ClauseCoder}. The
 * objects and places are read by {@link ObjectParties}, owners of event nouns and givers of what was received by
 * {@link OwnersAndGivers}; this class keeps the order in which the rules apply.
 */
final class ClauseParties {
    private static final Set<String> MANDATIVE_MODALS = EventWords.get("mandative-modals");
    private static final Set<String> VOICE_COUNTERPARTS = EventWords.get("public-voice-counterparts");
    private static final Set<String> BODY_MEETINGS = EventWords.get("summit-of-body-nouns");

    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final CameoTable cameo;
    private final ParticipantFinder parts;
    private final Circumstances circ;
    private final Recipients recipients;
    private final Subjects who;
    private final TriggerGrammar grammar;
    private final UnnamedAgents unnamed;
    private final VisitDestinations visits;
    private final AgentlessActs agentless;
    private final ObjectParties objects;
    private final OwnersAndGivers owners;

    ClauseParties(Clause c, ArticleContext ctx, TriggerLexicon lex, CameoTable cameo, ParticipantFinder parts,
                  Circumstances circ, Recipients recipients, Subjects who, TriggerGrammar grammar) {
        this.c = c;
        this.ctx = ctx;
        this.lex = lex;
        this.cameo = cameo;
        this.parts = parts;
        this.circ = circ;
        this.recipients = recipients;
        this.who = who;
        this.grammar = grammar;
        this.unnamed = new UnnamedAgents(c, ctx, parts, recipients, who, grammar);
        this.visits = new VisitDestinations(c, ctx, parts);
        this.agentless = new AgentlessActs(c);
        this.objects = new ObjectParties(c, lex, parts, recipients);
        this.owners = new OwnersAndGivers(c, parts, who, grammar);
    }

    /** Whether an event's row is a predicate of blame in the clause its verb of saying reports, not the verb's own. */
    private boolean reportedBlame(Coding e) {
        if (CausedHarms.BLAME.equals(e.k.t())) return true; // "said the danger grows in the region due to X": X only
        return lex.culpability(e.k.t().lemma()) != null && !e.k.t().lemma().equals(c.lemma(e.k.i()))
                && !e.k.t().lemma().equals(c.lower(e.k.i()));
    }

    /** Fills the parties of an event; false when the sentence does not make it an event (no one acts, no one met). */
    boolean find(Coding e) {
        actors(e);
        if (e.type == EventType.ASSAULT && unnamed.naturalCause(e.k)) return false;
        if (e.type == EventType.ASSAULT && unnamed.selfInflicted(e)) return false; // "the gunman killed himself"
        e.visit = CameoCodes.MAKE_VISIT.equals(e.code);
        if (e.visit && recipients.troops(e.subject)) return false; // troops arriving are a deployment, not a visit
        if (e.visit) {
            Participant dest = visits.destination(e);
            // "X was visited by Y": the one visited is the passive subject, already the other side
            if (dest == null && (e.others.isEmpty() || !isPassive(e.k.i()))) return false;
            if (dest != null) Participants.addAll(e.others, List.of(dest));
        } else {
            objects.objectsAndPlaces(e);
        }
        if (e.inner != null) innerParties(e);
        if (e.k.t().wrap()) statementParties(e);
        // "charged that Colombian troops had violated its airspace": the accused are who the charge says acted
        // "told the news agency it was regrettable": whom a verb of saying tells is its audience; a blame the
        // reported clause carries (a row of blame not the verb's own) is laid on whom that clause names
        if (e.type == EventType.ACCUSE && !e.k.t().noun() && reportedBlame(e)) e.others.clear();
        if (e.type == EventType.ACCUSE && e.others.isEmpty() && !e.k.t().noun()) {
            for (int v : ReportedBlame.contents(c, e.k.i())) Participants.addAll(e.others, BlamedParties.accused(c, parts, v));
        }
        // "held Peru responsible for the attack": the one held is the verb's object or the adjective's subject
        if (ResponsibilityBlame.CHARGE.equals(e.k.t()) && e.others.isEmpty()) {
            for (int x : c.children(e.k.i(), "xcomp")) for (int s : c.childrenExact(x, "nsubj")) Participants.addAll(e.others, parts.of(s));
            for (int o : c.childrenExact(e.k.i(), "obj")) Participants.addAll(e.others, parts.of(o));
        }
        owners.giversOf(e);
        e.others.removeIf(p -> Participants.contains(e.actors, p));
        owners.judgedOwner(e);
        if ((e.k.t().swapped() || owners.receivedNoun(e.k)) && !owners.swapSides(e, owners.receivedNoun(e.k))) return false;
        return fallbacks(e) && !voiceToNoOne(e);
    }

    /**
     * "Experts suggest starting slowly", "spoke with designers and experts", "asked legal experts what would happen": a
     * voice of public debate placed in no state (public-voice-nouns: critics, analysts) takes part in public life by
     * what it says to or of a public party, one placed in a state or of a public sector (public-voice-counterparts):
     * "Critics accused the government", "Analysts blamed the Federal Reserve". Among private people it is no event.
     */
    private static boolean voiceToNoOne(Coding e) {
        List<Participant> all = new ArrayList<>(e.actors);
        all.addAll(e.others);
        if (all.stream().noneMatch(CommonNounActors::isVoice)) return false;
        return all.stream().noneMatch(p -> !CommonNounActors.isVoice(p)
                && (p.country() != null || p.sector() != null && VOICE_COUNTERPARTS.contains(p.sector())));
    }

    private void actors(Coding e) {
        Cand k = e.k;
        List<Participant> actors = e.actors;
        int adjunctPatient = k.t().noun() ? -1 : passiveAdjunctPatient(k.i());
        // "the hostages held by X", "an amendment that was vetoed by X": X acts on the noun, whatever the host clause's
        // subject does
        boolean relative = !k.t().noun() && PassiveRelatives.isOne(c, k.i());
        e.subject = adjunctPatient >= 0 || relative ? -1 : who.subjectOf(k.light() >= 0 ? k.light() : k.i());
        // "protests took place", "a lawsuit filed by X": the noun is its own light verb's subject or is qualified by it
        boolean participle = k.t().noun() && k.light() >= 0 && k.light() == HappeningNouns.agentParticiple(c, lex, k.i(), k.t());
        if (e.subject == k.i() || participle) e.subject = -1;
        // "..., the statement said" blaming or demanding: the document's issuer makes the accusation
        boolean voice = DocumentVoices.ownAct(c, k.i()) && DocumentVoices.speaks(c, k.i(), e.subject, ctx);
        Participants.addAll(actors, voice ? ctx.lastDocumentAuthors : parts.of(e.subject));
        if (actors.isEmpty() && !k.t().noun()) Participants.addAll(actors, agentsOfSubjectAct(e.subject, e.type));
        if (adjunctPatient >= 0) {
            e.others.addAll(recipients.ofObject(adjunctPatient));
            for (int p : c.children(k.i(), "obl")) if (c.caseOf(p).equals("by")) Participants.addAll(actors, parts.of(p));
        }
        if (k.t().noun()) {
            for (int p : c.children(k.i(), "nmod:poss")) {
                // "X renewed its bombardment": a pronoun owning the noun of a light verb is that verb's subject
                if (k.light() >= 0 && c.pos(p).equals("PRP$") && !actors.isEmpty()) continue;
                Participants.addAll(actors, owners.ownersOf(k.i(), p));
            }
            for (int p : c.children(k.i(), "compound")) {
                if (!c.pos(p).startsWith("NNP")) continue;
                Participants.addAll(actors, parts.of(p));
                // "the Trump-Kim summit": names chained by compounds
                for (int q : c.children(p, "compound")) if (c.pos(q).startsWith("NNP")) Participants.addAll(actors, parts.of(q));
            }
            for (int p : c.children(k.i(), "nmod")) {
                if (c.caseOf(p).equals("between")) Participants.addAll(actors, parts.of(p));
                // "a visit by X", "an attack by X"; "the visit of X to Y": who makes a visit is the one it is of
                // "the air raid of the U.S. forces": an attack is of the armed force that carries it out
                if (c.caseOf(p).equals("by") || c.caseOf(p).equals("of") && CameoCodes.MAKE_VISIT.equals(e.code)
                        || e.type == EventType.ASSAULT && NamedAttackers.armedOf(c, p)) {
                    Participants.addAll(actors, parts.of(p));
                }
                // "a meeting of the envoys of A, B and C", "a meeting of Vietnam and Laos": the people it is of
                if (c.caseOf(p).equals("of") && e.type == EventType.CONSULT && meetingSides(p)) {
                    Participants.addAll(actors, parts.of(p));
                }
            }
        }
        if (k.t().noun() && e.type == EventType.CONSULT) Participants.addAll(actors, purposeParties(k));
        int host = actors.isEmpty() ? AdjunctEvents.host(c, k.i(), k.t()) : -1; // "during a visit to X, Y said"
        if (host >= 0) Participants.addAll(actors, parts.of(who.subjectOf(host)));
        // "an agreement was signed between A and B", "talks were held between A and B": the passive light verb's
        // "between" and "by" phrases name the event's own sides; a "between" or "by"
        // phrase of the light verb ("talks took place between A and B") is one too
        if (grammar.toldAsHappening(k)) {
            for (int p : c.children(k.light(), "obl")) {
                if (c.caseOf(p).equals("between") || c.caseOf(p).equals("by")) Participants.addAll(actors, parts.of(p));
            }
        }
        // "X was presented with a gift by Y", "Y presented X with a gift": the giver is the light verb's subject or
        // "by" agent, the one endowed its object or passive subject
        if (grammar.endowed(k)) {
            for (int p : c.children(k.light(), "obl")) if (c.caseOf(p).equals("by")) Participants.addAll(actors, parts.of(p));
            for (int p : c.childrenExact(k.light(), "nsubj:pass")) Participants.addAll(e.others, recipients.ofObject(p));
            for (int p : c.children(k.light(), "obj")) Participants.addAll(e.others, recipients.ofObject(p));
        }
        // "Y was sent a message by X", "Y was given a gift by X": the giver is the "by" agent, Y receives
        if (RetainedObjects.given(c, k)) {
            for (int p : RetainedObjects.givers(c, k)) Participants.addAll(actors, parts.of(p));
            for (int p : RetainedObjects.receivers(c, k)) Participants.addAll(e.others, recipients.ofObject(p));
        }
        // "gave X a vase as a gift": the one given the thing is the light verb's indirect object (kcnapub s34)
        if (k.t().noun() && k.light() >= 0 && c.caseOf(k.i()).equals("as")) {
            for (int p : c.children(k.light(), "iobj")) Participants.addAll(e.others, recipients.ofObject(p));
        }
        // "a congratulatory message from X was read out", "wreaths in the name of X were laid": the giver sends
        List<Participant> givers = GiverPhrases.giversOf(c, k, actors, parts);
        if (!givers.isEmpty()) {
            actors.clear();
            actors.addAll(givers);
        }
        if (relative) {
            e.others.addAll(recipients.ofObject(PassiveRelatives.patient(c, k.i())));
            for (int p : PassiveRelatives.agents(c, k.i())) Participants.addAll(actors, parts.of(p));
        } else if (isPassive(k.i())) {
            int patient = first(c.childrenExact(k.i(), "nsubj:pass"));
            if (patient >= 0) e.others.addAll(recipients.ofObject(patient));
            for (int p : PassiveRelatives.agents(c, k.i())) Participants.addAll(actors, parts.of(p));
        }
    }

    /**
     * Whether the "of" phrase p of a meeting noun names the sides that meet: a plural ("a meeting of the envoys") or
     * parties joined by a conjunction ("a meeting of Vietnam and Laos", "talks of the premier and the envoy"). One
     * body named alone ("a meeting of the Central Committee") is where the meeting is held, not a side that meets
     * another, and stays out.
     */
    private boolean meetingSides(int p) {
        return c.pos(p).equals("NNS") || !c.children(p, "conj").isEmpty();
    }

    /**
     * "The attack by Russian forces killed ten", "the shelling by the army destroyed homes": a subject that is an
     * event noun of the verb's own kind is done by the one its "by" phrase or possessor names; the verb tells what
     * that act did. Nothing when the subject is no such noun.
     */
    private List<Participant> agentsOfSubjectAct(int s, EventType type) {
        List<Participant> out = new ArrayList<>();
        if (s < 0 || !c.pos(s).startsWith("NN") || type != typeOfNoun(s)) return out;
        for (int p : c.children(s, "nmod")) if (c.caseOf(p).equals("by")) Participants.addAll(out, parts.of(p));
        for (int p : c.children(s, "nmod:poss")) Participants.addAll(out, parts.of(p));
        return out;
    }

    /** The PLOVER type of the event noun at i ("attack", "air strike" with its modifier), or null. */
    private EventType typeOfNoun(int i) {
        Trigger t = lex.compoundNounAt(c, i);
        if (t == null) t = lex.triggerFor(c.tokens.get(i));
        if (t == null || !t.noun()) return null;
        return cameo.lookup(t.cameo()).map(CameoTable.Entry::type).orElse(null);
    }

    /**
     * "resigned after being accused by prosecutors of fraud", "was arrested after being criticised by X": a passive
     * adjunct clause without a subject of its own ("being" / "having been" + participle, under a subordinator or set
     * off alone) is done to the main clause's subject, by its "by" agent. The main clause's subject, or -1 when v is
     * no such clause (a passive with its own subject is read as any passive).
     */
    private int passiveAdjunctPatient(int v) {
        if (!c.relIs(v, "advcl") || !c.pos(v).equals("VBN") || !c.subjects(v).isEmpty()) return -1;
        boolean fronted = AgentlessActs.frontedParticiple(c, v); // "Arrested by police in 2012, the two men ..."
        if (!c.childrenExact(v, "nsubj:pass").isEmpty() || c.childrenExact(v, "aux:pass").isEmpty() && !fronted) return -1;
        int h = c.head(v);
        if (h < 0 || !c.pos(h).startsWith("VB")) return -1;
        int s = who.subjectOf(h);
        return s >= 0 ? s : first(c.childrenExact(h, "nsubj:pass")); // "was arrested after being accused by X"
    }

    /**
     * "X will be joined by Y for a meeting", "X came to Seoul for talks": a meeting that is the purpose of a verb
     * with no event of its own is held by that verb's people, its subject, agent and object.
     */
    private List<Participant> purposeParties(Cand k) {
        List<Participant> out = new ArrayList<>();
        int h = grammar.purposeOf(k);
        if (h < 0) return out;
        int s = who.subjectOf(h);
        if (s >= 0) Participants.addAll(out, parts.of(s));
        for (int p : c.childrenExact(h, "nsubj:pass")) Participants.addAll(out, parts.of(p));
        for (int p : c.children(h, "obj")) Participants.addAll(out, parts.of(p));
        for (int p : c.children(h, "obl")) if (c.caseOf(p).equals("by")) Participants.addAll(out, parts.of(p));
        return out;
    }

    /** The folded event refines the code, and its own parties not already actors are the other side. */
    private void innerParties(Coding e) {
        Cand inner = e.inner;
        String refined = lex.wrapped(e.code, cameo.lookup(inner.t().cameo()).map(CameoTable.Entry::type).orElse(null));
        if (refined != null) {
            e.code = refined;
            // a stated intention to do harm ("vowed to retaliate") is a threat: the refined code may change the type,
            // and its entry gives the mode ("called on X to resume talks" is a request to meet)
            cameo.lookup(refined).ifPresent(entry -> e.recode(refined, entry));
        }
        List<Participant> innerParts = new ArrayList<>();
        // "Y made no mention of the contacts that X floated", "Y rejected the talks that X proposed": the noun a
        // relative clause is about is held by a verb of the host clause, which is no part of the act the relative
        // clause tells; that verb's subject is no party to it (the act's own clause and the story name its parties)
        if (!grammar.relativeOf(e.k.i(), inner.i())) {
            Participants.addAll(innerParts, parts.of(who.subjectOf(inner.light() >= 0 ? inner.light() : inner.i())));
        }
        for (int p : c.children(inner.i(), "obj", "iobj", "obl", "nmod")) {
            // "as Washington prepares ...", hung on the inner verb by the parser: never a party to it
            if (c.relIs(p, "obl:tmod") || c.relIs(p, "nmod:poss") || c.caseOf(p).equals("as")) continue;
            if (!c.pos(p).startsWith("NN") && !c.pos(p).startsWith("PRP")) continue;
            Participants.addAll(innerParts, c.relIs(p, "obj") ? recipients.ofObject(p) : parts.of(p));
        }
        for (Participant p : innerParts) if (!Participants.contains(e.actors, p)) Participants.addAll(e.others, List.of(p));
    }

    /** A statement's topic, and the one a demand is made of: "demanded that the United States ease sanctions". */
    private void statementParties(Coding e) {
        e.topic = wrapTopic(e.k);
        for (int comp : grammar.complements(e.k)) {
            if (c.relIs(comp, "ccomp") || comp == grammar.reportedBefore(e.k)) {
                for (int s : c.childrenExact(comp, "nsubj")) Participants.addAll(e.others, parts.of(s));
            }
        }
        // "called on Ethiopia to open corridors" parsed as a clause marked by "on": its subject is the one asked
        for (int v : c.childrenExact(e.k.i(), "advcl")) {
            if (c.childrenExact(v, "mark").stream().anyMatch(m -> e.k.t().preps().contains(c.lower(m)))) {
                for (int s : c.childrenExact(v, "nsubj")) Participants.addAll(e.others, parts.of(s));
            }
        }
        // "its demand that Israel ease restrictions": a noun's that-clause in the subjunctive (or with "should",
        // "must") says what the one it names is to do; "the demand that Israel made" is a relative clause about it
        if (e.k.t().noun()) {
            for (int v : c.childrenExact(e.k.i(), "ccomp")) {
                boolean mandative = c.pos(v).equals("VB") && c.children(v, "aux").isEmpty()
                        || c.children(v, "aux").stream().anyMatch(a -> MANDATIVE_MODALS.contains(c.lower(a)));
                if (mandative) for (int s : c.childrenExact(v, "nsubj")) Participants.addAll(e.others, parts.of(s));
            }
        }
    }

    private String wrapTopic(Cand w) {
        for (int comp : grammar.complements(w)) {
            String t = circ.phrase(comp);
            if (t != null) return t;
        }
        return null;
    }

    /** When the sentence names fewer parties: the one named in a complement, the place's owner, an unknown attacker. */
    private boolean fallbacks(Coding e) {
        Cand k = e.k;
        List<Participant> actors = e.actors, others = e.others;
        EventType type = e.type;
        if (others.isEmpty() && k.t().wrap()) {
            Participant named = recipients.inComplement(grammar.complements(k), actors);
            if (named != null) others.add(named);
        }
        if (others.isEmpty() && !e.visit && type != EventType.CONSULT && type != EventType.PROTEST) {
            Participant where = recipients.where(e.places, actors);
            if (where != null) others.add(where);
        }
        // an attack or a coercive act the text tells without its doer: an unknown attacker, the authorities
        if (actors.isEmpty()) {
            Participant doer = unnamed.doer(e, isPassive(k.i()) || AgentlessActs.frontedParticiple(c, k.i()));
            if (doer != null) actors.add(doer);
        }
        if (!e.visit) recipients.domestic(type, k.i(), actors, others, e.places);
        // a meeting reported by someone with "another meeting with X": the reporter is the other side
        if (type == EventType.CONSULT && !e.visit && actors.isEmpty() && k.t().noun()) {
            int rep = who.reporter(k.i());
            if (rep >= 0) Participants.addAll(actors, parts.of(rep));
        }
        // "was convicted of fraud", "was taken into custody": a state's act of law with no agent and no state named
        if (actors.isEmpty() && agentless.standsWithoutActor(e)) {
            int patient = agentless.patient(k);
            if (others.isEmpty() && patient >= 0) Participants.addAll(others, recipients.ofObject(patient));
            if (others.isEmpty() && patient >= 0) others.add(agentless.unplacedPatient(patient, ctx.article.body()));
            return !others.isEmpty();
        }
        if (actors.isEmpty() && !(type == EventType.CONSULT && others.size() >= 2)) return false;
        // "X gave a reception on Monday. Present there were Y": a hosting's guests may come next
        if (CameoCodes.HOST_VISIT.equals(e.code) && others.isEmpty()) {
            e.guestsAfter = true;
            return true;
        }
        // a meeting needs two sides, unless it is the meeting of a body of states ("the ASEAN Summit was held")
        return !(type == EventType.CONSULT && !e.visit && actors.size() + others.size() < 2 && !bodyOfStatesMeets(e));
    }

    /**
     * "The 18th ASEAN Summit was held in Jakarta", "an EU summit took place": a summit or conference named after a
     * body of states (summit-of-body-nouns) is its members' meeting, the body standing for them all.
     */
    private boolean bodyOfStatesMeets(Coding e) {
        return e.k.t().noun() && BODY_MEETINGS.contains(c.lemma(e.k.i())) && e.actors.size() == 1 && e.others.isEmpty()
                && CountryCodes.INTERNATIONAL.equals(e.actors.get(0).country())
                && c.children(e.k.i(), "compound").stream().anyMatch(p -> c.pos(p).startsWith("NNP"));
    }

    private boolean isPassive(int v) { return !c.childrenExact(v, "nsubj:pass").isEmpty(); }

    private static int first(List<Integer> xs) { return xs.isEmpty() ? -1 : xs.get(0); }
}
