package org.dateline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PushIteratorTest {

    @Test
    void deliversEverythingInOrderThroughASmallQueue() {
        PushIterator<Integer> it = new PushIterator<>("t", 2, sink -> {
            for (int i = 0; i < 1000; i++) sink.accept(i);
        });
        List<Integer> got = new ArrayList<>();
        it.forEachRemaining(got::add);
        assertThat(got).hasSize(1000).startsWith(0, 1, 2).endsWith(998, 999);
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void producerFailureReachesTheConsumerAfterWhatCameBefore() {
        PushIterator<String> it = new PushIterator<>("t", 4, sink -> {
            sink.accept("first");
            throw new IllegalArgumentException("disk gone");
        });
        assertThat(it.next()).isEqualTo("first");
        assertThatThrownBy(it::hasNext).hasMessageContaining("disk gone");
    }

    @Test
    void closingReleasesAProducerBlockedOnAFullQueue() throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        PushIterator<Integer> it = new PushIterator<>("t", 1, sink -> {
            try {
                for (int i = 0; i < 1_000_000; i++) sink.accept(i);
            } finally {
                finished.countDown();
            }
        });
        assertThat(it.next()).isZero();
        it.close();
        assertThat(finished.await(5, TimeUnit.SECONDS)).as("producer stopped").isTrue();
    }
}
