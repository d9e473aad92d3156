package org.dateline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;

/**
 * Runs before every request, pages and assets included: sets the browser-hardening headers, turns away requests
 * addressed to another name when the server listens on loopback only, and, when the server has a token, requests
 * without it.
 *
 * <p>The token may come as {@code Authorization: Bearer T} (scripts), as the HttpOnly cookie (the browser, after
 * its first visit), or once as {@code ?token=T}, which sets that cookie so the link need not be shared again.
 *
 * <p>Why the {@code Host} check: a loopback server without a token trusts whoever can reach it, and a web page on
 * another site can reach it through DNS rebinding (its name made to resolve to 127.0.0.1). Such a request still
 * names the attacker's host, so only {@code localhost}, {@code 127.0.0.1} and {@code [::1]} with the server's port
 * are answered; anything else gets 421 Misdirected Request.
 */
final class Guard {
    static final String COOKIE = "dateline_token";
    /** No inline scripts or styles, nothing from other origins, no framing: article text can never become code. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    /** Names a loopback server answers to, with its port. */
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    /** Set on a request once guarded: a welcome page is served by forwarding, which would guard it twice. */
    private static final String GUARDED = Guard.class.getName();

    private final byte[] token;
    private final boolean loopbackOnly;
    private final String csp;

    /**
     * @param token          the token every request must carry, or null for none
     * @param loopbackOnly   true when the server listens on loopback only: then only loopback names are answered
     * @param injectedStyles CSP hash sources of the stylesheets the graph library injects (see {@link InjectedStyles})
     */
    Guard(String token, boolean loopbackOnly, List<String> injectedStyles) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
        this.csp = injectedStyles.isEmpty() ? CSP
                : CSP.replace("style-src 'self'", "style-src 'self' " + String.join(" ", injectedStyles));
    }

    void handle(Context ctx) {
        if (ctx.attribute(GUARDED) != null) return;
        ctx.attribute(GUARDED, Boolean.TRUE);
        ctx.header("Content-Security-Policy", csp);
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) ctx.header(Header.CACHE_CONTROL, "no-store");
        if (loopbackOnly && !isLoopbackName(ctx.header(Header.HOST), ctx.req().getLocalPort())) {
            throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(), "this server answers only to "
                    + "localhost, 127.0.0.1 or [::1] on port " + ctx.req().getLocalPort() + ", not to " + ctx.header(Header.HOST));
        }
        if (token == null) return;
        String bearer = ctx.header(Header.AUTHORIZATION);
        if (bearer != null && bearer.regionMatches(true, 0, "Bearer ", 0, 7) && matches(bearer.substring(7).strip())) return;
        if (matches(ctx.cookie(COOKIE))) return;
        String query = ctx.queryParam("token");
        if (matches(query)) {
            ctx.cookie(new Cookie(COOKIE, query, "/", -1, "https".equals(ctx.scheme()), 0, true, null, null,
                    SameSite.STRICT));
            return;
        }
        ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"dateline\"");
        throw new UnauthorizedResponse("a token is required: Authorization: Bearer TOKEN, or ?token=TOKEN once in the browser");
    }

    /** True when {@code host} (a Host header) is a loopback name with {@code port}, which may be left out for 80. */
    static boolean isLoopbackName(String host, int port) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
        String given = colon > h.lastIndexOf(']') ? h.substring(colon + 1) : "80";
        return LOOPBACK_NAMES.contains(name) && given.equals(Integer.toString(port));
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
