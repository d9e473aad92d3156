package org.dateline.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.model.DateCandidate;

/** Date candidates as a JSON array in one column: they are only ever read back whole, never queried one by one. */
final class DateCandidatesJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<DateCandidate>> LIST = new TypeReference<>() {};

    private DateCandidatesJson() {}

    static String write(List<DateCandidate> candidates) {
        try {
            return JSON.writeValueAsString(candidates);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("date candidates are plain strings and always serialise", e);
        }
    }

    static List<DateCandidate> read(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored date candidates are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
