package org.dateline.core.event;

/** A confirmed trigger: its word, its vocabulary entry, its light verb (or -1), as local token indices. */
record Cand(int i, Trigger t, int light) {}
