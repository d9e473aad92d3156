package org.dateline.model;

/**
 * A mention of a person, organisation, place or group in an article body.
 *
 * @param text      the words as written
 * @param type      PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, ...
 * @param start     offset into the body (inclusive)
 * @param end       offset into the body (exclusive)
 * @param canonical the full name this mention refers to ("Lee" -> "Lee Do-hoon", "Pyongyang" -> "North Korea")
 * @param country   ISO 3166 alpha-3 code of the state it belongs to or acts for, or IGO; null when unknown
 * @param sector    PLOVER sector: GOV, MIL, IGO, ...; null when unknown
 * @param role      the role phrase attached to a person, whole ("special representative for ... affairs",
 *                  "U.S. President"); for a short name or pronoun, the role of the person it refers to; else null
 * @param sentence  0-based index of the sentence the mention is in, or -1 when unknown
 */
public record Entity(String text, EntityType type, int start, int end, String canonical, String country, String sector,
                     String role, int sentence) {
    /** The same mention, taken to belong to (or act for) another state. */
    public Entity withCountry(String country) {
        return new Entity(text, type, start, end, canonical, country, sector, role, sentence);
    }
}
