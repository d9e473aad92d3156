package org.dateline.core.connect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * What one article offers to be threaded by, read from the article alone: its weighted features (the actors it
 * names and its headline words), which of them are states, and which headline words tell its subject. Kept apart
 * from {@link ThreadBuilder}, which weighs these features against the stream seen so far and the running threads, so
 * that what counts as a feature can be read and tested without a stream (and the placement without a parse).
 * Feature keys are {@code a:KEY:Name} for an actor and {@code w:word} for a headline word.
 */
final class ThreadFeatures {
    /** Letters a headline word shares at its start with a word of an actor's name to be that name ("Velmarian", "Velmar"). */
    static final int NAME_STEM = 5;
    /** The weight of a named person among the features: sharing one is sharing who the story is about. */
    static final double PERSON = 3;
    /** Compiled once: String.split compiles a class pattern anew on every call, for every name of every article. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = ConnectWords.get("thread-stop-words");
    private static final Set<String> STANCE = ConnectWords.get("headline-stance-words");
    private static final Set<String> PROTOCOL = ConnectWords.get("headline-protocol-words");
    private static final Set<String> PLACEHOLDERS = ConnectWords.get("headline-placeholder-words");
    private static final Set<String> DOCTRINES = ConnectWords.get("doctrine-words");
    private static final Set<String> GENRES = ConnectWords.get("headline-genre-words");
    private static final Set<String> KINDS = ConnectWords.get("headline-kind-words");
    private static final Set<String> MEASURES = ConnectWords.get("headline-measure-words");
    private static final Set<String> MONTHS = ConnectWords.get("month-words");
    private static final Set<String> TOLL_DEEDS = ConnectWords.get("headline-toll-deeds");
    private static final Set<String> COUNTS = ConnectWords.get("headline-count-words");
    /** Digits of the longest count read in a headline: a longer number is a year ("2011 Floods"), not a toll. */
    private static final int COUNT_DIGITS = 3;
    /** Words of the shortest headline read as a column's title ({@link #sameTitle}). */
    static final int TITLE_WORDS = 3;
    private static final Set<String> VISITS = ConnectWords.get("headline-visit-words");
    /** Letters a word must have before "ism" to be read as the name of a doctrine ("Maoism", not "prism"). */
    private static final int ISM_MIN_LENGTH = 6;
    /** Letters of the longest initialism read as one ("CPRK", "KCNA", "NATO"); a longer word in capitals is a word. */
    private static final int INITIALISM_MAX = 6;

    private ThreadFeatures() {}

    /**
     * The headline-word features of an article that tell its subject: neither a word of stance or speech
     * ({@code headline-stance-words}: "Condemns", "Slams"), nor one of protocol ({@code headline-protocol-words}:
     * "Greetings", "Meets", "FM"), nor a form of a name the article's actors bear ("Velmarian"
     * beside Velmar, "Ruritanians" beside Ruritania: {@link #NAME_STEM} letters in common at the start), nor its
     * initials ("VPA" beside the Velmarian People's Army). Nor what a routine series shares from one item to the next while its object changes: the genre of the deed
     * ({@code headline-genre-words}: "Gives Field Guidance to"), the kind of its object ({@code headline-kind-words}:
     * "Factory", "Fish Farm"), a measured figure and its period ({@code headline-measure-words}, months, numbers:
     * "September PPI up 0.3 Pct"). Only the object itself ("Tanchon", "Treaty") then ties two items.
     */
    static Set<String> subjectWords(Map<String, Double> features) {
        return subjectWords(features, null);
    }

    /**
     * The subject words of {@link #subjectWords(Map)}, less the initialisms the headline writes in capitals ("CPRK
     * Secretariat Accuses ...", "KCNA Commentary Slams ..."): an initialism names a body, a party or the voice that
     * speaks, whether or not the article spells its name out where the tagger could read it, so it tells who, never
     * what. A headline written all in capitals has no such cue and keeps its words.
     */
    static Set<String> subjectWords(Map<String, Double> features, String headline) {
        return subjectWords(features, headline, Set.of());
    }

    /**
     * The subject words of {@link #subjectWords(Map, String)}, less the forms of the names of the sides the article
     * names as states or nationalities ({@link #sideNames}): "Nigerian" in "Work Posted by Nigerian Organization" says
     * whose organization, as "Nigeria" would, whether or not the tagger also read a state (a nationality weighs
     * nothing among the features, so the name rule above never saw it). One society's postings on one occasion after
     * another share that word and their own name only, which makes a column, not a story.
     */
    static Set<String> subjectWords(Map<String, Double> features, String headline, Set<String> sideNames) {
        Set<String> stems = new HashSet<>();
        for (String f : features.keySet()) if (f.startsWith("a:")) addNameStems(nameOf(f), stems);
        for (String name : sideNames) addNameStems(name, stems);
        Set<String> out = nameless(features, stems);
        out.removeAll(initialisms(headline));
        return out;
    }

    /** The stems of a name's words ({@link #NAME_STEM} letters) and its initials ("vpa" of "Velmarian People's Army"). */
    private static void addNameStems(String name, Set<String> stems) {
        StringBuilder initials = new StringBuilder();
        for (String w : NOT_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (w.length() >= NAME_STEM) stems.add(w.substring(0, NAME_STEM));
            else if (!w.isEmpty()) stems.add(w);
            if (w.length() > 1 && !STOP.contains(w)) initials.append(w.charAt(0));
        }
        if (initials.length() > 1) stems.add(initials.toString());
    }

    /** The headline words of an article less those that tell no subject (see {@link #subjectWords(Map)}). */
    private static Set<String> nameless(Map<String, Double> features, Set<String> stems) {
        Set<String> out = new HashSet<>();
        for (String f : features.keySet()) {
            if (!f.startsWith("w:")) continue;
            String w = f.substring(2);
            String stem = w.length() >= NAME_STEM ? w.substring(0, NAME_STEM) : w;
            if (!stems.contains(stem) && !serial(w) && !STANCE.contains(w) && !PROTOCOL.contains(w) && !PLACEHOLDERS.contains(w)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The "w:" keys of the words a headline writes as initialisms: two to six capitals, in a headline that has lower case. */
    static Set<String> initialisms(String headline) {
        if (headline == null || headline.chars().noneMatch(Character::isLowerCase)) return Set.of();
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(headline)) {
            if (w.length() >= 2 && w.length() <= INITIALISM_MAX && w.chars().allMatch(Character::isUpperCase)) {
                out.add("w:" + w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** True when a headline word is one a routine series repeats with each new object: genre, kind, figure, period. */
    private static boolean serial(String word) {
        return GENRES.contains(word) || KINDS.contains(word) || MEASURES.contains(word) || MONTHS.contains(word)
                || word.chars().anyMatch(Character::isDigit);
    }

    /**
     * True when an article's headline reports a measured figure ({@code headline-measure-words}: "Jobless Claims
     * Index Up", "Eurozone Inflation at 2.1 Pct"): one release of a recurring series, whose next release is another
     * item of the series and no later day of the same story.
     */
    static boolean release(Map<String, Double> features) {
        for (String f : features.keySet()) {
            if (f.startsWith("w:") && MEASURES.contains(f.substring(2))) return true;
        }
        return false;
    }

    /**
     * True when a headline counts the people one deed took ({@code headline-toll-deeds} beside a number of
     * {@code headline-count-words} or of digits: "Army Arrests 12 in Border Raids", "Two Killed in Air Strike"): one
     * raid or strike of a campaign. The next raid of the same sides, on another day with another count, is another
     * item of the series, not a later day of the same story.
     */
    static boolean countedDeed(String headline) {
        if (headline == null) return false;
        boolean count = false, deed = false;
        for (String w : NOT_WORD.split(headline.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            count |= COUNTS.contains(w) || w.length() <= COUNT_DIGITS && w.chars().allMatch(Character::isDigit);
            deed |= TOLL_DEEDS.contains(w);
        }
        return count && deed;
    }

    /**
     * True when a headline is made of protocol, placeholder and genre words only ("Visits", "Greetings", "Gifts to the
     * Leader"): the title of a roundup, whose body tells the day's items for several parties (one delegation leaving,
     * two others arriving). What it names is a union of stories, so it is evidence of none: a report of one of its
     * parties may join the story the roundup joined, but not a thread the roundup is the core of.
     */
    static boolean roundup(String headline) {
        if (headline == null) return false;
        boolean any = false;
        for (String w : NOT_WORD.split(headline.toLowerCase(Locale.ROOT))) {
            if (w.length() < 3 || STOP.contains(w)) continue;
            if (!PROTOCOL.contains(w) && !PLACEHOLDERS.contains(w) && !GENRES.contains(w)) return false;
            any = true;
        }
        return any;
    }

    /**
     * True when two headlines are one title, or one is the other less some words ("Cooperation among Countries" and
     * "Cooperation among Different Countries"): the recurring title of a column, whatever each item's parties. A
     * title of fewer than {@link #TITLE_WORDS} words ("Visits", "Delegation Arrives") is any headline's part.
     */
    static boolean sameTitle(String a, String b) {
        if (a == null || b == null) return false;
        Set<String> x = titleWords(a), y = titleWords(b);
        if (Math.min(x.size(), y.size()) < TITLE_WORDS) return false;
        return x.containsAll(y) || y.containsAll(x);
    }

    private static Set<String> titleWords(String headline) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(headline.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * True when an article's headline tells an act on an object of a kind ({@code headline-kind-words}: "Leader Gives
     * Field Guidance to Tarvo Tile Factory", "Leader Visits Velmo Restaurant"): an item of one party's round, whose
     * next item is the same doer and his suite at another object. Who is shared then tells nothing: only the object
     * itself (its name, a subject word) or a reported event in common makes the next article the same story.
     */
    static boolean actOnObject(Map<String, Double> features) {
        for (String f : features.keySet()) {
            if (f.startsWith("w:") && KINDS.contains(f.substring(2))) return true;
        }
        return false;
    }

    /**
     * True when an article's headline tells a visit to a place ({@code headline-visit-words}: "Forestry Workers Visit
     * Mangyongdae", "Guests Tour Museum"): the place and the figures honoured there are shared by every visitor's
     * report, so only the visitor makes two reports one visit.
     */
    static boolean visit(Map<String, Double> features) {
        for (String f : features.keySet()) {
            if (f.startsWith("w:") && VISITS.contains(f.substring(2))) return true;
        }
        return false;
    }

    /** True when an actor feature's name has a kind of object among its words ("Tarvo Tile Factory"). */
    static boolean namesObject(String actorFeature) {
        String name = nameOf(actorFeature);
        for (String w : NOT_WORD.split(name.toLowerCase(Locale.ROOT))) if (KINDS.contains(w)) return true;
        return false;
    }

    /**
     * True when a name is that of a doctrine, creed or idea ({@code doctrine-words}, or a last word in -ism: "Maoism",
     * "the party's Songun", "Juche Idea"), which a tagger may read as a body: its adherents name it in every article,
     * one society after another, so it tells neither who a story is about nor which story.
     */
    static boolean doctrine(String name) {
        String[] words = NOT_WORD.split(name.toLowerCase(Locale.ROOT));
        if (words.length == 0) return false;
        String last = words[words.length - 1];
        return DOCTRINES.contains(last) || last.length() >= ISM_MIN_LENGTH && last.endsWith("ism");
    }

    /** The names the article gives states and nationalities, as written and as resolved ("Nigerian", "Nigeria"). */
    static Set<String> sideNames(Annotated a) {
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.COUNTRY && e.type() != EntityType.NATIONALITY) continue;
            out.add(e.text());
            if (e.canonical() != null) out.add(e.canonical());
        }
        return out;
    }

    /** The actor features of an article that are states: the sides of its story, never its body. */
    static Set<String> states(Annotated a) {
        return entityFeatures(a, e -> e.type() == EntityType.COUNTRY);
    }

    /**
     * The actor features of an article that are media (sector {@code MED}: a paper, a broadcaster, an agency): the
     * voice that tells a story, which a tagger may also read as a person ("Minju Joson"). A paper's commentaries on
     * one subject after another share it and nothing else, so it is no evidence that two articles tell one story.
     */
    static Set<String> media(Annotated a) {
        return entityFeatures(a, e -> Sector.MED.is(e.sector()));
    }

    /** The actor features of the article's entities of one kind, by their canonical name and as written. */
    private static Set<String> entityFeatures(Annotated a, Predicate<Entity> kind) {
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            if (!kind.test(e)) continue;
            out.add(actorFeature(e.canonical() == null ? e.text() : e.canonical()));
            out.add(actorFeature(e.text()));
        }
        return out;
    }

    /**
     * The actor features of the parties that do the article's deeds (the actors of its events, not their recipients):
     * the bureau that issued the stamp, the society that made the statement, the unit that staged the drill. A body
     * that does the deed of one article and of another is a doer twice, which says two deeds, not one story.
     */
    static Set<String> doers(Annotated a) {
        Set<String> out = new HashSet<>();
        for (Event ev : a.events()) {
            for (Participant p : ev.actors()) {
                if (p.name() != null && !GenericParticipants.isGeneric(p.name())) {
                    out.add(actorFeature(p.name()));
                }
            }
        }
        return out;
    }

    /**
     * True when an actor feature names one of the article's doers ({@link #doers}), by its key or as a shorter form of
     * a doer's key: the tagger's "General Association of Koreans" is the coder's "General Association of Koreans in
     * China" that made the statement.
     */
    static boolean doer(String actorFeature, Set<String> doers) {
        if (doers.contains(actorFeature)) return true;
        String key = keyOf(actorFeature);
        if (key.indexOf(' ') < 0) return false;  // one word is too little to call two names one
        for (String d : doers) if (keyOf(d).startsWith(key + " ")) return true;
        return false;
    }

    /**
     * The feature of a party named {@code name}: {@code a:KEY:Name}, its key ({@link NameKeys#key}) for matching and
     * the name as written for reading.
     */
    static String actorFeature(String name) {
        return "a:" + NameKeys.key(name) + ":" + name;
    }

    /** The key part of an actor feature {@code a:KEY:Name}. */
    private static String keyOf(String actorFeature) {
        return actorFeature.substring(2, actorFeature.indexOf(':', 2));
    }

    /** The name part of an actor feature {@code a:KEY:Name}, as the text wrote it. */
    static String nameOf(String actorFeature) {
        return actorFeature.substring(actorFeature.indexOf(':', 2) + 1);
    }

    /** Feature -> weight by kind: people 3, organisations and groups 2, states 1, headline words 1. */
    static Map<String, Double> features(Annotated a) {
        Map<String, Double> f = new HashMap<>();
        for (Entity e : a.entities()) {
            String name = e.canonical() == null || NameKeys.key(e.canonical()).equals(NameKeys.key(e.text()))
                    ? e.text() : e.canonical();
            if (GenericParticipants.isGeneric(name)) continue;  // "chief executive", "police": no one in particular
            if (doctrine(name)) continue;  // "Juche", "the party's Songun": an idea, no party to a story
            double w = e.type() == null ? 0 : switch (e.type()) {  // null: a type an older store spelled otherwise
                case PERSON -> name.contains(" ") ? 3 : 0;  // a lone surname ties nothing together
                case ORGANIZATION, GROUP -> 2;
                case COUNTRY -> 1;
                case LOCATION, NATIONALITY, PRONOUN -> 0;
            };
            if (w > 0) f.merge(actorFeature(name), w, Math::max);
        }
        for (Event ev : a.events()) {
            for (List<Participant> ps : List.of(ev.actors(), ev.recipients())) {
                for (Participant p : ps) {
                    if (p.name() != null && !GenericParticipants.isGeneric(p.name()) && !doctrine(p.name())) f.merge(actorFeature(p.name()), 2.0, Math::max);
                }
            }
        }
        String headline = a.article().headline() == null ? "" : a.article().headline();
        for (String w : NOT_WORD.split(headline.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && !STOP.contains(w)) f.merge("w:" + w, 1.0, Math::max);
        }
        return f;
    }
}
