package org.dateline.cli.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.StoryEvent;

/**
 * Draws the pairs of reports a person labels to measure merging: merged pairs (each later report of a story event
 * beside one earlier report of it from another article, so a story of n reports gives n - 1 merge decisions, not
 * n² pairs) and unmerged candidate pairs (same event type, published within {@link #CANDIDATE_DAYS} days, sharing
 * a participant's name, in different story events): the pairs a merger could have got wrong by leaving apart.
 * Unrelated pairs of one type would say nothing about recall.
 */
final class MergePairs {
    static final int CANDIDATE_DAYS = 10;

    /** One pair of reports, as the mention keys {@code article#event}. */
    record Pair(String id, String a, String b) {}

    private final ConnectedStore store;

    MergePairs(ConnectedStore store) { this.store = store; }

    List<Pair> merged(int n, long seed) {
        Random rnd = new Random(seed);
        List<String[]> all = new ArrayList<>();
        for (StoryEvent se : store.connected().events()) {
            List<Mention> ms = se.mentions();
            for (int i = 1; i < ms.size(); i++) {
                List<Mention> earlier = new ArrayList<>();
                for (int j = 0; j < i; j++) if (!ms.get(j).article().equals(ms.get(i).article())) earlier.add(ms.get(j));
                if (earlier.isEmpty()) continue;
                Mention o = earlier.get(rnd.nextInt(earlier.size()));
                all.add(new String[] {ConnectedStore.key(o), ConnectedStore.key(ms.get(i))});
            }
        }
        List<Pair> out = new ArrayList<>();
        for (int i : draw(all.size(), n, rnd)) out.add(new Pair(String.format(Locale.ROOT, "M%03d", out.size() + 1), all.get(i)[0], all.get(i)[1]));
        return out;
    }

    List<Pair> unmerged(int n, long seed) {
        Random rnd = new Random(seed + 1);
        Map<String, List<String>> byTypeAndName = new HashMap<>();
        List<String> keys = new ArrayList<>(store.storyOf().keySet());
        keys.sort(null);
        for (String k : keys) {
            Event e = store.events().get(k);
            if (e == null || e.type() == null) continue;
            for (String name : names(e)) byTypeAndName.computeIfAbsent(e.type() + "|" + name, x -> new ArrayList<>()).add(k);
        }
        List<Pair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int tries = 0; out.size() < n && tries < 200_000; tries++) {
            String a = keys.get(rnd.nextInt(keys.size()));
            Event e = store.events().get(a);
            if (e == null || e.type() == null || names(e).isEmpty()) continue;
            List<String> nameList = new ArrayList<>(names(e));
            nameList.sort(null);
            List<String> peers = byTypeAndName.get(e.type() + "|" + nameList.get(rnd.nextInt(nameList.size())));
            String b = peers.get(rnd.nextInt(peers.size()));
            if (article(a).equals(article(b)) || store.merged(a, b) || !close(a, b)) continue;
            String pairKey = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            if (!seen.add(pairKey)) continue;
            out.add(new Pair(String.format(Locale.ROOT, "U%03d", out.size() + 1), a, b));
        }
        return out;
    }

    private boolean close(String a, String b) {
        LocalDate x = day(a), y = day(b);
        return x != null && y != null && Math.abs(x.toEpochDay() - y.toEpochDay()) <= CANDIDATE_DAYS;
    }

    LocalDate day(String key) {
        Annotated a = store.articles().get(article(key));
        return a == null ? null : a.article().publicationDay().orElse(null);
    }

    static String article(String key) { return key.substring(0, key.lastIndexOf('#')); }

    private static Set<String> names(Event e) {
        Set<String> out = new HashSet<>();
        for (List<Participant> ps : List.of(e.actors(), e.recipients())) {
            for (Participant p : ps) if (p.name() != null) out.add(p.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<Integer> draw(int size, int n, Random rnd) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < size; i++) idx.add(i);
        Collections.shuffle(idx, rnd);
        return idx.subList(0, Math.min(n, size));
    }

    /** The pair in words, for a reader: each report's type, status, days, place, participants and sentence. */
    List<String> describe(Pair p) {
        List<String> out = new ArrayList<>();
        out.add(p.id() + "\t" + p.a() + "\t" + p.b());
        for (String k : List.of(p.a(), p.b())) {
            Event e = store.events().get(k);
            if (e == null) {
                out.add("  " + k + " (not in the store)");
                continue;
            }
            out.add("  " + k + " published " + day(k) + " | " + e.type() + " " + e.status() + " date=" + e.date()
                    + (e.place() == null ? "" : " place=" + e.place()) + " | " + who(e.actors()) + " -> " + who(e.recipients()));
            Mention m = store.mentions().get(k);
            out.add("    story " + store.storyOf().get(k) + ": " + (m == null || m.sentence() == null ? "(no text)" : m.sentence().replaceAll("\\s+", " ")));
        }
        return out;
    }

    private static String who(List<Participant> ps) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) out.add(p.name() + (p.country() == null ? "" : "/" + p.country()));
        return String.join("; ", out);
    }
}
