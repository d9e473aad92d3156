package org.dateline.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a push-style producer (core's {@code DocumentSource.read(sink)}) into the pull-style {@link Iterator} that
 * Spark's {@code flatMap} wants, through a small bounded queue. Why not collect into a list: one WARC file can hold
 * gigabytes of pages, and a task must hold only a few of them at once. The producer runs on a daemon thread and
 * gives up when {@link #close()} is called (the task ended early) instead of blocking forever on a full queue.
 */
final class PushIterator<T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private volatile boolean closed;
    private volatile Throwable failure;
    private Object next;

    PushIterator(String name, int capacity, Consumer<Consumer<T>> produce) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.producer = new Thread(() -> {
            try {
                produce.accept(this::put);
            } catch (Cancelled c) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            put(END);
        }, "dateline-read-" + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                if (closed) throw new Cancelled();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    @Override public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading " + producer.getName(), e);
            }
        }
        if (next == END) {
            if (failure != null) throw new IllegalStateException("reading failed: " + failure, failure);
            return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    @Override public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T item = (T) next;
        next = null;
        return item;
    }

    @Override public void close() {
        closed = true;
        queue.clear();
    }

    /** Unwinds the producer when the consumer has gone. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }
}
