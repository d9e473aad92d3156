package org.dateline.spark;

import org.dateline.core.Pipeline;

/**
 * The one {@link Pipeline} of this JVM. Why static and lazy: an executor runs many tasks, often at once, and the
 * CoreNLP models behind the pipeline take about 1 GB and ten seconds to load; a field of a serialized function
 * would be shipped (and rebuilt) per task, so the models live here, built on first use by whichever task comes
 * first and shared by every later task and thread of the executor. {@link Pipeline} is thread-safe once built.
 */
final class PipelineHolder {
    private PipelineHolder() {}

    private static final class Lazy {
        static final Pipeline PIPELINE = new Pipeline();
    }

    static Pipeline pipeline() {
        return Lazy.PIPELINE;
    }
}
