package org.dateline.core.source;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared the way the house rules say: system property, then ../shared, then ../../shared. */
final class SharedData {
    private SharedData() {}

    /** The file under the shared folder, or null when the folder or the file is absent. */
    static Path find(String relative) {
        String property = System.getProperty("dateline.shared");
        for (String base : new String[] {property, "../shared", "../../shared"}) {
            if (base == null) continue;
            Path p = Path.of(base).resolve(relative);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }
}
