package org.dateline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dateline.model.Annotated;

/** What one run gave, in an order that does not depend on partitioning: articles by id then source. */
record RunResult(List<Annotated> annotated, Set<String> errorSources) {
    RunResult {
        List<Annotated> sorted = new ArrayList<>(annotated);
        sorted.sort(Comparator.comparing((Annotated a) -> a.article().id())
                .thenComparing(a -> a.article().source()));
        annotated = List.copyOf(sorted);
        errorSources = new TreeSet<>(errorSources);
    }
}
