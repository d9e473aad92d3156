package org.dateline.store.geo;

import java.util.List;

/** The words of {@code place-suffixes.txt} ("City"), as {@link Suffix}es. */
final class Suffixes {
    private Suffixes() {}

    static List<Suffix> read(String resource) {
        return TableLines.of(resource).stream().map(PlaceKey::of).filter(k -> !k.isEmpty()).map(Suffix::new).toList();
    }
}
