package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.Participant;

/**
 * Where the parse names who acts through someone else: a group named by its leader ("a delegation led by X", "a
 * team headed by X", in which X is the actor news coders record), and a person's long title chain ("X, member of
 * the Presidium of the Supreme Council of Ukraine and chairman of ...", in which the office places X even though
 * the country sits several "of" phrases down). Kept apart from {@link ParticipantFinder}, which asks it.
 */
final class GroupLeaders {
    private static final Set<String> LEADING = EventWords.get("leading-participles");
    /** How far down a chain of "of" phrases a title may place its holder. */
    private static final int CHAIN_DEPTH = 5;
    private static final Set<String> TITLE_CHAIN_CASES = EventWords.get("title-chain-cases");
    private static final Set<String> NAME_PLACE_CASES = EventWords.get("name-place-cases");

    private final Clause c;

    GroupLeaders(Clause c) { this.c = c; }

    /**
     * The leader a group noun names through "led by" / "headed by", or -1: the participle modifies the noun, or
     * (the parser's common reading of "A delegation led by X left for Y") is the main verb with the noun as subject.
     */
    int leaderOf(int h) {
        if (!c.pos(h).startsWith("NN")) return -1;
        int hyphened = hyphenLeader(h);
        if (hyphened >= 0) return hyphened;
        List<Integer> participles = new ArrayList<>(c.children(h, "acl"));
        if (c.relIs(h, "nsubj")) participles.add(c.head(h));
        for (int v : participles) {
            int by = agentOf(v);
            // "the delegation headed by its chairman": the group's own officer names no one else; the group stands
            if (by >= 0 && c.childrenExact(by, "nmod:poss").stream().anyMatch(p -> c.pos(p).equals("PRP$"))) return -1;
            if (by >= 0) return by;
        }
        return -1;
    }

    /**
     * "Hamas-led militants", "a U.S.-led coalition": the group is led by the word before "-led", which the tokenizer
     * splits into "Hamas", "-", "led" before the noun. The leader's word, or -1.
     */
    private int hyphenLeader(int h) {
        for (int m : c.subtree(h)) {
            if (m >= h || m < 2 || !c.lower(m).equals("led") || !c.tokens.get(m - 1).word().equals("-")) continue;
            if (c.pos(m - 2).startsWith("NN") || c.pos(m - 2).startsWith("JJ")) return m - 2;
        }
        return -1;
    }

    /**
     * "A delegation led by X": X, the one news coders record as acting; when X's country is unknown ("headed by the
     * minister of health") and the group's own words ({@code core}) give one ("a Kenyan delegation"), X with that
     * country, or else the country a place in its "of" phrases names ({@code placeCountry}: "a delegation of the
     * Ministry of Foreign Affairs of Kenya", where the whole ministry is one name the gazetteer gives no country).
     * A party the parser hangs on X as its conjunct ("the delegation of the ministry of Kenya led by X and the
     * delegation of the Peruvian party", a list of visiting parties) keeps its own country: only X, the leader of
     * this group, is placed by this group's words. Empty when the noun names no leader.
     */
    List<Participant> led(int h, IntFunction<List<Participant>> participantsOf, List<Integer> core,
            Function<String, String> placeCountry, String body) {
        int leader = leaderOf(h);
        if (leader < 0) return List.of();
        List<Participant> conjoined = new ArrayList<>();
        for (int k : c.children(leader, "conj")) conjoined.addAll(participantsOf.apply(k));
        // "a delegation of the X Friendship Association led by Chairman Y": Y leads it as the body's officer
        String seat = groupBody(h, leader, body);
        List<Participant> out = new ArrayList<>();
        for (Participant p : participantsOf.apply(leader)) out.add(conjoined.contains(p) ? p : BodySeats.holder(p, seat));
        if (out.stream().noneMatch(p -> p.country() == null && !conjoined.contains(p))) return out;
        String state = groupState(h, leader, core, placeCountry);
        if (state == null) return out;
        List<Participant> placed = new ArrayList<>();
        for (Participant p : out) {
            placed.add(p.country() == null && !conjoined.contains(p) ? new Participant(p.name(), state, p.sector()) : p);
        }
        return placed;
    }

    /** What ends the body a group's "of" phrase names: a clause, an apposition, another party of a list. */
    private static final Set<String> BODY_CUT = Set.of("acl", "acl:relcl", "appos", "conj", "cc", "punct", "parataxis", "advcl");

    /**
     * The body a led group is sent by, as its first "of" phrase before the leader names it ("a delegation [of the
     * Communist Party of Sweden] led by Y", "a team of the X Academy headed by Y"), or null. The group's leader holds
     * office in that body, and takes its sector as one whose title names it does ({@link BodySeats#holder}): a
     * party's (PTY) when the party does not rule, a civic body's, a school's; a ministry's official stays the state's.
     */
    private String groupBody(int h, int leader, String body) {
        if (body == null) return null;
        for (int k : c.children(h, "nmod")) {
            if (k >= leader || !c.caseOf(k).equals("of")) continue;
            List<Integer> words = new ArrayList<>(c.subtreeWithout(k, BODY_CUT));
            words.removeIf(i -> i >= leader || c.relIs(i, "case") && i < k || c.relIs(i, "det") && c.head(i) == k);
            // a body's name, capitalised (the tagger often reads "Society" as a common noun), not a kind of people
            // ("a delegation of officials", "a team of doctors")
            String head = c.tokens.get(k).word();
            return words.isEmpty() || head.isEmpty() || !Character.isUpperCase(head.charAt(0)) ? null : c.text(words, body);
        }
        return null;
    }

    /**
     * The state a group's own words place it in: a state named in its core ("a Kenyan delegation"), else a place
     * named in its "of" phrases before its leader, else the first state those phrases name ({@link #firstStateOf});
     * null when none.
     */
    private String groupState(int h, int leader, List<Integer> core, Function<String, String> placeCountry) {
        for (int i : core) {
            for (Entity e : c.entitiesAt(i)) {
                if (CountryCodes.isState(e.country())) return e.country();
            }
        }
        List<Integer> chain = new ArrayList<>();
        for (int k : c.children(h, "nmod")) if (k < leader && c.caseOf(k).equals("of")) follow(k, 1, chain);
        for (int i : chain) {
            if (!c.pos(i).startsWith("NNP") || !c.relIs(i, "nmod")) continue;
            StringBuilder name = new StringBuilder();
            for (int k : c.children(i, "compound")) if (k < i) name.append(c.tokens.get(k).word()).append(' ');
            String country = placeCountry.apply(name.append(c.tokens.get(i).word()).toString());
            if (CountryCodes.isState(country)) return country;
        }
        return firstStateOf(h, leader);
    }

    /**
     * "a delegation of the Japan-DPRK Friendship Kyoto Net headed by X": a body of friendship between two states is
     * named by its own state first ("the China-Korea Friendship Association" is Chinese), and a body's "of" phrase
     * places its members where it is; the first state any "of" phrase of the group before its leader names, or null.
     */
    private String firstStateOf(int h, int leader) {
        List<Integer> words = new ArrayList<>();
        for (int k : c.children(h, "nmod")) if (k < leader && c.caseOf(k).equals("of")) words.addAll(c.subtreeWithout(k, Set.of("acl", "acl:relcl")));
        words.sort(null);
        for (int i : words) {
            if (i >= leader) break;
            for (Entity e : c.entitiesAt(i)) if (CountryCodes.isState(e.country())) return e.country();
        }
        return null;
    }

    /**
     * The subject of a verb the parser hung below a "led by" phrase it took for the main verb ("A delegation led by
     * X left for Y": "left" under "led", or under X): the group led, or -1 when the verb is not so hung.
     */
    int groupAbove(int v) {
        int h = c.head(v);
        if (h < 0 || !c.relIs(v, "dep", "acl", "conj", "parataxis")) return -1;
        if (c.relIs(h, "obl") && agentOf(c.head(h)) == h) h = c.head(h); // "... headed by the minister arrived"
        if (agentOf(h) < 0) return -1;
        for (int s : c.childrenExact(h, "nsubj")) return s;
        return -1;
    }

    /**
     * The object of verb {@code v} that the parser took for the subject of a leading participle after it ("met the
     * Mongolian delegation headed by its chairman" read as "met [the delegation headed ...]", a clause of its own
     * under "met"): the group noun, or none.
     */
    List<Integer> misreadObjects(int v) {
        List<Integer> out = new ArrayList<>();
        for (int d : c.children(v, "dep", "ccomp", "parataxis", "xcomp")) {
            if (d < v || agentOf(d) < 0) continue;
            for (int s : c.childrenExact(d, "nsubj")) if (s > v) out.add(s);
        }
        return out;
    }

    /** The "by" phrase of a leading participle ("led by X"), or -1. */
    private int agentOf(int v) {
        if (v < 0 || !LEADING.contains(c.lower(v))) return -1;
        for (int by : c.children(v, "obl")) if (c.caseOf(by).equals("by")) return by;
        return -1;
    }

    /**
     * The words of a person's titles: each apposition ("X, minister of trade of Ruritania") and its coordinated
     * titles ("... and chairman of ..."), followed down their chains ({@link #titleChain}), so that the country a
     * title names is found however long the chain. {@code namesState} tells a state's name from other places.
     */
    List<Integer> titleWords(int h, Predicate<Integer> namesState) {
        List<Integer> out = new ArrayList<>();
        for (int t : Coordination.withConjuncts(c, c.children(h, "appos"))) titleChain(t, 0, out, namesState);
        return out;
    }

    /**
     * The words of a role noun's or a name's own chain ("the minister of Culture and Arts of Ruritania", "the commander
     * of a Borduvian unit", "X of the Party of Labour of Ruritania"): a holder is placed by the body or state his
     * title names, as a named one is by his apposition.
     */
    List<Integer> ownChain(int h, Predicate<Integer> namesState) {
        List<Integer> out = new ArrayList<>();
        titleChain(h, 0, out, namesState);
        out.remove(Integer.valueOf(h));
        return out;
    }

    /**
     * A title's chain, in the order its words are read: the words of each noun (modifiers, possessor), its "of" and
     * "for" phrases ("the secretary for international solidarity of the Communist Party of Ruritania"), a state's name
     * set off after a place ("the governor of Borsk Prefecture, Ruritania"), and, inside a body's capitalised name, the
     * state its "in" phrase names ("the Youth League for the Study of Juche Idea in Ruritania"). Not a lower-case
     * word's "in" phrase: "the representative of the agency in Ruritania" is placed by his agency, not where he sits.
     */
    private void titleChain(int n, int depth, List<Integer> out, Predicate<Integer> namesState) {
        out.add(n);
        if (depth >= CHAIN_DEPTH) return;
        for (int m : c.children(n, "compound", "amod", "nmod:poss")) out.add(m);
        for (int k : c.children(n, "nmod")) if (TITLE_CHAIN_CASES.contains(c.caseOf(k))) titleChain(k, depth + 1, out, namesState);
        if (depth == 0) return;
        for (int a : c.children(n, "appos")) if (namesState.test(a)) out.add(a);
        if (!Character.isUpperCase(c.tokens.get(n).word().codePointAt(0))) return;
        for (int k : c.children(n, "nmod")) if (NAME_PLACE_CASES.contains(c.caseOf(k)) && namesState.test(k)) out.add(k);
    }

    private void follow(int n, int depth, List<Integer> out) {
        out.add(n);
        if (depth >= CHAIN_DEPTH) return;
        for (int m : c.children(n, "compound", "amod", "nmod:poss")) out.add(m);
        for (int k : c.children(n, "nmod")) if (c.caseOf(k).equals("of")) follow(k, depth + 1, out);
    }
}
