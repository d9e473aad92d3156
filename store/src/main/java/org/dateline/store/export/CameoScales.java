package org.dateline.store.export;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.dateline.store.geo.TableLines;
import org.dateline.model.EventType;

/**
 * The two numbers GDELT users sort and weigh events by: the quad class and the Goldstein scale.
 * <ul>
 *   <li>Quad class: the PLOVER type's ({@link EventType#quad()}); for an event with no type
 *       but with a CAMEO code, the CAMEO root's, from {@value #ROOT_QUAD} (GDELT's rule).</li>
 *   <li>Goldstein scale (-10 .. +10): the CAMEO code's, from {@value #GOLDSTEIN}, imported from the shared CAMEO
 *       code table by {@code tools/cameo/import-goldstein.py}; a code the table lacks takes its base code's
 *       (the first three digits), then its root's.</li>
 * </ul>
 */
public final class CameoScales {
    static final String GOLDSTEIN = "/org/dateline/store/export/cameo-goldstein.tsv";
    static final String ROOT_QUAD = "/org/dateline/store/export/cameo-root-quad.tsv";
    private static final CameoScales STANDARD = new CameoScales(numbers(GOLDSTEIN), numbers(ROOT_QUAD));

    private final Map<String, Double> goldstein;
    private final Map<String, Double> rootQuads;

    private CameoScales(Map<String, Double> goldstein, Map<String, Double> rootQuads) {
        this.goldstein = Map.copyOf(goldstein);
        this.rootQuads = Map.copyOf(rootQuads);
    }

    public static CameoScales standard() {
        return STANDARD;
    }

    /** The quad class (1..4) of a PLOVER type, else of the CAMEO code's root; empty when neither is known. */
    public OptionalInt quadClass(EventType ploverType, String cameo) {
        OptionalInt byType = ploverType == null ? OptionalInt.empty() : OptionalInt.of(ploverType.quad());
        if (byType.isPresent() || cameo == null || cameo.length() < 2) return byType;
        Double q = rootQuads.get(cameo.substring(0, 2));
        return q == null ? OptionalInt.empty() : OptionalInt.of(q.intValue());
    }

    /** The Goldstein scale of a CAMEO code (or of its base or root code); empty for null or an unknown code. */
    public OptionalDouble goldstein(String cameo) {
        for (int len = cameo == null ? 0 : cameo.length(); len >= 2; len--) {
            Double g = goldstein.get(cameo.substring(0, len));
            if (g != null) return OptionalDouble.of(g);
        }
        return OptionalDouble.empty();
    }

    /** Number of CAMEO codes with a Goldstein value. */
    int goldsteinCodes() {
        return goldstein.size();
    }

    private static Map<String, Double> numbers(String resource) {
        Map<String, Double> out = new HashMap<>();
        for (String[] f : TableLines.rows(resource)) {
            try {
                out.put(f[0].strip(), Double.parseDouble(f[1].strip()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": expected CODE<TAB>number, got '" + String.join("\t", f) + "'", e);
            }
        }
        return out;
    }
}
