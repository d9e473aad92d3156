package org.dateline.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.core.source.UnreadableDocumentException;
import org.dateline.core.source.DocumentSource;
import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.dateline.core.source.Sources;

/** The reference: core's sources and pipeline run in this JVM, one document after the other, as the CLI runs them. */
final class Embedded {
    private Embedded() {}

    /** Results by input, shared by the test classes of this JVM: the embedded result does not depend on a master. */
    private static final Map<List<String>, RunResult> CACHE = new ConcurrentHashMap<>();

    static RunResult cached(List<String> specs) {
        return CACHE.computeIfAbsent(List.copyOf(specs), Embedded::run);
    }

    static RunResult run(List<String> specs) {
        List<Annotated> annotated = new ArrayList<>();
        Set<String> errors = new HashSet<>();
        for (DocumentSource source : Sources.open(specs, InputStream.nullInputStream())) {
            source.read(item -> {
                if (item instanceof SourceError e) {
                    errors.add(e.source());
                    return;
                }
                try {
                    annotated.add(PipelineHolder.pipeline().annotate((RawDocument) item));
                } catch (UnreadableDocumentException e) {
                    errors.add(item.source());
                }
            });
        }
        return new RunResult(annotated, errors);
    }
}
