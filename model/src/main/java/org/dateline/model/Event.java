package org.dateline.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when, where, with what status, and the span it came from.
 *
 * @param id         stable within the article
 * @param type       PLOVER category (CONSULT, AGREE, REQUEST, ...), or null when not coded
 * @param mode       PLOVER mode (visit, multilateral, phone, ...) or null
 * @param cameo      the CAMEO code a CAMEO user expects ("040", "042", "036")
 * @param actors     who acts
 * @param recipients to whom
 * @param date       TimeML value of the governing time expression, or the publication date with lower precision
 * @param dateMod    EARLY / MID / LATE / APPROX or null; ON_OR_BEFORE / ON_OR_AFTER when the date is the
 *                   publication date because the clause gives none
 * @param place      where, as a canonical place name, or null
 * @param status     whether it happened, is planned, possible or negated
 * @param topic      what it was about, when stated
 * @param start      body offset where the source span starts
 * @param end        body offset where it ends
 * @param confidence 0..1
 * @param outcome    how it ended when the text says so ("no agreement"), or null
 * @param trigger    the word that signalled the event, as written ("met", "talks", "demand")
 * @param sentence   0-based index of the sentence the event was coded from, or -1
 * @param reportedBy who the text says told of the event, when it is told in reported speech ("X said Y had attacked
 *                   Z", "according to X", "..., officials said"), or null: the claim's owner, kept apart from the
 *                   participants (CAMEO's "source" is the actor, hence not that name)
 * @param origin     which stage of the coder made the event: {@value #RULES} (its rules read the words) or
 *                   {@value #PROPOSER} (the learned proposer guessed it from the sentence as a whole); never null
 */
public record Event(String id, EventType type, String mode, String cameo, List<Participant> actors,
                    List<Participant> recipients, String date, DateModifier dateMod, String place, EventStatus status,
                    String topic, int start, int end, double confidence, String outcome, String trigger,
                    int sentence, Participant reportedBy, String origin) {
    /** The origin of an event the coder's rules read. */
    public static final String RULES = "rules";
    /** The origin of an event the learned proposer guessed. */
    public static final String PROPOSER = "proposer";

    public Event {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        if (origin == null) origin = RULES; // every event before the field was the rules'
    }

    /** An event of the rules (stores and bundles written before the origin field keep reading this way). */
    public Event(String id, EventType type, String mode, String cameo, List<Participant> actors,
                 List<Participant> recipients, String date, DateModifier dateMod, String place, EventStatus status,
                 String topic, int start, int end, double confidence, String outcome, String trigger,
                 int sentence, Participant reportedBy) {
        this(id, type, mode, cameo, actors, recipients, date, dateMod, place, status, topic, start, end, confidence,
                outcome, trigger, sentence, reportedBy, RULES);
    }

    /** A rules' event nobody is said to report (stores and bundles written before the field keep reading this way). */
    public Event(String id, EventType type, String mode, String cameo, List<Participant> actors,
                 List<Participant> recipients, String date, DateModifier dateMod, String place, EventStatus status,
                 String topic, int start, int end, double confidence, String outcome, String trigger, int sentence) {
        this(id, type, mode, cameo, actors, recipients, date, dateMod, place, status, topic, start, end, confidence,
                outcome, trigger, sentence, null);
    }

    /** A builder with every field of this event, to change some: {@code e.toBuilder().date(v).build()}. */
    public Builder toBuilder() {
        return new Builder().id(id).type(type).mode(mode).cameo(cameo).actors(actors).recipients(recipients)
                .date(date).dateMod(dateMod).place(place).status(status).topic(topic).span(start, end)
                .confidence(confidence).outcome(outcome).trigger(trigger).sentence(sentence).reportedBy(reportedBy).origin(origin);
    }

    /** A builder for a new event: no participants, no sentence (-1), every other field null or zero until set. */
    public static Builder builder() { return new Builder(); }

    /** Builds an {@link Event} one named field at a time, so that no caller re-lists all seventeen. */
    public static final class Builder {
        private String id, mode, cameo, date, place, topic, outcome, trigger;
        private EventType type;
        private DateModifier dateMod;
        private EventStatus status;
        private List<Participant> actors = List.of(), recipients = List.of();
        private int start, end, sentence = -1;
        private double confidence;
        private Participant reportedBy;
        private String origin = RULES;

        private Builder() {}

        public Builder id(String v) { id = v; return this; }
        public Builder type(EventType v) { type = v; return this; }
        public Builder mode(String v) { mode = v; return this; }
        public Builder cameo(String v) { cameo = v; return this; }
        public Builder actors(List<Participant> v) { actors = v; return this; }
        public Builder recipients(List<Participant> v) { recipients = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder dateMod(DateModifier v) { dateMod = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder status(EventStatus v) { status = v; return this; }
        public Builder topic(String v) { topic = v; return this; }
        /** The body offsets of the source span: {@code start} inclusive, {@code end} exclusive. */
        public Builder span(int start, int end) { this.start = start; this.end = end; return this; }
        public Builder confidence(double v) { confidence = v; return this; }
        public Builder outcome(String v) { outcome = v; return this; }
        public Builder trigger(String v) { trigger = v; return this; }
        public Builder sentence(int v) { sentence = v; return this; }
        public Builder reportedBy(Participant v) { reportedBy = v; return this; }
        public Builder origin(String v) { origin = v; return this; }

        public Event build() {
            return new Event(id, type, mode, cameo, actors, recipients, date, dateMod, place, status, topic, start, end,
                    confidence, outcome, trigger, sentence, reportedBy, origin);
        }
    }
}
