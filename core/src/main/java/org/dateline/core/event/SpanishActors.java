package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dateline.core.language.DependencyParse;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.core.language.Token;
import org.dateline.core.resources.ResourceFile;
import org.dateline.model.Participant;

/**
 * Who a Spanish noun phrase names: a state (the JDK's Spanish country names, the abbreviations and demonyms of
 * {@code spanish-actors.tsv}), a sector (the head noun or a noun of the phrase: "ministro", "delegación", "diario"),
 * or a person, body or capital the gazetteer knows (names are written alike in both languages: "Kim Jong Un",
 * "Pyongyang"). The phrase is the parse's subtree of its head, without relative clauses.
 */
final class SpanishActors {
    private static final int LONGEST_NAME = 7; // tokens: "republica popular democratica de corea"
    // coordinated nouns stay in the phrase ("los líderes del partido y el Estado de China"): its first state is theirs
    private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "punct", "advcl", "parataxis", "cc", "dep");
    private static final Set<String> GENERIC = EventWords.get("spanish-generic-nouns");
    private static final Set<String> MEMBERS = EventWords.get("spanish-member-nouns");

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final Gazetteer gazetteer;

    SpanishActors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Locale spanish = Locale.forLanguageTag("es");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String name = SpanishWords.fold(country.getDisplayCountry(spanish));
            // "Reunión" is a state's name and the commonest meeting noun: a word of the event lexicon is never a state
            if (SpanishWords.standard().lookup(name).isEmpty()) countries.put(name, country.getISO3Country());
        }
        for (String[] r : ResourceFile.rows(SpanishActors.class, "spanish-actors.tsv")) {
            String word = r[0].trim(), kind = r[1].trim(), value = r[2].trim();
            switch (kind) {
                case "country" -> countries.put(word, value);
                case "demonym" -> demonymForms(word).forEach(f -> countries.put(f, value));
                case "sector" -> sectors.put(word, value);
                default -> throw new IllegalStateException("spanish-actors.tsv: unknown kind " + kind);
            }
        }
    }

    /** The masculine/feminine singular and plural of a nationality adjective ("chino": china, chinos, chinas). */
    static List<String> demonymForms(String m) {
        char last = m.charAt(m.length() - 1);
        if (last == 'o') {
            String stem = m.substring(0, m.length() - 1);
            return List.of(m, stem + "a", m + "s", stem + "as");
        }
        if (last == 'e' || last == 'i' || last == 'a') return List.of(m, m + "s", m + "es");
        return List.of(m, m + "a", m + "es", m + "as");
    }

    /**
     * Whether the phrase headed by {@code head} names people at large by itself ("el pueblo coreano", "los círculos
     * surcoreanos y la opinión pública mundial"): its head is a noun of {@code spanish-generic-nouns} and no office,
     * body or name is coordinated with it ("el pueblo y el gobierno de China" names the government).
     */
    boolean generic(DependencyParse parse, int head) {
        if (head < 0) return false;
        List<Token> tokens = parse.sentence().tokens();
        if (!GENERIC.contains(SpanishWords.fold(tokens.get(head).word()))) return false;
        for (DependencyParse.Arc a : parse.dependents(head)) {
            if (!a.relation().equals("conj")) continue;
            Token t = tokens.get(a.dependent());
            if (t.pos().equals("PROPN") || sector(t.word()) != null && !"-".equals(sector(t.word()))) return false;
        }
        return true;
    }

    /**
     * Whether a participant's written name names people at large: one of its words is a noun of
     * {@code spanish-generic-nouns} and none a noun of an office, body or force ("todo el pueblo coreano", not "el
     * gobierno y el pueblo de China").
     */
    boolean generic(String name) {
        boolean people = false;
        for (String w : SpanishWords.fold(name).split("[^\\p{L}]+")) {
            if (GENERIC.contains(w)) people = true;
            else if (sector(w) != null && !"-".equals(sector(w))) return false;
        }
        return people;
    }

    /** Whether a word is a visitor noun of the lexicon ("visitantes", "huéspedes"): an actor of no state of its own. */
    boolean isVisitorNoun(String word) { return "-".equals(sector(word)); }

    /** Whether a word is a noun of an office, body or force ("delegación", "ministro"). */
    boolean isSectorNoun(String word) { return sector(word) != null; }

    /** The sector of a noun of an office, body or force, singular or plural ("ministros", "delegaciones"); else null. */
    private String sector(String word) {
        String w = SpanishWords.fold(word);
        String s = sectors.get(w);
        if (s == null && w.endsWith("es")) s = sectors.get(w.substring(0, w.length() - 2));
        if (s == null && w.endsWith("s")) s = sectors.get(w.substring(0, w.length() - 1));
        return s;
    }

    /**
     * The participant the phrase headed by token {@code head} names, or null when it names no state, sector or person
     * (a proper name the gazetteer does not know is a participant of unknown state). An office without a state ("el
     * ministro") is the agency's home state's ({@code home}, or null), as in the English coder.
     */
    Participant of(DependencyParse parse, int head, String body, String home) {
        if (head < 0) return null;
        List<Token> tokens = parse.sentence().tokens();
        TreeSet<Integer> phrase = new TreeSet<>();
        collect(parse, head, phrase, 0);
        String country = null, sector = sector(tokens.get(head).word());
        Participant known = known(tokens, phrase, body);
        List<Integer> positions = new ArrayList<>(phrase);
        for (int i = 0; i < positions.size() && country == null; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = 0; n < LONGEST_NAME && i + n < positions.size(); n++) {
                if (n > 0) name.append(' ');
                name.append(SpanishWords.fold(tokens.get(positions.get(i + n)).word()));
                String c = countries.get(name.toString());
                if (c != null) country = c;
            }
        }
        for (int p : positions) if (sector == null) sector = sector(tokens.get(p).word());
        if (known != null) {
            if (country == null) country = known.country();
            if (sector == null) sector = known.sector();
        }
        boolean named = tokens.get(head).pos().equals("PROPN");
        // an actor is a name, an office or a state: "las acciones militares de EE.UU." are no one's; members of a
        // body are the body's ("las mujeres de la Embajada de Cuba")
        boolean member = MEMBERS.contains(SpanishWords.fold(tokens.get(head).word())) && (country != null || sector != null);
        if (!named && !member && sector(tokens.get(head).word()) == null
                && !countries.containsKey(SpanishWords.fold(tokens.get(head).word()))) return null;
        if (country == null && sector == null && known == null && !named) return null;
        if ("-".equals(sector)) sector = null;
        if (country == null && sector != null) country = home;
        int start = tokens.get(positions.get(0)).start(), end = tokens.get(positions.get(positions.size() - 1)).end();
        String name = body.substring(start, Math.min(end, start + 80)).replaceAll("\\s+", " ");
        return new Participant(name, country, sector);
    }

    /** The head and its dependents, down the tree, except clauses and lists hanging from it. */
    private static void collect(DependencyParse parse, int token, Set<Integer> into, int depth) {
        into.add(token);
        if (depth > 6) return;
        for (DependencyParse.Arc a : parse.dependents(token)) {
            // the phrase's own preposition ("a", "con") is the clause's, not the name's
            if (depth == 0 && a.relation().equals("case")) continue;
            if (!CLAUSAL.contains(a.relation())) collect(parse, a.dependent(), into, depth + 1);
        }
    }

    /** A person, body, capital or state of the gazetteer written in the phrase (its first, longest). */
    private Participant known(List<Token> tokens, TreeSet<Integer> phrase, String body) {
        int start = tokens.get(phrase.first()).start(), end = tokens.get(phrase.last()).end();
        String text = body.substring(start, end);
        return gazetteer.wholeWords(text, Gazetteer.WordEdges.LETTERS_OR_DIGITS)
                .map(Gazetteer.Match::entry)
                .filter(e -> e.kind() == GazetteerEntry.Kind.PERSON || e.kind() == GazetteerEntry.Kind.IGO
                        || e.kind() == GazetteerEntry.Kind.BODY || e.kind() == GazetteerEntry.Kind.CAPITAL)
                .filter(e -> e.country() != null)
                .findFirst()
                .map(e -> new Participant(e.canonical(), e.country(), e.sector()))
                .orElse(null);
    }
}
