package org.dateline.core.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.model.EntityType;
import org.dateline.core.language.GazetteerEntry.Kind;
import org.dateline.model.Sector;

/**
 * Finds name mentions: gazetteer names matched at token boundaries (longest first), merged with CoreNLP's
 * PERSON / ORGANIZATION / LOCATION spans. A gazetteer name wins over an NER span it overlaps unless the NER span is
 * longer and contains it ("U.N. General Assembly" is kept whole), in which case the inner name lends its codes.
 */
final class MentionFinder {
    private static final Set<String> NAMED_AFTER_HEADS = LanguageWords.get("named-after-heads");

    private static final Set<String> COMPASS = LanguageWords.get("compass-words");

    private MentionFinder() {}

    static void find(Doc doc) {
        List<Mention> gaz = gazetteerMatches(doc);
        List<Mention> ner = nerSpans(doc);
        List<Mention> out = new ArrayList<>();
        for (Mention span : ner) {
            if (namedAfterPerson(doc, span)) {
                gaz.removeIf(g -> g.overlaps(span) && g.entry.kind() == Kind.PERSON);
                continue;
            }
            Mention n = withoutTitleBody(doc, withoutPersonAtTheEnd(doc, span, gaz), gaz);
            if (n == null) continue;
            Mention inner = null;
            boolean beaten = false;
            Mention opening = statePartlyOpening(n, gaz);
            if (opening != null) {
                gaz.remove(opening);
                n.country = opening.country;
            }
            for (Mention g : gaz) {
                if (!g.overlaps(n)) continue;
                boolean nerLonger = n.start <= g.start && g.end <= n.end && (n.end - n.start) > (g.end - g.start);
                if (nerLonger && n.type != EntityType.LOCATION) inner = inner == null ? g : inner;
                else beaten = true;
            }
            if (beaten) continue;
            if (inner != null) {
                gaz.removeIf(g -> g.overlaps(n));
                if (n.isPerson()) {
                    if (inner.entry.kind() == Kind.PERSON && namesThatPerson(doc, n, inner)) adopt(n, inner);
                } else {
                    n.country = inner.country;
                    n.sector = inner.entry.kind() == Kind.IGO ? Sector.IGO.code() : inner.sector;
                }
            }
            out.add(n);
        }
        out.addAll(gaz);
        out.removeIf(m -> m.isPerson() && beforeANamedAfterHead(doc, m));
        doc.mentions.addAll(out);
        doc.sortMentions();
    }

    /**
     * "the Central Military Commission of the Workers' Party of Korea Kim Jong Un": wire copy writes a title chain
     * straight before a name, and NER may tag the whole as one organisation. A known person's name at the end of an
     * organisation or place span, after a name word rather than "of" or "the", is that person (the gazetteer's
     * mention), and the words before it are the body he belongs to: the span returned, null when nothing is left. A
     * name at the start ("Kim Il Sung University") or after "of" ("the Order of Kim Il Sung") is part of the longer
     * name, something named after the person, and the span is returned whole.
     */
    private static Mention withoutPersonAtTheEnd(Doc doc, Mention n, List<Mention> gaz) {
        if (n.isPerson()) return n;
        for (Mention g : gaz) {
            if (g.entry.kind() != Kind.PERSON || g.end != n.end || g.firstToken <= n.firstToken) continue;
            String before = doc.token(g.firstToken - 1).pos();
            if (before.equals("IN") || before.equals("DT") || before.equals("TO") || before.equals("CC")) return n;
            int last = lastWordBefore(doc, n.firstToken, g.firstToken);
            if (last < n.firstToken) return null;
            Mention body = doc.newMention(n.firstToken, last, n.type);
            body.canonical = doc.body.substring(body.start, body.end);
            return body;
        }
        return n;
    }

    /**
     * "the south Korean Confederation of Trade Unions": NER may start an organisation's name inside the state's
     * adjective when a word of it is written in lower case. A state's name or adjective that starts before the
     * organisation and ends inside it opens the name and places it, like "the Peruvian Congress"; so does a side's
     * name that counts in this story ("The South Headquarters of the X Alliance": NER starts at "South"); null when
     * none does.
     */
    private static Mention statePartlyOpening(Mention n, List<Mention> gaz) {
        if (n.type != EntityType.ORGANIZATION) return null;
        for (Mention g : gaz) {
            if (g.start >= n.start || g.end <= n.start || g.end >= n.end || g.country == null) continue;
            // a side's name opens a body's name as a state's does: "the South Headquarters of the X Alliance", "the
            // North Side Committee" are that side's branch of the body, not the side's government
            if (g.entry.kind() == Kind.COUNTRY || g.entry.kind() == Kind.DEMONYM || g.entry.kind() == Kind.CONTEXT_ALIAS) return g;
        }
        return null;
    }

    /**
     * "General of the Arab League Nabil Elaraby": NER may tag a title chain with the name after it as one PERSON.
     * A body, organisation or state the gazetteer knows inside a person span, with two or more words after it, is the
     * title's; the person is the words after it (RoleAttacher then reads the title before him).
     */
    private static Mention withoutTitleBody(Doc doc, Mention n, List<Mention> gaz) {
        if (n == null || !n.isPerson()) return n;
        for (Mention g : gaz) {
            if (g.entry.kind() == Kind.PERSON || g.firstToken <= n.firstToken || g.lastToken + 2 > n.lastToken) continue;
            if (g.lastToken >= n.lastToken || !n.overlaps(g)) continue;
            Mention person = doc.newMention(g.lastToken + 1, n.lastToken, EntityType.PERSON);
            person.canonical = doc.body.substring(person.start, person.end);
            return person;
        }
        return n;
    }

    /**
     * "the Kim Il Sung Idea", "the Nobel Prize", "the Lenin Order": a name followed by a head noun of the things
     * named after people (named-after-heads) is that thing, not a person who acts; NER often tags the whole a PERSON.
     */
    private static boolean namedAfterPerson(Doc doc, Mention span) {
        return span.isPerson() && span.lastToken > span.firstToken && NAMED_AFTER_HEADS.contains(doc.lower(span.lastToken))
                && Character.isUpperCase(doc.tokens.get(span.lastToken).word().charAt(0));
    }

    /** "Kim Il Sung" in "the Kim Il Sung Idea" when NER leaves the head word out of the name. */
    private static boolean beforeANamedAfterHead(Doc doc, Mention m) {
        Token next = doc.token(m.lastToken + 1);
        return next != null && doc.sameSentence(m.lastToken, m.lastToken + 1) && NAMED_AFTER_HEADS.contains(doc.lower(m.lastToken + 1))
                && Character.isUpperCase(next.word().charAt(0));
    }

    /** The last token before {@code end} that is a word (not a comma or hyphen), from {@code first} on; else first-1. */
    private static int lastWordBefore(Doc doc, int first, int end) {
        int last = end - 1;
        while (last >= first && !Character.isLetterOrDigit(doc.tokens.get(last).word().charAt(0))) last--;
        return last;
    }

    /**
     * "Jiro Abe" is not "Shinzo Abe": a known person's short name (his surname) inside a longer name that NER tags as a
     * person is that person only when every name word of the longer one is a word of his full name ("Shinzo Abe",
     * "Shinzo ABE"); initials ("Donald J. Trump") do not count. A full name that differs in its given name is
     * someone else who shares the surname, and keeps his own name.
     */
    private static boolean namesThatPerson(Doc doc, Mention n, Mention inner) {
        Set<String> own = new HashSet<>();
        for (String w : inner.entry.canonical().split("[\\s-]+")) own.add(w.toLowerCase(Locale.ROOT));
        for (int i = n.firstToken; i <= n.lastToken; i++) {
            String w = doc.tokens.get(i).word();
            boolean nameWord = Character.isLetter(w.charAt(0)) && w.length() > 1 && !w.endsWith(".");
            if (!nameWord) continue;
            for (String part : w.split("-")) if (!part.isEmpty() && !own.contains(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static void adopt(Mention n, Mention inner) {
        n.entry = inner.entry;
        n.canonical = inner.canonical;
        n.country = inner.country;
        n.sector = inner.sector;
    }

    private static List<Mention> gazetteerMatches(Doc doc) {
        List<Mention> found = new ArrayList<>();
        List<Mention> contextual = new ArrayList<>();
        int next = 0;
        // the first entry accepted at a token, longest first, is the name there; the next one starts after it
        List<Gazetteer.Match> matches = doc.gazetteer.wholeWords(doc.body, new TokenEdges(doc)).toList();
        for (Gazetteer.Match g : matches) {
            if (g.start() < next) continue;
            GazetteerEntry e = g.entry();
            if (e.kind() == Kind.CONTEXT_ALIAS && opensLongerName(g, matches)) continue;
            int i = doc.tokenStartingAt.get(g.start()), last = doc.tokenEndingAt.get(g.end());
            if (!doc.sameSentence(i, last) || !acceptable(doc, e, i, last)) continue;
            Mention before = found.isEmpty() ? null : found.get(found.size() - 1);
            if (before != null && before.lastToken != i - 1) before = null;
            if (e.kind() == Kind.BODY && !e.caseInsensitive() && insideLongerName(doc, i, before)) continue;
            Mention m = doc.newMention(i, last, typeOf(e));
            m.entry = e;
            m.canonical = e.canonical();
            m.country = e.country();
            m.sector = e.sector();
            if (e.kind() == Kind.BODY && before != null && before.country != null && isCountryName(before)) {
                m.country = before.country;   // "the Peruvian Congress", "Pakistani Taliban": that country's
                if (!before.country.equals(e.country())) m.canonical = doc.body.substring(before.start, m.end);
            }
            if (!e.requires().isEmpty()) contextual.add(m);
            else {
                found.add(m);
                if (e.kind() == Kind.COUNTRY || e.kind() == Kind.CAPITAL || e.kind() == Kind.DEMONYM) {
                    doc.countriesNamed.add(m.country);
                }
            }
            next = g.end();
        }
        for (Mention c : contextual) {
            if (c.entry.kind() == Kind.DEMONYM) c.country = COMPASS.contains(doc.lower(c.firstToken - 1)) ? null : sharedDemonymState(doc, c.entry);
            else if (Collections.disjoint(c.entry.requires(), doc.countriesNamed)) c.country = null;
            if (c.country != null) {
                c.canonical = doc.gazetteer.countryName(c.country);
                found.add(c);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found;
    }

    /** In a parsed body a gazetteer name is whole tokens: it starts where a token starts and ends where one ends. */
    private record TokenEdges(Doc doc) implements Gazetteer.WordEdges {
        @Override
        public boolean opens(String text, int at) { return doc.tokenStartingAt.containsKey(at); }

        @Override
        public boolean closes(String text, int end) { return doc.tokenEndingAt.containsKey(end); }
    }

    /**
     * The state a demonym two states share ("Korean") stands for here: the dateline's, or with no dateline the home of
     * the news agency (a Pyongyang agency's "the Korean people" are not South Korea's for its naming south Korea too),
     * when it is one of them, else the only one of them the article names; null when the text does not tell.
     */
    private static String sharedDemonymState(Doc doc, GazetteerEntry e) {
        if (doc.homeCountry != null && e.requires().contains(doc.homeCountry)) return doc.homeCountry;
        List<String> named = e.requires().stream().filter(doc.countriesNamed::contains).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * "the World Congress of Teachers", "the National Congress": a body's name right after a capitalised name word
     * that is not a country's name or adjective is the last word of a longer, other name, not the body itself
     * ("Congress" is the U.S. Congress only alone or after "U.S.").
     */
    private static boolean insideLongerName(Doc doc, int first, Mention before) {
        if (before != null && isCountryName(before)) return false;
        Token prev = doc.token(first - 1);
        return prev != null && doc.sameSentence(first - 1, first) && prev.pos().startsWith("NNP")
                && Character.isUpperCase(prev.word().charAt(0));
    }

    private static boolean isCountryName(Mention m) {
        Kind k = m.entry == null ? null : m.entry.kind();
        return k == Kind.COUNTRY || k == Kind.DEMONYM || k == Kind.CAPITAL || k == Kind.CONTEXT_ALIAS;
    }

    /**
     * Whether a name the gazetteer knows starts inside a context alias, after its first word, and runs on past its end:
     * "The South African Association", "the North American Committee" are bodies of South Africa and of North America,
     * not of "the South" or "the North" of Korea; the longer name is what the words say, as NER's longer span beats an
     * inner gazetteer match. "The South condemned" and "the South Headquarters of X" (no name of the gazetteer starting
     * at "South" runs past it) keep the alias.
     */
    private static boolean opensLongerName(Gazetteer.Match alias, List<Gazetteer.Match> matches) {
        for (Gazetteer.Match m : matches) {
            if (m.start() >= alias.end()) break;
            if (m.start() > alias.start() && m.end() > alias.end() && m.entry().kind() != Kind.CONTEXT_ALIAS) return true;
        }
        return false;
    }

    /** Guards against common words: a lower-case body word ("government") must head its phrase. */
    private static boolean acceptable(Doc doc, GazetteerEntry e, int first, int last) {
        if (e.kind() == Kind.BODY && e.caseInsensitive()) {
            Token next = doc.token(last + 1);
            return next == null || !doc.sameSentence(last, last + 1) || !next.isNoun();
        }
        if (e.kind() == Kind.PERSON && !e.text().contains(" ")) {
            return "PERSON".equals(doc.tokens.get(first).ner());
        }
        if (e.kind() == Kind.DEMONYM || e.kind() == Kind.COUNTRY) {
            // "Georgia", "Jordan", "Chad" as a person's name: trust NER when it says PERSON
            return !"PERSON".equals(doc.tokens.get(first).ner()) || e.text().contains(".");
        }
        return true;
    }

    private static EntityType typeOf(GazetteerEntry e) {
        return switch (e.kind()) {
            case COUNTRY, CONTEXT_ALIAS -> EntityType.COUNTRY;
            case CAPITAL, PLACE -> EntityType.LOCATION;
            case DEMONYM -> EntityType.NATIONALITY;
            case IGO, BODY -> EntityType.ORGANIZATION;
            case PERSON -> EntityType.PERSON;
        };
    }

    private static List<Mention> nerSpans(Doc doc) {
        List<Mention> out = new ArrayList<>();
        List<Token> ts = doc.tokens;
        String[] tags = NameShapes.tags(doc);
        int i = 0;
        while (i < ts.size()) {
            String tag = tags[i];
            EntityType type = nerType(tag);
            if (type == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < ts.size() && tag.equals(tags[j + 1]) && doc.sameSentence(i, j + 1)) j++;
            // never let a span end on a possessive or punctuation
            int last = j;
            while (last > i && !Character.isLetterOrDigit(ts.get(last).word().charAt(0))) last--;
            Mention m = doc.newMention(i, last, type);
            m.canonical = doc.body.substring(m.start, m.end);
            out.add(m);
            i = j + 1;
        }
        return out;
    }

    /** The entity type of a CoreNLP NER tag that names one (PERSON, ORGANIZATION, LOCATION), else null. */
    private static EntityType nerType(String tag) {
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
