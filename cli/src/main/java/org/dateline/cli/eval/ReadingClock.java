package org.dateline.cli.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time the current thread has used, for timing the reader on a shared machine: wall time there
 * also counts the turns of every other job on the same cores, so that the same code reads at a third of its speed
 * when two other builds run. Zero throughout where the virtual machine does not measure thread time.
 */
final class ReadingClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported();

    private ReadingClock() {}

    /** Nanoseconds of processor time used by the current thread so far (0 when not measured). */
    static long cpuNanos() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
