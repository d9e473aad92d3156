package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsOptionsAndKeepsInputsInOrder() {
        JobOptions o = JobOptions.parse("a.warc.gz", "--out", "/tmp/out", "dumps/*.jsonl", "--partitions", "8",
                "--overwrite", "pages/");
        assertThat(o.inputs()).containsExactly("a.warc.gz", "dumps/*.jsonl", "pages/");
        assertThat(o.output()).isEqualTo("/tmp/out");
        assertThat(o.partitions()).isEqualTo(8);
        assertThat(o.overwrite()).isTrue();
    }

    @Test
    void defaultsToSparkParallelismAndNoOverwrite() {
        JobOptions o = JobOptions.parse("--out", "o", "x.jsonl");
        assertThat(o.partitions()).isZero();
        assertThat(o.overwrite()).isFalse();
    }

    @Test
    void refusesWhatCannotRun() {
        assertThatThrownBy(() -> JobOptions.parse("x.jsonl")).hasMessageContaining("--out");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o")).hasMessageContaining("no input");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o", "--partitions", "many", "x"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o", "x", "--partitions"))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> new JobOptions(List.of("x"), "o", -1, false)).hasMessageContaining("0 or more");
    }
}
