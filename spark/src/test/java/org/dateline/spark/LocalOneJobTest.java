package org.dateline.spark;

/** The job on one core: one task at a time, the whole flow through the shuffle. */
class LocalOneJobTest extends JobEquivalenceContract {
    @Override String master() { return "local[1]"; }
}
