package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/** An event while the coder fills it in; becomes an {@link Event} at the end of the article. */
final class Draft {
    EventType type;
    String mode;
    String cameo;
    final List<Participant> actors = new ArrayList<>();
    final List<Participant> recipients = new ArrayList<>();
    String date;
    DateModifier dateMod;
    boolean dateFromClause;
    String place;
    EventStatus status = EventStatus.OCCURRED;
    String topic;
    String outcome;
    String trigger;
    int sentence;
    int start;
    int end;
    double confidence;
    /**
     * The text marks it as a new occurrence ("another round of talks"), or a rule knows it for an act of its own (each
     * paper's article, each speaker's block): never merged into an earlier mention. A reporting clause of a statement
     * already told ("..., it noted") is not one (CODING.md question 130).
     */
    boolean distinct;
    /** One of the meetings of one person the text tells as held apart ("separate talks with X and Y"). */
    boolean separately;
    /** A hosting still waiting for its guests, named by the next sentence ("Present there were X"). */
    boolean guestsAfter;
    /** Local index of the travel verb whose purpose this event is ("flew to X to meet Y"), or -1. */
    int journey = -1;
    /** The clause places it in a past it gives no date for ("in the new century"): left undated, not the article's day. */
    boolean undatedPast;
    /**
     * Told as background, not as news (CODING.md section 7, question 126): an act in a "when" clause of the past with
     * no date of its own, acts told as done again and again, the act an anniversary is of, an undated act of an
     * essay's narrated age. Such a draft dates and carries the story's past like any other, but it is no event: the
     * coder leaves it out before mentions are merged ({@link EventCoder}). Why each is background: {@link Background}.
     */
    Background background;
    /** Placed in an age that is over by a cue of its own ("during the war"): a past the next sentences may go on telling. */
    boolean pastAge;
    /** A stated intention, request or refusal: undated, it is dated by the saying that reports it. */
    boolean statement;
    /** A greeting given to someone ("gave a warm welcome to X"): a part of X's visit when the article tells one ({@link VisitParts}). */
    boolean greeting;
    /** Who the text says told of it ("X said", "according to X"), or null. */
    Participant reportedBy;
    /**
     * A proposer's speech act that no one is said to say (no "X said", no "according to"): the text's own words, which
     * in a paper's commentary are the paper's ({@link VoicedProposals}).
     */
    boolean ownVoice;
    /** The stage that made it: the rules, or the learned proposer ({@link Event#PROPOSER}). */
    String origin = Event.RULES;

    /**
     * A draft of the event the word at local index {@code token} of the clause tells: its type and CAMEO code, and
     * that word as trigger, with its sentence and character span. The caller adds who took part, how sure the coder
     * is, and a wider span when the trigger is a phrase.
     */
    static Draft at(Clause c, int token, EventType type, String cameo) {
        Draft d = new Draft();
        d.type = type;
        d.cameo = cameo;
        d.trigger = c.tokens.get(token).word();
        d.sentence = c.sentence.index();
        d.start = c.tokens.get(token).start();
        d.end = c.tokens.get(token).end();
        return d;
    }

    /** Everyone taking part, actors first, without repeats. */
    List<Participant> everyone() {
        List<Participant> out = new ArrayList<>(actors);
        for (Participant p : recipients) if (!Participants.contains(out, p)) out.add(p);
        return out;
    }

    Event toEvent(String id) {
        return new Event(id, type, mode, cameo, actors, recipients, date, dateMod, place, status, topic, start, end,
                Math.round(confidence * 100) / 100.0, outcome, trigger, sentence, reportedBy, origin);
    }
}
