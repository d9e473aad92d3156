package org.dateline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;

/**
 * Runs before every request, pages and assets included: sets the browser-hardening headers and, when the server
 * has a token, turns away requests without it.
 *
 * <p>The token may come as {@code Authorization: Bearer T} (scripts), as the HttpOnly cookie (the browser, after
 * its first visit), or once as {@code ?token=T}, which sets that cookie so the link need not be shared again.
 */
final class Guard {
    static final String COOKIE = "dateline_token";
    /** No inline scripts or styles, nothing from other origins, no framing: article text can never become code. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final byte[] token;

    Guard(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void handle(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) ctx.header(Header.CACHE_CONTROL, "no-store");
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

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
