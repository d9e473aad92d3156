package org.dateline.model;

/**
 * What a name mention is: the three kinds CoreNLP's NER gives ({@link #PERSON}, {@link #ORGANIZATION},
 * {@link #LOCATION}) and those the gazetteer and the language layer refine them to: a {@link #COUNTRY} (a state,
 * or a capital standing for one), a {@link #NATIONALITY} ("South Korean"), a {@link #GROUP} named by a common noun
 * ("protesters") and a {@link #PRONOUN} resolved to a person. An actor profile takes the same types.
 */
public enum EntityType implements Spelled {
    PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, GROUP, PRONOUN;

    /** The annotate JSON and the store write the constant's name: "PERSON". */
    @Override public String spelling() { return name(); }

    /** The type spelled {@code text} ("PERSON", ...); null for null; IllegalArgumentException for another word. */
    public static EntityType parse(String text) { return Spelled.parse(EntityType.class, text); }
}
