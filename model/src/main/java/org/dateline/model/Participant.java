package org.dateline.model;

/** An actor or recipient of an event, coded country + sector. */
public record Participant(String name, String country, String sector) {}
