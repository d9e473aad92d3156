package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The draft stage of {@link ClauseCoder}: turns one coded event (its parties, code and status decided) into the
 * drafts the article keeps, and gives them place, journey, topic and outcome. Kept apart from the coder because
 * it is the one stage that looks outside the event: at the events the article already holds (a meeting that
 * tells more of a group meeting is not a new one) and at the clause's other events (whose words stop a span).
 */
final class DraftBuilder {
    /** Words that tell one person's meetings with several as held apart ("met X and, separately, Y"). */
    private static final Set<String> SEPARATELY = EventWords.get("separate-meeting-words");
    private final Clause c;
    private final ArticleContext ctx;
    private final TriggerLexicon lex;
    private final Circumstances circ;
    private final Subjects who;
    private final ParticipantFinder parts;
    /** The words of every event of the clause coded on its own, filled by the coder before any draft is built. */
    private final Set<Integer> eventWords;

    DraftBuilder(Clause c, ArticleContext ctx, TriggerLexicon lex, Circumstances circ, Subjects who,
                 ParticipantFinder parts, Set<Integer> eventWords) {
        this.c = c;
        this.ctx = ctx;
        this.lex = lex;
        this.circ = circ;
        this.who = who;
        this.parts = parts;
        this.eventWords = eventWords;
    }

    /**
     * One draft, or for one person meeting several separately ("met X and, separately, Y") one per meeting, or for a
     * visit by parties of several states one per party.
     */
    List<Draft> drafts(Coding e) {
        Cand k = e.k;
        List<Draft> out = new ArrayList<>();
        boolean separate = c.children(k.i(), "amod").stream().anyMatch(m -> c.lower(m).equals("separate"));
        if (e.type == EventType.CONSULT && !e.visit && !CameoCodes.HOST_VISIT.equals(e.code)) {
            boolean split = !e.multi && e.others.size() >= 2 && e.actors.size() == 1 && (separate || !k.t().noun())
                    && !(elaboratesGroupMeeting(e.actors, e.others) && !separate);
            if (split) {
                // "held separate talks with X and Y", "met X and, separately, Y": meetings the text tells apart
                boolean apart = separate || c.tokens.stream().anyMatch(t -> SEPARATELY.contains(t.word().toLowerCase(Locale.ROOT)));
                for (Participant o : e.others) {
                    Draft d = draft(e, e.mode, List.of(o), List.of());
                    d.separately = apart;
                    out.add(d);
                }
            } else {
                out.add(draft(e, e.multi ? "multilateral" : e.mode, e.others, List.of()));
            }
        } else {
            // "delegations of A, B and C arrived here": one trip per visiting party (SeparateVisitors); "messages
            // from A, B and C": one act per party (DistributedActs)
            List<List<Participant>> parties = e.visit ? (purposeOfTravel(k) ? List.of() : SeparateVisitors.parties(e.actors, e.others))
                    : DistributedActs.parties(c, e);
            if (parties.size() < 2) {
                out.add(draft(e, e.mode, List.of(), e.others));
            } else {
                for (List<Participant> party : parties) {
                    Draft d = draft(e, e.mode, party, List.of(), e.others);
                    d.distinct = true; // the parties' trips or acts are separate happenings, never one event told twice
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * Place (of the event's scene words, or the destination of a journey it is part of), topic, outcome, and the
     * multilateral mode of a meeting of three or more, for each draft of one event.
     */
    void placeAndCircumstances(Coding e, List<Draft> out, Set<Integer> scene) {
        Cand k = e.k;
        Set<Integer> anchors = ClauseCoder.anchors(k);
        Set<Integer> placeWords = new HashSet<>(scene);
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
        return draft(e, mode, e.actors, coActors, recipients);
    }

    private Draft draft(Coding e, String mode, List<Participant> actors, List<Participant> coActors, List<Participant> recipients) {
        Cand k = e.k;
        Draft d = Draft.at(c, k.i(), e.type, e.code);
        d.statement = k.t().wrap();
        d.mode = mode;
        Participants.addAll(d.actors, actors);
        Participants.addAll(d.actors, coActors);
        Participants.addAll(d.recipients, recipients);
        d.recipients.removeIf(p -> Participants.contains(d.actors, p));
        d.status = e.status;
        d.place = e.place;
        // (s51, CODING.md question 130) a statement told in several reporting clauses ("..., it noted", "..., it
        // stressed") is one act per type and speaker: only a text that marks another occurrence keeps a mention apart
        d.distinct = c.marksAnotherOccurrence(k.i());
        d.guestsAfter = e.guestsAfter;
        d.reportedBy = speaker(k);
        List<Integer> span = ownSpan(k.light() >= 0 ? k.light() : k.i());
        d.start = c.tokens.get(span.get(0)).start();
        d.end = c.tokens.get(span.get(span.size() - 1)).end();
        d.confidence = (k.t().noun() ? 0.7 : 0.8) + (actors.isEmpty() ? -0.2 : 0);
        return d;
    }

    /**
     * "arrived here to attend the congress": an infinitive of purpose tells what the trip is for, and the trip already
     * has one event per party; its own event stays one.
     */
    private boolean purposeOfTravel(Cand k) {
        return !k.t().noun() && c.relIs(k.i(), "xcomp", "advcl")
                && c.children(k.i(), "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
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
