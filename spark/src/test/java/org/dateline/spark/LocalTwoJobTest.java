package org.dateline.spark;

/** The job on two cores: two tasks share this JVM's one pipeline at once. */
class LocalTwoJobTest extends JobEquivalenceContract {
    @Override String master() { return "local[2]"; }
}
