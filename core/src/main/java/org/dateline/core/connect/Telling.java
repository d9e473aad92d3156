package org.dateline.core.connect;

/**
 * How a report's clause tells what happened, read by {@link Tellings}. Only reports told the same way can be one
 * story event: a sentence about several visits is no report of one of them, and a sentence about what a party "is
 * demonstrating" is about no occasion at all.
 */
enum Telling {
    /** One happening: "troops raided a camp on Monday", "the leader's visit to the capital". */
    OCCASION,
    /**
     * A state, a habit or what ought to be, with no date: "the party is demonstrating its might", "troops keep raiding";
     * or what someone is, dated or not: "he was a close friend of the people".
     */
    HABIT,
    /** Several occasions counted together: "visited the country four times", "twice last year". */
    SEVERAL,
    /**
     * Occasions summed up without a count: "visited the country several times", "on many occasions", "repeatedly
     * staged drills", "destroyed in the bombing of the war (1950-1953)". No single happening, nor a set another
     * report could name again.
     */
    UNCOUNTED
}
