package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;

/**
 * The codes a body's name carries in its own words, for a body whose mentions gave none: the sector its head word
 * says ("Socialist Party of Romania" is a party, PTY; "Germany-DPRK Association" and "Korean Friendship Society" civic
 * bodies, CVL; "Kuwait University" a school, EDU; "Rodong Sinmun" a medium, MED) and the state its "of" names
 * ("Socialist Party of Romania", ROU). The head is the last word before any "of" or "for" ("Society for the Study of ...") or the state key a shared
 * party name carries ("Pioneer Party (IDN)"); an organ ("Central Committee of the Lebanese Communist Party") is of the
 * sector of the body it is an organ of. A code the dictionaries or the text gave always comes first: the name
 * only fills a gap, and a ruling party the dictionaries code GOV stays GOV.
 */
final class NameCodes {
    /**
     * CAMEO sector codes a name's head can give, each with its word list {@code sector-CODE}: one-word heads, and
     * two-word heads written with an underscore ("news_agency", "trade_union"), which come first.
     */
    enum Sector { PTY, CVL, EDU, MED, GOV, MIL, JUD, BUS, LAB, COP, SPY }

    private static final Map<Sector, Set<String>> HEADS = heads();
    private static final Set<String> ORGAN_KINDS = ConnectWords.get("organ-kinds");
    /** Heads that say a body is made of others, whose sector is theirs: "Confederation of Trade Unions". */
    private static final Set<String> GROUPING_HEADS = ConnectWords.get("grouping-heads");
    /** Words anywhere before a body's head that make it a civic body: "Bangladesh-Korea Friendship Committee". */
    private static final Set<String> CIVIC_WORDS = ConnectWords.get("civic-name-words");
    private static final Set<String> MEDIUM_NOUNS = ConnectWords.get("medium-nouns");
    /** The last word before a name, past an opening quotation mark. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+[\"\u201c']?$");
    private static final int WORD_REACH = 30;

    private NameCodes() {}

    private static Map<Sector, Set<String>> heads() {
        Map<Sector, Set<String>> m = new LinkedHashMap<>();
        for (Sector s : Sector.values()) m.put(s, ConnectWords.get("sector-" + s.name()));
        return m;
    }

    /** The sector the head of a body's name gives, or null. */
    static String sector(String name) {
        List<String> words = headWords(name);
        // a head alone ("Party") is a kind of body, not a name; "Ministry of Education" is one
        if (words.size() < 2 && !name.strip().matches("(?s).*\\s(?:of|for)\\s.*")) return null;
        String head = words.get(words.size() - 1), pair = words.size() < 2 ? "" : words.get(words.size() - 2) + "_" + head;
        for (Map.Entry<Sector, Set<String>> e : HEADS.entrySet()) if (e.getValue().contains(pair)) return e.getKey().name();
        for (Map.Entry<Sector, Set<String>> e : HEADS.entrySet()) if (e.getValue().contains(head)) return e.getKey().name();
        // an organ of a body ("Central Committee of the Lebanese Communist Party") is of that body's sector, and a
        // grouping of bodies ("Confederation of Trade Unions") of its members'
        String[] parts = name.strip().split("\\s+of\\s+(?:the\\s+)?", 2);
        String owner = parts.length == 2 && (ORGAN_KINDS.contains(head) || GROUPING_HEADS.contains(head)) ? sector(parts[1]) : null;
        if (owner != null) return owner;
        // a body for friendship or solidarity with a people, or for the study of an idea, is a civic body
        for (String w : words) if (CIVIC_WORDS.contains(w)) return Sector.CVL.name();
        return null;
    }

    /**
     * MED when the text calls the body a medium right before its name, as a report names a foreign paper ("the Nepali
     * paper Jana Sata", "the weekly 'Natun Katha'"); else null. The name itself says nothing of it.
     */
    static String describedSector(String body, int start) {
        if (body == null || start <= 0 || start > body.length()) return null;
        Matcher m = WORD_BEFORE.matcher(body.substring(Math.max(0, start - WORD_REACH), start));
        return m.find() && MEDIUM_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? "MED" : null;
    }

    /** The state a body's name names after its last "of" ("Workers' Party of Korea"), as ISO alpha-3, or null. */
    static String state(String name) {
        String n = name.strip();
        int of = n.lastIndexOf(" of ");
        if (of < 0) return null;
        String rest = n.substring(of + 4).replaceFirst("^the\\s+", "");
        if (rest.isEmpty()) return null;
        // the whole rest is a state's name, not a state's word in a longer name ("of Korea University")
        String probe = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        for (GazetteerEntry g : Gazetteer.standard().wholly(probe)) {
            if (g.kind() == GazetteerEntry.Kind.COUNTRY && g.country() != null) return g.country();
        }
        return null;
    }

    /** The words of a name up to its head, the last word before any "of" or "for", lower-cased, letters only. */
    private static List<String> headWords(String name) {
        String n = name.strip().replaceFirst("\\s*\\([A-Z]{3}\\)$", "");
        String before = n.split("\\s+(?:of|for)\\s+", 2)[0].strip();
        List<String> words = new ArrayList<>();
        for (String w : before.split("[\\s-]+")) words.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "").replaceAll("'$", ""));
        return words;
    }
}
