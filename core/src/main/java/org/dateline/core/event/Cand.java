package org.dateline.core.event;

import java.util.List;

/** A confirmed trigger: its word, its vocabulary entry, its light verb (or -1), as local token indices. */
record Cand(int i, Trigger t, int light) {
    /** The trigger word and its light verb when it has one ("launched" of "launched an offensive"). */
    List<Integer> words() { return light >= 0 ? List.of(i, light) : List.of(i); }
}
