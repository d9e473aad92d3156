package org.dateline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheets a script injects as {@code <style>} elements, as CSP hash sources, so the policy can allow exactly
 * those sheets and no other inline style. The standalone vis-network build injects its own CSS this way (the
 * style-inject helper bundlers add): a fixed set of string literals passed to the one function that creates a
 * {@code <style>} element. Finding them in the bytes served keeps the hashes right for whatever version the pom pins;
 * when none is found the policy simply allows none, and the browser reports the refusal.
 */
final class InjectedStyles {
    /** {@code function Le(g,t){ ... createElement("style")}: the injector, named whatever the minifier chose. */
    private static final Pattern INJECTOR = Pattern.compile(
            "function ([\\w$]+)\\([\\w$]+,[\\w$]+\\)\\{(?:(?!function).){0,300}?createElement\\(\"style\"\\)");
    private static final String CALL = "(?<![\\w$.])%s\\((?:\"([^\"\\\\]*)\"|'([^'\\\\]*)')\\)";

    private InjectedStyles() {}

    /**
     * {@code 'sha256-...'} for each stylesheet {@code script} injects, and for the empty sheet the injector adds
     * before filling it; empty when the script injects none that can be read without unescaping.
     */
    static List<String> hashSources(byte[] script) {
        String js = new String(script, StandardCharsets.UTF_8);
        Matcher injector = INJECTOR.matcher(js);
        if (!injector.find()) return List.of();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(hashSource(""));
        Matcher call = Pattern.compile(String.format(CALL, Pattern.quote(injector.group(1)))).matcher(js);
        while (call.find()) sources.add(hashSource(call.group(1) != null ? call.group(1) : call.group(2)));
        return new ArrayList<>(sources);
    }

    private static String hashSource(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
