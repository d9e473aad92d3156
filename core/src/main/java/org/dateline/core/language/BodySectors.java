package org.dateline.core.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sector a body's own name gives it: the head of the name, its last word before any "of" or "for" ("Socialist
 * Party of Romania": PTY; "Germany-DPRK Friendship Association": CVL; "Ministry of Education": GOV), an organ or a
 * grouping of a body named after its "of" taking that body's ("Central Committee of the Lebanese Communist Party":
 * PTY), as is a part of a body ("Lahore Branch of the X Friendship Association": CVL), else a civic word before the head ("Bangladesh-Korea Friendship Committee", "National Committee for the
 * Study of ...": CVL; "Borsk Preparatory Committee": CVL after a name of its own, {@code preparing-name-words}), and a body whose "for" phrase names a civic purpose ("Group for the Study of the X Idea",
 * "Institute for the Study of ...": CVL, though an institute is else a school). The lists are {@code word-lists.txt}'s {@code sector-CODE}, {@code organ-kinds},
 * {@code grouping-heads}, {@code body-part-heads} and {@code civic-name-words}. One rule read by the event coder, for the bodies it names in one
 * story, and by the actor profiles of the connected record, so that both code a body alike.
 */
public final class BodySectors {
    /**
     * The sectors a body's name or an office word may give, in the order their lists ({@code sector-CODE}, and the
     * actor profiles' {@code office-sector-CODE}) are tried.
     */
    public enum Sector { PTY, CVL, EDU, MED, GOV, MIL, JUD, BUS, LAB, COP, SPY }

    private static final Map<Sector, Set<String>> HEADS = new LinkedHashMap<>();
    private static final Set<String> ORGAN_KINDS = LanguageWords.get("organ-kinds");
    /** Heads that say a body is made of others, whose sector is theirs: "Confederation of Trade Unions". */
    private static final Set<String> GROUPING_HEADS = LanguageWords.get("grouping-heads");
    /** Heads of a part of a body, whose sector is the body's: "Lahore Branch of the X Friendship Association". */
    private static final Set<String> PART_HEADS = LanguageWords.get("body-part-heads");
    /** Words anywhere before a body's head that make it a civic body: "Bangladesh-Korea Friendship Committee". */
    private static final Set<String> CIVIC_WORDS = LanguageWords.get("civic-name-words");
    /** Words of a committee formed to prepare a festival, civic after a name of its own: "Borsk Preparatory Committee". */
    private static final Set<String> PREPARING_WORDS = LanguageWords.get("preparing-name-words");
    /** Where a name turns to the body it belongs to: "Central Committee of (the) Workers' Party". */
    private static final Pattern OF_BODY = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /** Heads whose sector holds only when nothing else in the name decides: "Borsk Students League" (CVL). */
    private static final Map<Sector, Set<String>> FALLBACK_HEADS = new LinkedHashMap<>();
    /** Words of a party's creed that make a league or a front a party's: "Revolutionary Communist League". */
    private static final Set<String> PARTY_WORDS = LanguageWords.get("party-name-words");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    static {
        for (Sector s : Sector.values()) {
            HEADS.put(s, LanguageWords.optional("sector-" + s.name()));
            Set<String> fallback = LanguageWords.optional("fallback-head-" + s.name());
            if (!fallback.isEmpty()) FALLBACK_HEADS.put(s, fallback);
        }
    }

    private BodySectors() {}

    /** The sector the head of a body's name gives, or null; a head alone ("Party") is a kind of body, not a name. */
    public static String of(String name) {
        if (name == null || name.isBlank()) return null;
        List<String> words = headWords(name);
        if (words.size() < 2 && !name.strip().matches("(?s).*\\s(?:of|for)\\s.*")) return null;
        String head = words.get(words.size() - 1), pair = words.size() < 2 ? "" : words.get(words.size() - 2) + "_" + head;
        String byHead = headSector(head, pair);
        // a school's head with a civic purpose: "Institute for the Study of X" is a study society, not a school
        if (byHead != null) return Sector.EDU.name().equals(byHead) && civicPurpose(name) ? Sector.CVL.name() : byHead;
        // an organ of a body is of that body's sector, and a grouping of bodies of its members'
        String[] parts = OF_BODY.split(name.strip(), 2);
        boolean owned = ORGAN_KINDS.contains(head) || GROUPING_HEADS.contains(head) || PART_HEADS.contains(head);
        String owner = parts.length == 2 && owned ? of(parts[1]) : null;
        if (owner != null) return owner;
        // a body for friendship or solidarity with a people, or for the study of an idea, is a civic body
        for (String w : words) if (CIVIC_WORDS.contains(w)) return Sector.CVL.name();
        // "the Mexican National Preparatory Committee": a committee a people forms to prepare a festival, named by them
        for (int i = 1; i < words.size() - 1; i++) if (PREPARING_WORDS.contains(words.get(i))) return Sector.CVL.name();
        if (civicPurpose(name)) return Sector.CVL.name();
        return namesStateOrIgo(name) ? null : fallbackHead(words);
    }

    /** Whether the gazetteer knows the whole name as a state or a body of states ("Russian Federation", "Arab League"). */
    private static boolean namesStateOrIgo(String name) {
        String n = name.strip().replaceFirst("^(?i)the\\s+", "");
        for (GazetteerEntry g : Gazetteer.standard().wholly(n)) {
            if (g.kind() == GazetteerEntry.Kind.COUNTRY || g.kind() == GazetteerEntry.Kind.IGO) return true;
        }
        return false;
    }

    /**
     * The sector a head gives when nothing else in the name decides ({@code fallback-head-CODE}): a league, federation,
     * movement or foundation of people is a civic body, a front or a vanguard a party, and any of them a party when a
     * word of a party's creed comes before the head ({@code party-name-words}: "Revolutionary Communist League").
     */
    private static String fallbackHead(List<String> words) {
        String head = words.get(words.size() - 1);
        // "the Front" is a kind of body named again, not a name: a name has a word of its own before the head
        if (words.subList(0, words.size() - 1).stream().allMatch(ARTICLES::contains)) return null;
        for (Map.Entry<Sector, Set<String>> e : FALLBACK_HEADS.entrySet()) {
            if (!e.getValue().contains(head)) continue;
            for (String w : words.subList(0, words.size() - 1)) if (PARTY_WORDS.contains(w)) return Sector.PTY.name();
            return e.getKey().name();
        }
        return null;
    }

    /**
     * The sector a body's name gives the body and those who act for it, as the conventions code them: a party's
     * (PTY), except a party that rules its state ({@link RulingParties}), whose acts and officials are the state's
     * (GOV, CODING.md section 3); else {@link #of}. The one rule the event coder and the actor profiles both read, so
     * that a ruling party's official is coded alike in an event and in the knowledge base.
     */
    public static String ofActor(String name) {
        String s = of(name);
        return Sector.PTY.name().equals(s) && RulingParties.rules(name) ? Sector.GOV.name() : s;
    }

    private static String headSector(String head, String pair) {
        for (Map.Entry<Sector, Set<String>> e : HEADS.entrySet()) if (e.getValue().contains(pair)) return e.getKey().name();
        for (Map.Entry<Sector, Set<String>> e : HEADS.entrySet()) if (e.getValue().contains(head)) return e.getKey().name();
        return null;
    }

    /** A body named for a civic purpose: a civic word in its "for" phrase ("Group for the Study of X", "Committee for Solidarity with Y"). */
    private static boolean civicPurpose(String name) {
        String[] parts = name.strip().split("\\s+for\\s+", 2);
        if (parts.length < 2) return false;
        for (String w : parts[1].split("[\\s-]+")) if (CIVIC_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) return true;
        return false;
    }

    /**
     * The state a body's name names after its last "of" ("Workers' Party of Korea", "Ministry of Foreign Affairs of
     * Ruritania"), as ISO alpha-3, or null: the whole rest must be a state's name, not a state's word in a longer name
     * ("of Korea University").
     */
    public static String stateOf(String name) {
        if (name == null) return null;
        String n = name.strip();
        int of = n.lastIndexOf(" of ");
        if (of < 0) return null;
        String rest = n.substring(of + 4).replaceFirst("^the\\s+", "");
        if (rest.isEmpty()) return null;
        String probe = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        for (GazetteerEntry g : Gazetteer.standard().wholly(probe)) {
            if (g.kind() == GazetteerEntry.Kind.COUNTRY && g.country() != null) return g.country();
        }
        return null;
    }

    /** Whether a lower-case word is a kind of a state's organ ({@code organ-kinds}: "assembly", "committee"). */
    public static boolean isOrganKind(String word) { return ORGAN_KINDS.contains(word); }

    /** The words of a name before its first "of" or "for", lower case, a trailing code "(KOR)" left out. */
    private static List<String> headWords(String name) {
        String n = name.strip().replaceFirst("\\s*\\([A-Z]{3}\\)$", "");
        String before = n.split("\\s+(?:of|for)\\s+", 2)[0].strip();
        List<String> words = new ArrayList<>();
        for (String w : before.split("[\\s-]+")) words.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "").replaceAll("'$", ""));
        return words;
    }
}
