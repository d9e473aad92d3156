package org.dateline.core.connect;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dateline.model.Article;

/**
 * Finds near-duplicate copies and wire re-files ("(LEAD)", "UPDATE 2-", "REFILE") of stories seen before, so they
 * become revisions of one story instead of separate stories. Exact copies never get here (the store drops them by
 * content hash); what is left differs by a paragraph, a correction or a re-worded lead.
 *
 * <p>Each body becomes a MinHash signature over word 3-shingles; LSH banding (32 bands of 3 rows) puts signatures
 * that agree on a whole band in one bucket, so a new article is compared with the few articles sharing a bucket,
 * never with all. A pair is a revision when the estimated Jaccard similarity is high (0.7), or moderately high (0.4)
 * when either carries a revision label or both have the same headline: a re-file rewrites more than a copy does.
 * Buckets keep only their most recent entries, which bounds the cost per article however large the record grows
 * (boilerplate shared by thousands of stories would otherwise make one bucket hold them all).
 */
public final class NearDuplicates {
    static final int HASHES = 96;
    static final int ROWS = 3;
    private static final int BAND_CAP = 64;
    private static final int MIN_SHINGLES = 8;
    private static final double COPY = 0.7;
    private static final double REFILE = 0.4;
    private static final long MAX_DAYS_APART = 30;
    private static final long[] SEEDS = seeds();

    private final Map<Long, Deque<Entry>> buckets = new HashMap<>();
    private final Map<String, String> rootOf = new LinkedHashMap<>();

    private record Entry(String id, int[] signature, String headlineKey, boolean labelled, Optional<java.time.LocalDate> day) {}

    /**
     * Registers an article and says which earlier story it is a revision of (the id of that story's first article),
     * or empty when it is a story of its own.
     */
    public Optional<String> add(Article article) {
        int[] sig = signature(article.body());
        if (sig == null) return Optional.empty();
        Entry entry = new Entry(article.id(), sig, headlineKey(article.headline()), article.revision() != null,
                article.publicationDay());
        Entry best = null;
        double bestSim = 0;
        for (int b = 0; b < HASHES / ROWS; b++) {
            Deque<Entry> bucket = buckets.get(bandKey(sig, b));
            if (bucket == null) continue;
            for (Entry other : bucket) {
                if (other.id.equals(entry.id)) continue;
                double sim = similarity(sig, other.signature);
                if (sim > bestSim && accepts(entry, other, sim)) {
                    best = other;
                    bestSim = sim;
                }
            }
        }
        for (int b = 0; b < HASHES / ROWS; b++) {
            Deque<Entry> bucket = buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayDeque<>());
            bucket.addFirst(entry);
            if (bucket.size() > BAND_CAP) bucket.removeLast();
        }
        if (best == null) return Optional.empty();
        String root = rootOf.getOrDefault(best.id, best.id);
        rootOf.put(entry.id, root);
        return Optional.of(root);
    }

    /** Article id -> id of the first article of its story, for every revision found so far. */
    public Map<String, String> revisionOf() { return Map.copyOf(rootOf); }

    private static boolean accepts(Entry a, Entry b, double sim) {
        if (a.day.isPresent() && b.day.isPresent()
                && Math.abs(a.day.get().toEpochDay() - b.day.get().toEpochDay()) > MAX_DAYS_APART) return false;
        if (sim >= COPY) return true;
        boolean refile = a.labelled || b.labelled || (!a.headlineKey.isEmpty() && a.headlineKey.equals(b.headlineKey));
        return refile && sim >= REFILE;
    }

    /** Estimated Jaccard similarity of the shingle sets: the share of equal minimum hashes. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    /** MinHash signature of the body's word 3-shingles, or null when the body is too short to judge. */
    static int[] signature(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int shingles = 0;
        String w1 = null, w2 = null;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (w1 != null && w2 != null) {
                long h = mix(((long) w1.hashCode() * 0x9E3779B97F4A7C15L) ^ ((long) w2.hashCode() * 0xC2B2AE3D27D4EB4FL)
                        ^ w.hashCode());
                for (int i = 0; i < HASHES; i++) {
                    int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                    if (v < sig[i]) sig[i] = v;
                }
                shingles++;
            }
            w1 = w2;
            w2 = w;
        }
        return shingles < MIN_SHINGLES ? null : sig;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[band * ROWS + r]);
        return h;
    }

    static String headlineKey(String headline) {
        return headline == null ? "" : headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) s[i] = x = mix(x + 0x9E3779B97F4A7C15L);
        return s;
    }
}
