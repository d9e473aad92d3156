package org.dateline.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when, where, with what status, and the span it came from.
 *
 * @param id         stable within the article
 * @param type       PLOVER category (CONSULT, AGREE, REQUEST, ...)
 * @param mode       PLOVER mode (visit, multilateral, phone, ...) or null
 * @param cameo      the CAMEO code a CAMEO user expects ("040", "042", "036")
 * @param actors     who acts
 * @param recipients to whom
 * @param date       TimeML value of the governing time expression, or the publication date with lower precision
 * @param dateMod    EARLY / MID / LATE / APPROX or null; ON_OR_BEFORE / ON_OR_AFTER when the date is the
 *                   publication date because the clause gives none
 * @param place      where, as a canonical place name, or null
 * @param status     occurred | planned | possible | negated
 * @param topic      what it was about, when stated
 * @param start      body offset where the source span starts
 * @param end        body offset where it ends
 * @param confidence 0..1
 * @param outcome    how it ended when the text says so ("no agreement"), or null
 * @param trigger    the word that signalled the event, as written ("met", "talks", "demand")
 * @param sentence   0-based index of the sentence the event was coded from, or -1
 */
public record Event(String id, String type, String mode, String cameo, List<Participant> actors,
                    List<Participant> recipients, String date, String dateMod, String place, String status,
                    String topic, int start, int end, double confidence, String outcome, String trigger,
                    int sentence) {
    public Event {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    /** An event without outcome, trigger or sentence (the original fourteen fields). */
    public Event(String id, String type, String mode, String cameo, List<Participant> actors,
                 List<Participant> recipients, String date, String dateMod, String place, String status,
                 String topic, int start, int end, double confidence) {
        this(id, type, mode, cameo, actors, recipients, date, dateMod, place, status, topic, start, end, confidence,
                null, null, -1);
    }

    public static final String OCCURRED = "occurred";
    public static final String PLANNED = "planned";
    public static final String POSSIBLE = "possible";
    public static final String NEGATED = "negated";
}
