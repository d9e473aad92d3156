package org.dateline.core.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.model.Participant;

/**
 * One name, one party in an article: a person or body the article names in several events is the same party each
 * time, so a mention the coder left unplaced ("Kim Ki Nam said" after "Kim Ki Nam, member of the Presidium of the
 * DPRK...", "Haley said" after "former U.S. ambassador Nikki Haley") takes the state another event of the article gives
 * the same name, when the article's events give it exactly one. A name no event places takes the state the gazetteer
 * or the actor dictionary knows for that whole name ("Rodong Sinmun", a paper of a known state), as a mention the
 * language layer recognised would have had: some constructions name a party from its words alone, without the
 * knowledge base behind the entity.
 *
 * <p>Only proper names: a common noun ("officials", "the director", "Committee" opening a sentence) is a different
 * party from one sentence to the next, and an unknown attacker is no name. Applied when the article's events are
 * final (after the test for private life, which asks whether the text itself placed a person) and before the home
 * state's guess ({@link HomeStateNames}), which the text's own word beats.
 */
final class PlacedNames {
    private final Map<String, Participant> placed = new HashMap<>();
    private final ArticleContext ctx;

    PlacedNames(List<Draft> events, ArticleContext ctx) {
        this.ctx = ctx;
        Map<String, Set<String>> countries = new HashMap<>();
        for (Draft d : events) {
            for (Participant p : d.everyone()) {
                if (p.country() == null || !isProperName(p.name())) continue;
                if (countries.computeIfAbsent(p.name(), k -> new HashSet<>()).add(p.country())) placed.put(p.name(), p);
            }
        }
        countries.forEach((name, states) -> { if (states.size() != 1) placed.remove(name); });
    }

    /** Places each unplaced named participant of the event as the article or the knowledge base places that name. */
    void place(Draft d) {
        d.actors.replaceAll(this::placed);
        d.recipients.replaceAll(this::placed);
    }

    /** The participant with the state its name has elsewhere in the article or in the knowledge base; else as it was. */
    Participant placed(Participant p) {
        if (p.country() != null || !isProperName(p.name())) return p;
        Participant known = placed.get(p.name());
        if (known == null) known = bySurname(p.name());
        if (known == null) known = knownWhole(p.name());
        if (known == null) return p;
        return new Participant(p.name(), known.country(), p.sector() != null ? p.sector() : known.sector());
    }

    /**
     * A surname alone ("Haley said", "Hatoyama added") is the one full name the article placed that begins or ends
     * with it ("Nikki Haley", "Yukio Hatoyama", "Choe Ryong Hae"); null when none or several do (the name is shared).
     */
    private Participant bySurname(String name) {
        if (name.indexOf(' ') >= 0) return null;
        Participant found = null;
        for (Participant p : placed.values()) {
            String[] words = p.name().split("\\s+");
            if (words.length < 2 || !words[0].equals(name) && !words[words.length - 1].equals(name)) continue;
            if (!p.name().equals(titleCased(p.name()))) continue; // "Communist Party of Japan" is a body's name
            if (found != null && !found.country().equals(p.country())) return null;
            found = p;
        }
        return found;
    }

    /** The one state the gazetteer (entries that are the whole name) or else the dictionary gives a name; null if none. */
    private Participant knownWhole(String name) {
        Gazetteer g = ctx.gazetteer;
        if (g != null) {
            Set<String> states = new HashSet<>();
            String sector = null;
            for (GazetteerEntry e : g.wholly(name)) {
                if (e.country() == null || e.kind() == GazetteerEntry.Kind.PLACE || e.kind() == GazetteerEntry.Kind.CAPITAL) continue;
                states.add(e.country());
                if (sector == null) sector = e.sector();
            }
            if (states.size() == 1) return new Participant(name, states.iterator().next(), sector);
            if (!states.isEmpty()) return null;
        }
        if (ctx.dictionary == null || ctx.dictionary.isEmpty()) return null;
        var c = ctx.dictionary.lookup(name, ctx.article.publicationDate());
        return c.isPresent() && c.get().country() != null ? new Participant(name, c.get().country(), c.get().sector()) : null;
    }

    /**
     * A proper name: every word that is not a short function word is capitalised ("Rodong Sinmun", "Kim Ki Nam",
     * "Central Committee of the Front"), and it is not one capitalised common noun of an actor ("Officials",
     * "Government", "Committee": a sentence's first word).
     */
    static boolean isProperName(String name) {
        if (name == null || name.isBlank()) return false;
        String[] words = name.strip().split("\\s+");
        if (words[0].equalsIgnoreCase("the")) return false; // "The workers", "the puppet authorities"
        for (String w : words) {
            if (w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT))) continue; // "of", "the", "and", "al"
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
        }
        if (words.length > 1) return true;
        String lower = words[0].toLowerCase(Locale.ROOT);
        return CommonNounActors.sectorOf(lower) == null && CommonNounActors.sectorOf(singular(lower)) == null;
    }

    /** The name with each word capitalised: a person's name is, a body's "of" phrase is not. */
    private static String titleCased(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (b.length() > 0) b.append(' ');
            b.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }

    private static String singular(String w) { return w.endsWith("s") ? w.substring(0, w.length() - 1) : w; }
}
