package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Answers about markup names, remembered, on invented names. */
class NameMemoTest {
    @Test
    void aNameIsAskedOnceAndItsAnswerRemembered() {
        AtomicInteger asked = new AtomicInteger();
        NameMemo<Boolean> memo = new NameMemo<>(n -> { asked.incrementAndGet(); return n.contains("share"); });
        assertThat(memo.test("share-bar")).isTrue();
        assertThat(memo.test("share-bar")).isTrue();
        assertThat(memo.test("story-body")).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void noNameAndTheEmptyNameGetTheEmptyNamesAnswerAskedOnce() {
        AtomicInteger asked = new AtomicInteger();
        NameMemo<Integer> memo = new NameMemo<>(n -> { asked.incrementAndGet(); return n.length() + 7; });
        assertThat(memo.get("")).isEqualTo(7);
        assertThat(memo.get(null)).isEqualTo(7);
        assertThat(memo.get("")).isEqualTo(7);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aNameInUseOutlivesTheTurnOfAGenerationAndAnUnusedOneIsAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        NameMemo<Boolean> memo = new NameMemo<>(n -> { asked.incrementAndGet(); return n.startsWith("nav"); }, 2);
        memo.test("nav-main");
        memo.test("story");
        memo.test("byline");          // the first generation is full: it turns old
        memo.test("nav-main");        // found in the old generation, carried into the young one
        assertThat(asked).hasValue(3);
        memo.test("footer");          // the young generation is full again: "story" goes with the oldest
        assertThat(memo.test("nav-main")).isTrue();
        assertThat(asked).hasValue(4);
        memo.test("story");
        assertThat(asked).hasValue(5);
    }
}
