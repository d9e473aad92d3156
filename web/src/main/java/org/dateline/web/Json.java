package org.dateline.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.dateline.model.Spelled;

/**
 * The API's JSON conventions: snake_case keys like the {@code annotate} contract, nulls kept so fields are stable, and
 * a closed vocabulary (status, link relation) written in its one spelling ("realized_by"), not as a Java constant name.
 */
final class Json {
    private Json() {}

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(new SimpleModule("spellings").addSerializer(Spelled.class, new SpellingSerializer()));
    }

    private static final class SpellingSerializer extends StdSerializer<Spelled> {
        SpellingSerializer() { super(Spelled.class); }

        @Override public void serialize(Spelled value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.spelling());
        }
    }
}
