package org.dateline.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value of a closed vocabulary with one written form: the word the annotate JSON, the store's columns and the Parquet
 * tables use for it. Each vocabulary is an enum whose constants name their spelling once, with a static
 * {@code parse(String)} that reads it back.
 */
public interface Spelled {
    /** The form written in JSON, database columns and tables, e.g. {@code "occurred"}, {@code "realized_by"}. */
    String spelling();

    /** The spelling of a value that may be absent: null for null. */
    static String of(Spelled value) {
        return value == null ? null : value.spelling();
    }

    /** Every spelling of a vocabulary, in the order its constants are declared: for help texts and input checks. */
    static <E extends Enum<E> & Spelled> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Spelled::spelling).toList();
    }

    /** The constant of {@code type} spelled {@code text}; null for null; an IllegalArgumentException naming the choices else. */
    static <E extends Enum<E> & Spelled> E parse(Class<E> type, String text) {
        if (text == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.spelling().equals(text)) return e;
        }
        StringBuilder choices = new StringBuilder();
        for (E e : type.getEnumConstants()) choices.append(choices.length() == 0 ? "" : ", ").append(e.spelling());
        throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName() + " (one of " + choices + ")");
    }
}
