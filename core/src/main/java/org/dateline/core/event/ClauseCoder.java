package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * Codes the events of one parsed sentence: finds trigger words that the grammar confirms (a verb with its
 * preposition or object, a noun with a light verb, a possessor or participants), folds an event into the intention,
 * request or refusal that governs it, and fills participants, status, date, place, topic and outcome.
 */
final class ClauseCoder {
    private static final Set<String> MULTI = Set.of("trilateral", "three-way", "multilateral", "four-way", "six-party",
            "quadrilateral", "three-party", "four-party", "multiparty", "three-nation", "regional");
    private static final Set<String> VISIT_PREPS = Set.of("to", "for", "in");
    private static final Set<String> COOPERATIVE = Set.of("SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT");
    private static final Set<String> HOSTILE = Set.of("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST");

    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final CameoTable cameo;
    private final Modality modality;
    private final ParticipantFinder parts;
    private final Circumstances circ;
    private final Recipients recipients;
    private final Subjects who;
    private final TriggerGrammar grammar;
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
        this.recipients = new Recipients(c, ctx, parts);
        this.who = new Subjects(c, lex);
        this.grammar = new TriggerGrammar(c, lex);
    }


    List<Draft> code(List<TimeExpression> timexes, java.util.function.Consumer<Draft> added) {
        c.markTimes(timexes);
        Map<Integer, Cand> cands = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            Trigger t = lex.triggerFor(c.tokens.get(i));
            if (t == null) t = grammar.modalTrigger(i);
            if (t == null) continue;
            Cand k = grammar.confirm(i, t);
            if (k != null) cands.put(i, k);
        }
        Map<Integer, Cand> innerOf = new HashMap<>();
        Set<Integer> absorbed = new HashSet<>();
        for (Cand w : cands.values()) {
            if (!w.t().wrap() || absorbed.contains(w.i())) continue;
            for (int comp : grammar.complements(w)) {
                for (int j : c.subtree(comp)) {
                    Cand in = cands.get(j);
                    if (in == null || in == w || grammar.factualAside(j, comp)
                            || grammar.isGapRelative(in) && in.light() != w.i()) continue;
                    absorbed.add(j);
                    innerOf.putIfAbsent(w.i(), in);
                }
            }
        }
        // "hosted X for talks": the hosting is the talks, coded from the noun (its date and place are theirs)
        Set<Integer> hostings = new HashSet<>(); // and, below, vague nouns no wish is about: words not coded alone
        for (Cand k : cands.values()) {
            if (!k.t().noun() || absorbed.contains(k.i())) continue;
            int h = grammar.purposeOf(k);
            if (h >= 0 && cands.containsKey(h) && "CONSULT".equals(cameo.lookup(k.t().cameo()).map(CameoTable.Entry::type).orElse(""))) {
                hostings.add(h);
            }
        }
        for (Cand k : cands.values()) if (k.t().inner() && !absorbed.contains(k.i())) hostings.add(k.i()); // not alone
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
        new ClauseDates(c, circ, timexes, ctx.sentenceBefore).assign(anchorsOf, innerWords);
        return out;
    }

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
        int h = c.head(k.i());
        if (k.t().noun() && k.light() < 0 && c.relIs(k.i(), "nsubj") && h >= 0 && c.pos(h).startsWith("VB")
                && !cands.containsKey(h) && lex.triggerFor(c.tokens.get(h)) == null) {
            a.add(h);
        }
        return a;
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

    private List<Draft> build(Cand k, Cand inner) {
        String code = k.t().cameo();
        var entry = cameo.lookup(code).orElse(null);
        if (entry == null) return List.of();
        String type = entry.type();
        List<Participant> actors = new ArrayList<>(), others = new ArrayList<>();
        Set<Integer> own = anchors(k);
        int subject = who.subjectOf(k.light() >= 0 ? k.light() : k.i());
        Participants.addAll(actors, parts.of(subject));
        if (k.t().noun()) {
            for (int p : c.children(k.i(), "nmod:poss")) Participants.addAll(actors, parts.of(p));
            for (int p : c.children(k.i(), "compound")) {
                if (!c.pos(p).startsWith("NNP")) continue;
                Participants.addAll(actors, parts.of(p));
                // "the Trump-Kim summit": names chained by compounds
                for (int q : c.children(p, "compound")) if (c.pos(q).startsWith("NNP")) Participants.addAll(actors, parts.of(q));
            }
            for (int p : c.children(k.i(), "nmod")) {
                if (c.caseOf(p).equals("between")) Participants.addAll(actors, parts.of(p));
                // "a meeting of the envoys of A, B and C": the people it is of are the ones who meet
                if (c.caseOf(p).equals("of") && "CONSULT".equals(type) && c.pos(p).equals("NNS")) {
                    Participants.addAll(actors, parts.of(p));
                }
            }
        }
        if (k.t().noun() && "CONSULT".equals(type)) Participants.addAll(actors, purposeParties(k));
        if (isPassive(k.i())) {
            int patient = first(c.childrenExact(k.i(), "nsubj:pass"));
            if (patient >= 0) others.addAll(recipients.ofObject(patient));
            for (int p : c.children(k.i(), "obl")) if (c.caseOf(p).equals("by")) Participants.addAll(actors, parts.of(p));
        }
        boolean visit = "042".equals(code);
        String place = null;
        List<Integer> places = List.of();
        if (visit && recipients.troops(subject)) return List.of(); // troops arriving are a deployment, not a visit
        int strayWith = -1;
        if (visit) {
            Participant dest = null;
            for (int p : destinations(k)) {
                for (var e : c.entitiesAt(p)) {
                    if ("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type())) dest = ctx.participant(e);
                    else if (ctx.isCountryName(e) || "COUNTRY".equals(e.type())) dest = ctx.participant(e);
                    else if ("LOCATION".equals(e.type())) {
                        dest = ctx.countryOf(e);
                        place = e.canonical();
                    }
                    if (dest != null) break;
                }
                // "visit the Chinese capital": the capital of the country its adjective names
                if (dest == null && c.lemma(p).equals("capital")) {
                    for (int m : c.children(p, "amod", "compound", "nmod:poss")) {
                        for (var e : c.entitiesAt(m)) if (dest == null) dest = ctx.countryOf(e);
                    }
                }
                if (dest != null) break;
            }
            if (dest == null) return List.of();
            others.add(dest);
        } else {
            for (int p : c.children(k.i(), "obj", "iobj")) Participants.addAll(others, recipients.ofObject(p));
            // "meeting X one-on-one": a name the parser hung as an open complement is the object all the same
            if (c.children(k.i(), "obj").isEmpty() && !k.t().noun()) {
                for (int p : c.childrenExact(k.i(), "xcomp")) if (c.pos(p).startsWith("NNP")) Participants.addAll(others, parts.of(p));
            }
            places = new ArrayList<>(recipients.obliques(k.i(), k.light(), others));
            places.addAll(recipients.objectPlaces(k.i()));
            // "met with X" that the parser hung elsewhere: the "with" right after the word still names X
            int next = k.i() + 1;
            if (next < c.size() && c.lower(next).equals("with") && c.rel(next).equals("case")
                    && c.head(c.head(next)) != k.i()) {
                Participants.addAll(others, parts.of(c.head(next)));
                strayWith = c.head(next);
            }
        }
        String topic = null;
        if (inner != null) {
            String refined = lex.wrapped(code, cameo.lookup(inner.t().cameo()).map(CameoTable.Entry::type).orElse(""));
            if (refined != null) code = refined;
            List<Participant> innerParts = new ArrayList<>();
            Participants.addAll(innerParts, parts.of(who.subjectOf(inner.light() >= 0 ? inner.light() : inner.i())));
            for (int p : c.children(inner.i(), "obj", "iobj", "obl", "nmod")) {
                // "as Washington prepares ...", hung on the inner verb by the parser: never a party to it
                if (c.relIs(p, "obl:tmod") || c.relIs(p, "nmod:poss") || c.caseOf(p).equals("as")) continue;
                if (!c.pos(p).startsWith("NN") && !c.pos(p).startsWith("PRP")) continue;
                Participants.addAll(innerParts, c.relIs(p, "obj") ? recipients.ofObject(p) : parts.of(p));
            }
            for (Participant p : innerParts) if (!Participants.contains(actors, p)) Participants.addAll(others, List.of(p));
        }
        if (k.t().wrap()) {
            topic = wrapTopic(k);
            // "demanded that the United States ease sanctions": the one asked is the subject of the clause
            for (int comp : grammar.complements(k)) {
                if (c.relIs(comp, "ccomp")) for (int s : c.childrenExact(comp, "nsubj")) Participants.addAll(others, parts.of(s));
            }
        }
        others.removeIf(p -> Participants.contains(actors, p));
        if (others.isEmpty() && k.t().wrap()) {
            Participant named = recipients.inComplement(grammar.complements(k), actors);
            if (named != null) others.add(named);
        }
        if (others.isEmpty() && !visit && !type.equals("CONSULT") && !type.equals("PROTEST")) {
            Participant where = recipients.where(places, actors);
            if (where != null) others.add(where);
        }
        // "was killed in a car bomb explosion": an attack, though no one is named as its author
        if (actors.isEmpty() && type.equals("ASSAULT") && (!others.isEmpty() || isPassive(k.i()))) {
            actors.add(recipients.unidentified(others, places));
        }
        if (!visit) recipients.domestic(type, actors, others, places);
        // a meeting reported by someone with "another meeting with X": the reporter is the other side
        if (type.equals("CONSULT") && !visit && actors.isEmpty() && k.t().noun()) {
            int rep = who.reporter(k.i());
            if (rep >= 0) Participants.addAll(actors, parts.of(rep));
        }
        if (actors.isEmpty() && !(type.equals("CONSULT") && others.size() >= 2)) return List.of();
        // a meeting needs two sides
        if (type.equals("CONSULT") && !visit && actors.size() + others.size() < 2) return List.of();
        String mode = entry.mode();
        boolean multi = c.children(k.i(), "amod", "compound").stream().anyMatch(m -> MULTI.contains(c.lower(m)));
        // a relative clause about the noun tells its own tense: "the conditions X laid out could not be accepted"
        EventStatus status = grammar.isGapRelative(k) ? modality.local(c, k.light()) : modality.status(c, k.i(), own);
        // CAMEO codes a stated intention as the statement: "will provide aid" is AGREE 033, "will impose sanctions"
        // THREATEN 131, "will not accept" REJECT; the act itself has not happened, and is not called occurred
        if (inner == null && !type.equals("CONSULT") && !k.t().wrap() && !EventStatus.OCCURRED.equals(status)
                && who.intentional(k.light() >= 0 ? k.light() : k.i())) {
            String root = COOPERATIVE.contains(type) ? (EventStatus.NEGATED.equals(status) ? "12" : "03")
                    : HOSTILE.contains(type) && !EventStatus.NEGATED.equals(status) ? "13" : null;
            if (root != null) {
                String refined = lex.wrapped(root + "0", type);
                code = refined != null ? refined : root + "0";
                type = cameo.lookup(code).map(CameoTable.Entry::type).orElse(type);
                topic = circ.phrase(k.i());
                status = EventStatus.OCCURRED;
                entry = cameo.lookup(code).orElse(entry);
            }
        }
        // "will not accept", "is not willing to withdraw": a refused intention is a rejection
        if (k.t().wrap() && code.startsWith("03") && EventStatus.NEGATED.equals(status)) {
            String refined = inner == null ? null
                    : lex.wrapped("120", cameo.lookup(inner.t().cameo()).map(CameoTable.Entry::type).orElse(""));
            code = refined != null ? refined : "120";
            entry = cameo.lookup(code).orElse(entry);
            type = entry.type();
            status = EventStatus.OCCURRED;
        }
        List<Draft> out = new ArrayList<>();
        boolean separate = c.children(k.i(), "amod").stream().anyMatch(m -> c.lower(m).equals("separate"));
        if (type.equals("CONSULT") && !visit && !"043".equals(code)) {
            boolean split = !multi && others.size() >= 2 && actors.size() == 1 && (separate || !k.t().noun())
                    && !(elaboratesGroupMeeting(actors, others) && !separate);
            if (split) {
                for (Participant o : others) out.add(draft(k, type, mode, code, actors, List.of(o), List.of(), status, place));
            } else {
                out.add(draft(k, type, multi ? "multilateral" : mode, code, actors, others, List.of(), status, place));
            }
        } else {
            out.add(draft(k, type, mode, code, actors, List.of(), others, status, place));
        }
        Set<Integer> anchors = anchors(k);
        Set<Integer> placeWords = new HashSet<>(scene(k, Map.of()));
        if (strayWith >= 0) placeWords.add(strayWith); // "met with X ... in New York" hung under X
        for (Draft d : out) {
            if (d.place == null) d.place = circ.place(placeWords);
            int journey = visit ? -1 : circ.journeyAbove(k.i(), lex);
            if (d.place == null && journey >= 0) d.place = circ.destinationOf(journey);
            if (journey >= 0) d.journey = journey;
            d.topic = topic != null ? topic : circ.topic(k.i(), anchors);
            d.outcome = circ.outcome(k.i(), anchors);
            if (d.actors.size() + d.recipients.size() >= 3 && "040".equals(d.cameo) && multi) d.mode = "multilateral";
        }
        return out;
    }

    private Draft draft(Cand k, String type, String mode, String code, List<Participant> actors,
                        List<Participant> coActors, List<Participant> recipients, EventStatus status, String place) {
        Draft d = new Draft();
        d.statement = k.t().wrap();
        d.type = type;
        d.mode = mode;
        d.cameo = code;
        Participants.addAll(d.actors, actors);
        Participants.addAll(d.actors, coActors);
        Participants.addAll(d.recipients, recipients);
        d.recipients.removeIf(p -> Participants.contains(d.actors, p));
        d.status = status;
        d.place = place;
        d.trigger = c.tokens.get(k.i()).word();
        d.distinct = c.marksAnotherOccurrence(k.i());
        d.sentence = c.sentence.index();
        List<Integer> span = ownSpan(k.light() >= 0 ? k.light() : k.i());
        d.start = c.tokens.get(span.get(0)).start();
        d.end = c.tokens.get(span.get(span.size() - 1)).end();
        d.confidence = (k.t().noun() ? 0.7 : 0.8) + (actors.isEmpty() ? -0.2 : 0);
        return d;
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
            boolean group = "multilateral".equals(d.mode) || d.everyone().size() >= 3 && "CONSULT".equals(d.type);
            if (group && Participants.sameSet(d.everyone(), all)) return true;
        }
        return false;
    }

    /** Where a visit goes: the oblique of its preposition ("left for X", "flew to X") or its object ("visited X"). */
    private List<Integer> destinations(Cand k) {
        List<Integer> out = new ArrayList<>();
        for (int p : c.children(k.i(), "obl", "nmod")) {
            if (VISIT_PREPS.contains(c.caseOf(p)) && (k.t().preps().isEmpty() || k.t().preps().contains(c.caseOf(p)))) out.add(p);
        }
        out.addAll(c.children(k.i(), "obj"));
        return out;
    }

    private String wrapTopic(Cand w) {
        for (int comp : grammar.complements(w)) {
            String t = circ.phrase(comp);
            if (t != null) return t;
        }
        return null;
    }

    private boolean isPassive(int v) { return !c.childrenExact(v, "nsubj:pass").isEmpty(); }

    private static int first(List<Integer> xs) { return xs.isEmpty() ? -1 : xs.get(0); }
}
