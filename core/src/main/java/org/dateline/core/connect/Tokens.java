package org.dateline.core.connect;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says was sent, laid or given, and on what occasion: "sent a message of condolences", "laid a floral
 * basket", "sent a wreath", "a message of greeting on the national day". One sender sends a message on one day and a
 * wreath on another; the head of state who greets a president on the national day sends him condolences a week
 * later. Their participants, days and most words agree, and only the thing sent tells the two acts apart.
 *
 * <p>Two reports disagree when both name a thing of the same dimension ({@code sent-things}: message, wreath,
 * basket, gift, honour, and a decoration named as an order is, "the Order of Friendship"; {@code sent-occasions}:
 * greeting, congratulation, condolence, sympathy; {@code speaking-occasions}: an interview, a press conference, where
 * a speaker rejected or denounced something; {@code encounter-kinds}: talks, a banquet, what two parties came together
 * for, so that the banquet a host gave his guest the evening of their talks is not a report of the talks; {@code
 * marked-occasions}: an office taken or a day's anniversary, what a message is sent upon, so that one minister's
 * greeting to one counterpart upon his reappointment is not his greeting on a fund's anniversary) and share no
 * kind of it. A report naming none says nothing either way ("expressed deep condolences" beside "a message of condolences").
 * The words are read in the report's sentence, where the thing sent stands beside the deed. Cached per report; not
 * thread-safe, like the merger that owns it.
 */
final class Tokens {
    private static final List<Map<String, String>> DIMENSIONS =
            List.of(ConnectWords.kinds("sent-things"), ConnectWords.kinds("sent-occasions"),
                    ConnectWords.kinds("speaking-occasions"), ConnectWords.kinds("encounter-kinds"),
                    ConnectWords.kinds("marked-occasions"));

    private static final Set<String> DECORATIONS = ConnectWords.get("decoration-names");
    /** A capitalised word after another word, then "of" and a capitalised word: "the Order of Friendship". */
    private static final Pattern TITLED = Pattern.compile("(?<=\\S\\s)(\\p{Lu}\\p{L}+)\\s+of\\s+\\p{Lu}");
    /** The kind a decoration's name is, among {@code sent-things}. */
    static final String HONOUR = "honour";

    /**
     * Kinds that tell what was said at an encounter, not what it was held for ({@code said-at-encounters}): praise
     * voiced during a visit, or claimed of it by others ("media attacked his visit, claiming that he praised the
     * host"), is no second occasion of the visit paid to express condolences.
     */
    private static final Set<String> SAID_AT_ENCOUNTERS = ConnectWords.get("said-at-encounters");

    private final Map<EventMention, List<Set<String>>> cache = new IdentityHashMap<>();
    private final Predicate<EventMention> encounter;

    /** @param encounter true for a report of a family whose parties meet ({@link ConnectLexicon.Family#symmetric}) */
    Tokens(Predicate<EventMention> encounter) {
        this.encounter = encounter;
    }

    /**
     * True when both reports name something sent of one dimension and no kind of it agrees; between two reports of
     * an encounter, only kinds it can be held for count.
     */
    boolean disagree(EventMention a, EventMention b) {
        if (encounter.test(a) && encounter.test(b)) return disagree(heldFor(of(a)), heldFor(of(b)));
        return disagree(of(a), of(b));
    }

    /** The kinds without those said at an encounter ({@code said-at-encounters}). */
    static List<Set<String>> heldFor(List<Set<String>> kinds) {
        return kinds.stream().map(k -> {
            Set<String> out = new HashSet<>(k);
            out.removeAll(SAID_AT_ENCOUNTERS);
            return out;
        }).toList();
    }

    static boolean disagree(List<Set<String>> a, List<Set<String>> b) {
        for (int d = 0; d < a.size(); d++) {
            if (a.get(d).isEmpty() || b.get(d).isEmpty()) continue;
            Set<String> shared = new HashSet<>(a.get(d));
            shared.retainAll(b.get(d));
            if (shared.isEmpty()) return true;
        }
        return false;
    }

    private List<Set<String>> of(EventMention m) {
        return cache.computeIfAbsent(m, x -> kindsIn(x.mention().sentence()));
    }

    /**
     * For each dimension, the kinds of things a sentence names: its words ({@link #kindsIn(List)}), and a
     * decoration written by its name ({@code decoration-names}, capitalised and followed by "of" and a name: "the
     * Order of Friendship", "the Order of Labour"), an honour conferred as a medal is. Only so written: "in order
     * to", "the world order" and an order given name no decoration.
     */
    static List<Set<String>> kindsIn(String sentence) {
        List<Set<String>> out = kindsIn(Tellings.words(sentence));
        if (sentence == null) return out;
        Matcher m = TITLED.matcher(sentence);
        while (m.find()) {
            // the sets are the ones kindsIn(List) just made; the first dimension is that of things sent
            if (DECORATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) out.get(0).add(HONOUR);
        }
        return out;
    }

    /** For each dimension, the kinds of things a text's words name. */
    static List<Set<String>> kindsIn(List<String> words) {
        return DIMENSIONS.stream().map(kinds -> {
            Set<String> found = new HashSet<>();
            for (String w : words) {
                String k = kinds.get(w);
                if (k != null) found.add(k);
            }
            return found;
        }).toList();
    }
}
