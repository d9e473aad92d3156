package org.dateline.web;

import java.util.Map;

import io.javalin.Javalin;

/**
 * The drawing libraries the pages load from {@code /lib/}, each a file of a WebJar from Maven Central: served from
 * this origin so the pages need no network and keep a CSP without other hosts.
 */
final class Libraries {
    /** Address under /lib/ to (artifact, path inside the WebJar). */
    private static final Map<String, String[]> FILES = Map.of(
            "chart.umd.js", new String[] {"chart.js", "dist/chart.umd.js"},
            "d3-array.min.js", new String[] {"d3-array", "dist/d3-array.min.js"},
            "d3-geo.min.js", new String[] {"d3-geo", "dist/d3-geo.min.js"});

    private Libraries() {}

    static void register(Javalin app) {
        FILES.forEach((name, where) -> {
            byte[] bytes = new WebJarAsset("org.webjars.npm", where[0], where[1]).bytes();
            String type = name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".json") ? "application/json" : "text/javascript; charset=utf-8";
            app.get("/lib/" + name, ctx -> ctx.contentType(type).header("Cache-Control", "max-age=86400").result(bytes));
        });
    }
}
