package org.dateline.web;

import org.dateline.store.Store;

/** The examples store served on a free loopback port, for tests that talk to the server; close it after. */
final class ExampleServer implements AutoCloseable {
    final Store store;
    final WebServer server;
    final Http http;

    ExampleServer() {
        store = Store.open(ExampleStore.file());
        server = WebServer.start(store, ServeOptions.local(0));
        http = new Http(server.uri());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
