package org.dateline.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The project's own example stories ({@code examples/}) and what a reader agrees on in them ({@code .expected.json}). */
public final class Examples {
    private Examples() {}

    /** The examples folder; the project ships it, so tests on it always run. */
    public static Path dir() {
        for (String c : new String[] {"examples", "../examples", "../../examples"}) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isRegularFile(p.resolve(".expected.json"))) return p;
        }
        throw new IllegalStateException("examples/ not found from " + Path.of("").toAbsolutePath());
    }

    public static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(dir().resolve(".expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
