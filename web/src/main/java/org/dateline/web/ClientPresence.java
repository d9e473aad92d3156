package org.dateline.web;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

import io.javalin.http.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Whether the client of a request is still there, so a long computation for a client that hung up can stop.
 *
 * <p>Jetty 11 does not read a connection while its request is being handled, so it only learns of a hang-up when it
 * writes the answer. This looks instead: a GET has no body and browsers do not pipeline, so a connection that turns
 * readable while its GET is handled has been closed by the client (or carries a pipelined request, whose search is
 * then cancelled too: rare, and harmless). The look registers the socket with a private selector, which reads no
 * byte, and happens at most every {@value #LOOK_EVERY_MS} ms, however often it is asked.
 */
final class ClientPresence implements BooleanSupplier, AutoCloseable {
    private static final long LOOK_EVERY_MS = 200;

    private final SocketChannel channel;
    private Selector selector;
    private long nextLook;
    private boolean gone;

    private ClientPresence(SocketChannel channel) {
        this.channel = channel;
    }

    /** The presence of {@code ctx}'s client; one that cannot be looked at (not a plain socket) counts as present. */
    static ClientPresence of(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        EndPoint endPoint = base == null ? null : base.getHttpChannel().getEndPoint();
        return new ClientPresence(endPoint instanceof SocketChannelEndPoint s ? s.getChannel() : null);
    }

    /** True once the client is known to have closed its connection. */
    @Override public synchronized boolean getAsBoolean() {
        if (gone || channel == null) return gone;
        long now = System.nanoTime() / 1_000_000;
        if (now < nextLook) return false;
        nextLook = now + LOOK_EVERY_MS;
        try {
            if (selector == null) {
                selector = Selector.open();
                channel.register(selector, SelectionKey.OP_READ);
            }
            gone = !channel.isOpen() || selector.selectNow() > 0;
        } catch (IOException | RuntimeException e) {
            gone = !channel.isOpen();
        }
        return gone;
    }

    @Override public synchronized void close() {
        if (selector == null) return;
        try {
            selector.close();       // deregisters the socket from this selector only; Jetty's keeps it
        } catch (IOException ignored) {
            // nothing was read, nothing is lost
        }
    }
}
