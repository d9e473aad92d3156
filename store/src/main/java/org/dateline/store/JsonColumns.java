package org.dateline.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.Participant;

/**
 * Small lists kept as JSON in one column (event participants of an article, a thread's article ids): they are
 * only ever read back whole with their row, so a child table would cost joins and buy nothing.
 */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<Participant>> PARTICIPANTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private JsonColumns() {}

    static String write(List<?> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }

    static List<Participant> participants(String json) {
        return read(json, PARTICIPANTS);
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
