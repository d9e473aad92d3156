package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.core.language.BodySectors;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;

/**
 * Which mentions of an actor are its names, and so its aliases. An alias is how a search finds the actor, so an alias
 * that is another entity puts that entity's record under the wrong name: "Gaza Strip" under Palestine, "Palestinian
 * officials" under the state, "Kim" under whichever Kim came first.
 *
 * <p>The language layer codes a mention with the state it belongs to or acts for, which is right for coding events
 * ("shelling of the Gaza Strip" hits Palestine) but says nothing about names: a place in a state, a group of its
 * people and a description ("the committee") are mentions of something else. Capitals stay aliases of their state,
 * since the agencies write "Pyongyang" and "Washington" for the governments that act there.
 */
final class AliasRules {
    private static final Set<String> PLACE_HEADS = ConnectWords.get("place-heads");
    private static final Set<String> PLACE_NAMES = ConnectWords.get("place-names");
    private static final Set<String> COLLECTIVE_NOUNS = ConnectWords.get("collective-nouns");
    private static final Set<String> BODY_HEADS = ConnectWords.get("body-heads");
    private static final Set<String> ORGAN_WORDS = ConnectWords.get("organ-words");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> TITLE_ROLES = ConnectWords.get("title-roles");
    private static final Set<String> HONORIFICS = ConnectWords.get("name-honorifics");
    /** Gazetteer entries that name a state: its name, its adjective, its capital. */
    private static final Set<GazetteerEntry.Kind> STATE_KINDS = EnumSet.of(GazetteerEntry.Kind.COUNTRY,
            GazetteerEntry.Kind.DEMONYM, GazetteerEntry.Kind.CAPITAL);
    /** Letters two spellings of one name word share at the start, all but the last ("Dmitri", "Dmitry"). */
    private static final int SAME_STEM = 4;

    private AliasRules() {}

    /**
     * True when a mention, written otherwise than the actor's name, is no name of that actor: a place or a group of
     * its people, for a state; a mention tagged GROUP, a description or a place's own body, for any actor but a
     * person (whose aliases must share a word of the name). A plural names a body too ("U.S. armed forces"), so
     * it is a group only for a state.
     */
    static boolean isOtherEntity(Entity mention, String actorName, EntityType actorType) {
        if (actorType == EntityType.PERSON) return false;
        boolean state = actorType == EntityType.COUNTRY || mention.type() == EntityType.COUNTRY;
        if (state && (isPlace(mention) || isGroup(mention))) return true;
        String text = mention.text();
        return mention.type() == EntityType.GROUP || isDescription(text, actorName) || isLocalBody(text, actorName);
    }

    /**
     * True for a place's own body under a common noun, when the actor's name lacks that place: "Chicago police" is
     * not the United States Police, nor "Wonsan Army" the North Korea Army. A longer proper name after the place
     * ("Korean Peninsula Energy Development Organization") stays a name.
     */
    static boolean isLocalBody(String text, String actorName) {
        String t = text.strip();
        for (GazetteerEntry g : Gazetteer.standard().startingAt(t, 0)) {
            int end = g.text().length();
            if (g.kind() != GazetteerEntry.Kind.PLACE || end >= t.length() || t.charAt(end) != ' ') continue;
            if (!actorName.contains(g.text()) && GenericParticipants.isGeneric(t.substring(end + 1))) return true;
        }
        return false;
    }

    /** True for a place: tagged LOCATION, a place of the gazetteer, a place word at its end, or a listed territory. */
    static boolean isPlace(Entity mention) {
        if (mention.type() == EntityType.LOCATION) return true;
        String text = mention.text().strip();
        if (PLACE_NAMES.contains(NameKeys.key(text))) return true;
        String[] words = text.split("\\s+");
        if (words.length > 1 && PLACE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
        for (GazetteerEntry g : Gazetteer.standard().wholly(text)) if (g.kind() == GazetteerEntry.Kind.PLACE) return true;
        return false;
    }

    /**
     * True for a group of people: tagged GROUP, or a phrase whose head (the last word before any "of") is a common
     * noun in the plural or a collective one: "Palestinian officials", "Korean people", "Hezbollah's officials".
     */
    static boolean isGroup(Entity mention) {
        if (mention.type() == EntityType.GROUP) return true;
        String[] words = mention.text().strip().split("(?i)\\s+of\\s+", 2)[0].split("\\s+");
        String head = words[words.length - 1];
        if (words.length < 2 || !head.equals(head.toLowerCase(Locale.ROOT))) return false;
        return COLLECTIVE_NOUNS.contains(head) || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
    }

    /**
     * True for a description in common nouns only, which any body of its kind could be: "the committee", or "the
     * Committee" for a name that ends in it. "The North" stays a name of North Korea: it is not the name's head.
     */
    static boolean isDescription(String text, String actorName) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || !ARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        String[] name = actorName.strip().split("\\s+");
        if (words.length == 2 && name.length > 1 && words[1].equalsIgnoreCase(name[name.length - 1])) return true;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * True when an alias of a person may stand as far as short names go: it is more than one word, or no known full
     * name has it as its first or last word (a nickname, an acronym: "KJU"), or the full names that do ({@code
     * bearers}) and this person's are one name written longer or shorter: all nest in one of them ("Dilma Rousseff",
     * "Dilma Vana Rousseff"; "Felipe Calderon" for the "Calderon" of "Felipe Calderon Hinojosa"). Many people share a
     * surname ("Kim", "Lavrov": Sergei and Arkady), and filing it under the most frequent bearer gives him the
     * others' deeds whenever a search goes by it.
     */
    static boolean isOwnShortName(String alias, String person, Collection<String> bearers) {
        if (alias.strip().contains(" ") || bearers.isEmpty()) return true;
        List<String> names = new ArrayList<>(bearers);
        if (!names.contains(person)) {
            if (!words(person).contains(NameKeys.wordKey(alias))) return false;
            names.add(person);
        }
        return names.stream().anyMatch(whole -> names.stream().allMatch(n -> nests(n, whole)));
    }

    /**
     * True when the article writes a person's full name, and only after this one-word mention of it: the one word is
     * then no short form of that name, since a short form refers back to a name given before it, never forward. It is
     * a person of one name, or another bearer of the word, listed before the fuller name ("Vijay, vice-president of
     * the party, Vijay Chopra, director of the company"). A full name known from other articles only (the story's
     * earlier days) still stands behind a short form.
     */
    static boolean namedInFullOnlyLater(String fullName, Entity mention, List<Entity> entities) {
        boolean named = false;
        for (Entity x : entities) {
            if (x.type() != EntityType.PERSON || !NameKeys.key(x.text()).equals(NameKeys.key(fullName))) continue;
            if (x.start() <= mention.start()) return false;
            named = true;
        }
        return named;
    }

    /** True when a name's last word makes it a body: "Lanzhou Wanbao", "Liao Yang Daily", "Wonsan Committee". */
    static boolean hasBodyHead(String name) {
        List<String> words = nameWords(name);
        return words.size() > 1 && BODY_HEADS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }

    /** True when a name's last word makes it a place: "Kumi Inlet", "Jeju Island". */
    static boolean hasPlaceHead(String name) {
        List<String> words = nameWords(name);
        return words.size() > 1 && PLACE_HEADS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * True when a mention tagged as a person is a title without a name: its last word is a common noun ("Bolivian
     * ambassador", "Israeli prime minister", "top Arab League official"). Who holds the office changes, and the
     * holder, once named, is an actor under that name: the title is none of its own.
     */
    static boolean isTitleWithoutName(String name) {
        List<String> words = nameWords(name);
        if (words.size() < 2) return false;
        String last = words.get(words.size() - 1);
        return last.equals(last.toLowerCase(Locale.ROOT)) && !last.equals(last.toUpperCase(Locale.ROOT));
    }

    /**
     * True when an alias is the first words of a body's name only, the rest ending in the head of a body, or what
     * follows its "of": the namesake the body is named after or the body it belongs to ("Lanzhou" of "Lanzhou
     * Wanbao", "United Nations" of "United Nations Security Council", "C.C." of "Secretariat of the C.C."), another
     * entity. A bare common noun ("president") names no one either.
     */
    static boolean isNamesake(String alias, String name) {
        // "C.C." of "Secretariat of the C.C.": the body a part belongs to
        String[] parts = name.strip().split("\\s+of\\s+(?:the\\s+)?", 2);
        if (parts.length == 2 && NameKeys.key(parts[1]).equals(NameKeys.key(alias))) return true;
        if (alias.strip().equals(alias.strip().toLowerCase(Locale.ROOT))) return true;
        List<String> a = nameWords(alias), n = nameWords(name);
        if (a.isEmpty() || a.size() >= n.size() || !hasBodyHead(name)) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!NameKeys.wordKey(a.get(i)).equals(NameKeys.wordKey(n.get(i)))) return false;
        }
        return true;
    }

    /**
     * True when two full names of people are two people: they share a surname but a word of the shorter fits no word
     * of the longer, neither as itself, nor as its initial ("D." for "Dmitry", "V.V." for "Vladimir Vladimirovich"),
     * nor as another spelling of one stem ("Dmitri", "Dmitry"). "Raul Castro Ruz" is not "Fidel Castro", nor
     * "Kim Jong Un" "Kim Jong Il"; "George W. Bush" is "George Bush" and "Omar Hassan Ahmad al-Bashir" "Omar
     * al-Bashir". A one-word name is left to {@link #isOwnShortName}.
     */
    static boolean isOtherPerson(String text, String name) {
        List<String> a = nameWords(text), b = nameWords(name);
        if (a.size() < 2 || b.size() < 2 || NameKeys.key(text).equals(NameKeys.key(name))) return false;
        List<String> shorter = a.size() <= b.size() ? a : b, longer = shorter == a ? b : a;
        for (String w : shorter) {
            if (longer.stream().noneMatch(l -> fits(w, l, longer))) return true;
        }
        return false;
    }

    /**
     * True when an alias is a person's whole name with words before it, a title or an epithet the text glued to the
     * name ("H.E. Kim Jong Il", "Generalissimo Kim Il Sung", "Marshal Li Ven"): the person as addressed, not a
     * spelling of the name; the title is a role ({@code RoleAttacher}), and a search for it finds the name inside.
     */
    static boolean isTitledName(String alias, String name) {
        List<String> a = nameWords(alias), n = nameWords(name);
        if (n.size() < 2 || a.size() <= n.size()) return false;
        for (int i = 0; i < n.size(); i++) {
            String k = NameKeys.wordKey(n.get(i));
            if (!k.equals(NameKeys.wordKey(a.get(a.size() - n.size() + i)))) return false;
        }
        return true;
    }

    /**
     * A person's name without the titles and honorifics written before it ({@code title-roles},
     * {@code name-honorifics}): "H.E. Generalissimo Kim Jong Il" and "Dear Respected Marshal Kim Jong Un" are the
     * person addressed, "Kim Jong Il" and "Kim Jong Un", not a person of their own; the title is a role. What is
     * left must be a name of two words or more, else the name is returned whole: "Prince Harry", "General Lee" are
     * left to the short-name rules.
     */
    static String withoutTitles(String name) {
        List<String> words = nameWords(name);
        int at = 0;
        while (at < words.size() && titleWord(words.get(at))) at++;
        return at == 0 || words.size() - at < 2 ? name : String.join(" ", words.subList(at, words.size()));
    }

    private static boolean titleWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(lower) || TITLE_ROLES.contains(lower.replaceAll("[.,]+$", ""));
    }

    /**
     * True when an alias is a body's name without the state it names, which every state has a body of: "Foreign
     * Ministry" of the "Peruvian Foreign Ministry", "Congress" of the "U.S. Congress", "National Assembly" of the
     * "Vietnamese National Assembly". Inside one article the language layer tied it to the state; across the record
     * it is every state's ministry, and filed under one of them it would bring the others' deeds to a search.
     */
    static boolean isOrganWithoutItsState(String alias, String name) {
        List<String> a = nameWords(alias), rest = new ArrayList<>(nameWords(name));
        if (a.isEmpty() || a.size() >= rest.size()) return false;
        for (String w : a) {
            String k = NameKeys.wordKey(w);
            int at = -1;
            for (int i = 0; i < rest.size() && at < 0; i++) if (NameKeys.wordKey(rest.get(i)).equals(k)) at = i;
            if (at < 0) return false;
            rest.remove(at);
        }
        String state = String.join(" ", rest);
        for (GazetteerEntry g : Gazetteer.standard().wholly(state)) if (STATE_KINDS.contains(g.kind())) return true;
        return false;
    }

    /**
     * True when two full names of people are one name written shorter and longer, as Western names drop a middle
     * name or a second surname: the shorter (two words or more) opens with the longer's first word and either ends
     * with its last ("Dilma Rousseff", "Dilma Vana Rousseff") or is its first words ("Hugo Chavez", "Hugo Chavez
     * Frias"), the first word perhaps spelt otherwise ("Dmitry Medvedev", "Dmitri Anatoliyevich Medvedev"). Whether they
     * are one person is the caller's to judge (a state both give, no other such name).
     */
    static boolean isShorterForm(String shorter, String longer) {
        List<String> s = keys(shorter), l = keys(longer);
        if (s.size() < 2 || l.size() <= s.size() || !sameFirstName(shorter, longer)) return false;
        if (s.get(s.size() - 1).equals(l.get(l.size() - 1)) && l.containsAll(s.subList(1, s.size()))) return true;
        // one more name word at the end, not the head of a body or place named after the person ("X University")
        List<String> words = nameWords(longer);
        String added = words.get(words.size() - 1);
        return l.size() == s.size() + 1 && l.subList(0, s.size()).equals(s) && Character.isUpperCase(added.charAt(0))
                && !BODY_HEADS.contains(added.toLowerCase(Locale.ROOT)) && !PLACE_HEADS.contains(added.toLowerCase(Locale.ROOT));
    }

    /**
     * True when two full names of people are one name spelt two ways: as many words, the last the same, every other
     * the same or a spelling of one stem ("Dmitry Medvedev", "Dmitri Medvedev"; "Mahmud Abbas", "Mahmoud Abbas" is
     * not one stem by letters, and stays apart). Whether they are one person is the caller's to judge.
     */
    static boolean isOtherSpelling(String a, String b) {
        List<String> x = nameWords(a), y = nameWords(b);
        if (x.size() < 2 || x.size() != y.size() || NameKeys.key(a).equals(NameKeys.key(b))) return false;
        if (!NameKeys.wordKey(x.get(x.size() - 1)).equals(NameKeys.wordKey(y.get(y.size() - 1)))) return false;
        for (int i = 0; i < x.size() - 1; i++) {
            String w = x.get(i);
            if (w.contains(".") || NameKeys.wordKey(w).length() == 1 || !fits(w, y.get(i), y)) return false;
        }
        return true;
    }

    /** True when two names open with one word, or one stem spelt two ways ("Dmitry", "Dmitri"), never an initial. */
    private static boolean sameFirstName(String a, String b) {
        List<String> x = nameWords(a), y = nameWords(b);
        String k = NameKeys.wordKey(x.get(0));
        if (k.equals(NameKeys.wordKey(y.get(0)))) return true;
        return !x.get(0).contains(".") && k.length() > 1 && fits(x.get(0), y.get(0), y);
    }

    private static List<String> keys(String name) {
        return nameWords(name).stream().map(NameKeys::wordKey).toList();
    }

    /**
     * True when a name says which kind of organ of a state it is and not which state: its last word before any "of"
     * a kind ({@code organ-kinds}: "Assembly", "Committee", "Navy") and every word a kind or a word of which organ
     * ({@code organ-words}: "National", "Central", "Foreign", "Affairs"). "Central Committee" and "National
     * Assembly" are; "Supreme People's Assembly", "Korean People's Navy" and "Grand National Party" are names.
     */
    static boolean isOrganKind(String name) {
        List<String> words = nameWords(name);
        if (words.isEmpty()) return false;
        String head = name.strip().split("\\s+of\\s+", 2)[0].strip();
        String[] hw = head.split("\\s+");
        if (!BodySectors.isOrganKind(hw[hw.length - 1].toLowerCase(Locale.ROOT))) return false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!BodySectors.isOrganKind(lower) && !ORGAN_WORDS.contains(lower)) return false;
        }
        return true;
    }

    /** True when a word of a name fits a word of the other: the same, a spelling of one stem, or initials. */
    private static boolean fits(String word, String other, List<String> otherWords) {
        String w = NameKeys.wordKey(word), o = NameKeys.wordKey(other);
        if (w.equals(o)) return true;
        if (word.contains(".") || w.length() == 1) {
            for (char c : w.toCharArray()) {
                if (otherWords.stream().noneMatch(x -> NameKeys.wordKey(x).charAt(0) == c)) return false;
            }
            return true;
        }
        int common = 0;
        while (common < Math.min(w.length(), o.length()) && w.charAt(common) == o.charAt(common)) common++;
        return common >= SAME_STEM && common >= Math.min(w.length(), o.length()) - 1;
    }

    /** The words of a name with a letter or digit in them, hyphenated parts kept together ("Jong-un"). */
    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) if (!NameKeys.wordKey(w).isEmpty()) out.add(w);
        return out;
    }

    /** True when every word of a name is a word of the other name: "Dilma Rousseff" in "Dilma Vana Rousseff". */
    private static boolean nests(String name, String other) {
        return words(other).containsAll(words(name));
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.strip().split("\\s+")) out.add(NameKeys.wordKey(w));
        out.remove("");
        return out;
    }
}
