package org.dateline.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/** Finds ../shared (the project's real development data) for tests, which skip cleanly when it is absent. */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> find() {
        String prop = System.getProperty("dateline.shared");
        for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
            if (candidate == null) continue;
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("seeds"))) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The shared folder, or the test is skipped. */
    public static Path require() {
        Optional<Path> p = find();
        Assumptions.assumeTrue(p.isPresent(), "../shared is absent: skipping a test on the project's real data");
        return p.get();
    }
}
