package org.dateline.store.geo;

/** A word that may follow a town's name and still name the town, as a {@link PlaceKey} ("city"). */
record Suffix(String key) {
    /** {@code placeKey} without this word at its end; unchanged when it does not end so, or is nothing else. */
    String strip(String placeKey) {
        return placeKey.endsWith(key) && placeKey.length() > key.length()
                ? placeKey.substring(0, placeKey.length() - key.length()) : placeKey;
    }
}
