package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The people of the whole record written under two or more full names: "Dmitri Medvedev" and "Dmitry Medvedev",
 * "Jacob Zuma" and "Jacob Gedleyihlekisa Zuma", "Goodluck Ebele Jonathan" and its tail "Ebele Jonathan". Article by
 * article a variant becomes the known person only when its state is given and one known name fits it then; a
 * variant met first, or without its state, starts an actor of its own, and a search for the person finds half of
 * his record. Once the record is read, the variants are one person under his most frequent full form.
 *
 * <p>Two names are one person's when they are of one state (or one gives none) and one is the other written
 * shorter or longer ({@link AliasRules#isShorterForm}: a middle name dropped, a second surname), spelt otherwise word
 * by word ({@link AliasRules#isOtherSpelling}), or the last words of the other ({@link #isTail}: "Ebele Jonathan"),
 * unless the other opens with an East Asian family name, whose last words are a given name many bear ("Hui Jong" of
 * "Choe Hui Jong" and of "To Hui Jong").
 * A name that fits two people who do not fit each other ("Yong Nam" of "Kim Yong Nam" and "Ri Yong Nam") joins
 * neither, and a group whose names give two states stays apart: a wrong merge gives one man the other's deeds.
 */
final class PersonVariants {
    /** One person's name as the record holds it: its state (or null) and how many mentions were written so. */
    record Name(String name, String country, int mentions) {}

    /** The most mentions first; on a tie the name given with a state, then the first in alphabetical order. */
    private static final Comparator<Name> MOST_WRITTEN = Comparator.comparingInt(Name::mentions)
            .thenComparing(n -> n.country() != null).thenComparing(Name::name, Comparator.reverseOrder());

    /** East Asian family names, which open a name: the language layer's list, keyed. */
    private static final Set<String> FAMILY_NAMES_FIRST = org.dateline.core.language.FamilyNames.words().stream()
            .map(NameKeys::wordKey).collect(Collectors.toUnmodifiableSet());

    private PersonVariants() {}

    /** Each variant name to the name of the person it is one of (the group's most frequent full form). */
    static Map<String, String> renames(List<Name> people) {
        return renames(people, (a, b) -> false);
    }

    /**
     * The renames of {@link #renames(List)}, where two names an article wrote as two people ({@code twoPeople}: joined
     * by coordination, {@link CoordinatedNames}) never fit each other.
     */
    static Map<String, String> renames(List<Name> people, BiPredicate<String, String> twoPeople) {
        // a variant shares its last word ("Dmitri Medvedev") or its first ("Hugo Chavez Frias") with the name
        Map<String, List<Name>> byEnd = new HashMap<>();
        for (Name n : people) {
            List<String> w = words(n.name());
            if (w.size() < 2) continue;
            byEnd.computeIfAbsent("<" + NameKeys.wordKey(w.get(0)), k -> new ArrayList<>()).add(n);
            byEnd.computeIfAbsent(">" + NameKeys.wordKey(w.get(w.size() - 1)), k -> new ArrayList<>()).add(n);
        }
        Map<Name, Set<Name>> fits = new LinkedHashMap<>();
        for (List<Name> group : byEnd.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Name a = group.get(i), b = group.get(j);
                    if (!oneState(a, b) || !oneName(a.name(), b.name()) || twoPeople.test(a.name(), b.name())) continue;
                    fits.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    fits.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        }
        // a name fitting two people who do not fit each other is nobody's for sure: it links neither
        fits.keySet().removeIf(n -> ambiguous(n, fits));
        fits.values().forEach(s -> s.removeIf(m -> !fits.containsKey(m)));
        Map<String, String> out = new LinkedHashMap<>();
        Set<Name> seen = new HashSet<>();
        for (Name start : fits.keySet()) {
            if (!seen.add(start)) continue;
            List<Name> group = component(start, fits, seen);
            if (group.size() < 2 || group.stream().map(Name::country).filter(Objects::nonNull).distinct().count() > 1) continue;
            Name head = group.stream().max(MOST_WRITTEN).orElseThrow();
            for (Name n : group) if (n != head) out.put(n.name(), head.name());
        }
        return out;
    }

    private static List<Name> component(Name start, Map<Name, Set<Name>> fits, Set<Name> seen) {
        List<Name> group = new ArrayList<>(List.of(start));
        for (int i = 0; i < group.size(); i++) {
            for (Name m : fits.getOrDefault(group.get(i), Set.of())) if (seen.add(m)) group.add(m);
        }
        return group;
    }

    /**
     * True when a name fits two people who do not fit each other. Two shorter names that both lie inside it, each of
     * its words in its order ("Goodluck Jonathan" and "Ebele Jonathan" of "Goodluck Ebele Jonathan"), are no two
     * people: each drops another word of the one full name, and the full name holds all of them. A shorter name that
     * two longer ones contain ("Yong Nam" of "Kim Yong Nam" and "Ri Yong Nam") stays ambiguous.
     */
    private static boolean ambiguous(Name n, Map<Name, Set<Name>> fits) {
        List<Name> others = new ArrayList<>(fits.get(n));
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                if (fits.getOrDefault(others.get(i), Set.of()).contains(others.get(j))) continue;
                if (!contains(n.name(), others.get(i).name()) || !contains(n.name(), others.get(j).name())) return true;
            }
        }
        return false;
    }

    /** True when every word of a shorter name is a word of the longer one, in the same order. */
    static boolean contains(String longer, String shorter) {
        List<String> l = keys(longer), s = keys(shorter);
        if (s.size() >= l.size()) return false;
        int at = 0;
        for (String w : s) {
            while (at < l.size() && !l.get(at).equals(w)) at++;
            if (at++ >= l.size()) return false;
        }
        return true;
    }

    private static boolean oneState(Name a, Name b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    /**
     * True when two full names are one name written shorter, longer, otherwise, or as the other's last words. A name
     * with the head of a body or place ("Kim Won Gyun Conservatory", "Jangdae Hill") is none of a person's. A name
     * that opens with an East Asian family name ({@code surnames.txt}: "Choe Hyon", "Choe Hyon Hui") has no middle
     * name to drop and no letter to spell otherwise ("Kwan", "Kwang" are two names): only its last words, the
     * given name the recogniser cut the family name from ("Hong Dan" of "Min Hong Dan"), are the same person.
     */
    static boolean oneName(String a, String b) {
        if (AliasRules.isOtherPerson(a, b) || headed(a) || headed(b)) return false;
        // the tail of a name that opens with its family name ("Hui Jong" of "Choe Hui Jong") is the given name, which
        // many people bear: the tagger cut "To Hui Jong" short, it did not write Choe Hui Jong shorter
        if (isTail(a, b) && !familyNameFirst(b) || isTail(b, a) && !familyNameFirst(a)) return true;
        if (familyNameFirst(a) || familyNameFirst(b) || !sameLastWord(a, b)) return false;
        return AliasRules.isShorterForm(a, b) || AliasRules.isShorterForm(b, a) || AliasRules.isOtherSpelling(a, b);
    }

    private static boolean headed(String name) { return AliasRules.hasBodyHead(name) || AliasRules.hasPlaceHead(name); }

    /** True when a name opens with an East Asian family name: a listed one, or one capital letter ("O Su Yong"). */
    private static boolean familyNameFirst(String name) {
        String first = words(name).get(0);
        return FAMILY_NAMES_FIRST.contains(NameKeys.wordKey(first))
                || first.length() == 1 && Character.isUpperCase(first.charAt(0));
    }

    private static boolean sameLastWord(String a, String b) {
        List<String> x = keys(a), y = keys(b);
        return x.get(x.size() - 1).equals(y.get(y.size() - 1));
    }

    /** True when a name of two words or more is the last words of a longer one: "Ebele Jonathan". */
    static boolean isTail(String shorter, String longer) {
        List<String> s = keys(shorter), l = keys(longer);
        return s.size() >= 2 && l.size() > s.size() && l.subList(l.size() - s.size(), l.size()).equals(s);
    }

    private static List<String> keys(String name) {
        return words(name).stream().map(NameKeys::wordKey).toList();
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) if (!NameKeys.wordKey(w).isEmpty()) out.add(w);
        return out;
    }
}
