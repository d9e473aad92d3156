package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A file of a WebJar on the classpath, found through the version its Maven metadata records, so pages can load
 * it from a stable address ({@code /lib/...}) whatever version the pom pins, and never from a CDN.
 */
final class WebJarAsset {
    private final String resource;
    final String version;

    /** {@code WebJarAsset("org.webjars.npm", "vis-network", "standalone/umd/vis-network.min.js")} */
    WebJarAsset(String group, String artifact, String path) {
        this.version = version(group, artifact);
        this.resource = "META-INF/resources/webjars/" + artifact + "/" + version + "/" + path;
        if (WebJarAsset.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("missing from the classpath: " + resource);
        }
    }

    byte[] bytes() {
        try (InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String group, String artifact) {
        String props = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) throw new IllegalStateException("WebJar " + group + ":" + artifact + " is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
