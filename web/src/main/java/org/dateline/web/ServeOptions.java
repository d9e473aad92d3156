package org.dateline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where {@code dateline serve} listens and the token it asks for.
 *
 * @param host  interface to bind; loopback unless the user says otherwise
 * @param port  TCP port; 0 for any free one (tests)
 * @param token the shared secret every request must carry, or null for none (loopback only)
 */
public record ServeOptions(String host, int port, String token) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServeOptions {
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is blank: give one of at least 8 characters, or none at all "
                    + "to serve " + DEFAULT_HOST + " without one");
        }
        if (token != null && token.length() < 8) throw new IllegalArgumentException("the token must be at least 8 characters");
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to listen on " + host + " without a token: anyone on the network "
                    + "could read the store (give --token or set DATELINE_TOKEN, or keep the default host " + DEFAULT_HOST + ")");
        }
    }

    /** Local-only serving on the default host. */
    public static ServeOptions local(int port) {
        return new ServeOptions(DEFAULT_HOST, port, null);
    }

    /** True when {@code host} only accepts connections from this machine; a name that does not resolve is not. */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) return false;
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
