package org.dateline.core.source;

import java.util.function.Consumer;

/**
 * A source that could not even be opened (a missing file, a glob matching nothing, a bad URL). Why a source and
 * not an exception from {@link Sources#open}: the batch goes on and the error is reported in order with the rest.
 */
public record FailedSource(String name, String reason) implements DocumentSource {
    @Override public void read(Consumer<SourceItem> sink) {
        sink.accept(new SourceError(name, reason));
    }
}
