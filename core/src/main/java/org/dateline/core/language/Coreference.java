package org.dateline.core.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.model.EntityType;
import org.dateline.core.language.GazetteerEntry.Kind;
import org.dateline.model.Sector;

/**
 * Cheap within-article coreference, by rules: the byline reporter is dropped; "Trump-Kim" is split; short names go
 * to the one full name that contains them ("Biegun" -> "Stephen Biegun"), and stay as written when two people
 * could be meant; role-only mentions go to the person named with the same role head, else to the next person
 * named soon after; "he"/"she" become PRONOUN mentions of the most recent person who was a subject (not the object
 * of a preposition; a title's "of" and an inverted "said" do not count, see {@link SubjectShapes}) and is not inside
 * a quotation, "its" of the state or body that opened the same or the previous
 * sentence, and of the pronoun's sex when the text gave one ({@link PronounSexes}), and not named in the words a
 * pronoun's speech tag reports ({@link SpeechTags}); "the ministry" goes to the last ministry. Finally every mention of
 * one person shares the country, sector and role found on any of them.
 */
final class Coreference {
    private static final Set<String> PREPOSITIONS = LanguageWords.get("coreference-prepositions");
    private static final Set<String> BODY_HEADS = LanguageWords.get("body-heads");
    private static final Set<String> TITLE_COMPLEMENTS = LanguageWords.get("title-complement-prepositions");
    private static final Set<String> TITLE_FILLERS = LanguageWords.get("title-filler-words");

    private final Doc doc;

    private Coreference(Doc doc) { this.doc = doc; }

    static void resolve(Doc doc, String byline) {
        Coreference c = new Coreference(doc);
        c.dropByline(byline);
        c.splitHyphenPairs();
        c.shortNames();
        c.nominals();
        c.merge();
        c.pronouns();
        c.bodies();
        doc.sortMentions();
    }

    private void dropByline(String byline) {
        if (byline == null || byline.isBlank()) return;
        Set<String> names = new HashSet<>();
        for (String n : byline.split(",| and |&")) if (!n.isBlank()) names.add(n.strip().toLowerCase(Locale.ROOT));
        doc.mentions.removeIf(m -> m.isPerson() && names.contains(doc.body.substring(m.start, m.end).toLowerCase(Locale.ROOT)));
    }

    private List<Mention> fullPersons() {
        Map<String, Mention> firsts = new LinkedHashMap<>();
        for (Mention m : doc.mentions) {
            if (m.isNamedPerson() && nameOf(m).contains(" ")) firsts.putIfAbsent(canonicalOrText(m), m);
        }
        return new ArrayList<>(firsts.values());
    }

    private String nameOf(Mention m) { return doc.body.substring(m.start, m.end); }

    private String canonicalOrText(Mention m) { return m.canonical != null ? m.canonical : nameOf(m); }

    /** The unique full person that a one-word name belongs to, or null. */
    private String expand(String shortName, List<Mention> full) {
        Set<String> hits = new HashSet<>();
        for (Mention f : full) {
            for (String part : nameOf(f).split(" ")) if (part.equals(shortName)) hits.add(canonicalOrText(f));
        }
        return hits.size() == 1 ? hits.iterator().next() : null;
    }

    /** "Trump-Kim summit": two people, when each half is a name the article (or the gazetteer) knows. */
    private void splitHyphenPairs() {
        List<Mention> full = fullPersons();
        for (Mention m : List.copyOf(doc.mentions)) {
            String text = nameOf(m);
            if (!m.isNamedPerson() || text.contains(" ") || !text.contains("-")) continue;
            String[] halves = text.split("-");
            if (halves.length != 2 || expand(halves[0], full) == null || expand(halves[1], full) == null) continue;
            doc.mentions.remove(m);
            for (int k = 0; k < 2; k++) {
                int s = k == 0 ? m.start : m.start + halves[0].length() + 1;
                Mention h = new Mention(s, s + halves[k].length(), m.firstToken, m.lastToken, m.sentence, EntityType.PERSON);
                h.canonical = halves[k];
                doc.mentions.add(h);
            }
        }
        doc.sortMentions();
    }

    private void shortNames() {
        List<Mention> full = fullPersons();
        Set<String> namesakes = namesakes(full);
        for (Mention m : doc.mentions) {
            // NER sometimes takes a surname for a company or a place ("Dupont"): the article's people say otherwise
            if (m.entry == null && !m.isPerson() && !nameOf(m).contains(" ") && expand(nameOf(m), full) != null) {
                m.type = EntityType.PERSON;
                m.canonical = null;
            }
            if (!m.isNamedPerson()) continue;
            String text = nameOf(m);
            if (text.contains(" ")) {
                if (m.canonical == null) m.canonical = text;
                continue;
            }
            String expanded = expand(text, full);
            // "Abe" after "Jiro Abe": the article's own person, not the known one who shares the surname; so too
            // "Secretary-General Abe of the X League", whose title is not the known one's
            if (m.entry != null && m.entry.kind() == Kind.PERSON
                    && (expanded != null ? !expanded.equals(m.entry.canonical()) : namesakes.contains(text))) {
                // a namesake written with the surname alone keeps the surname's nation, the one thing it shares
                // with the known person; "Jiro Abe" gets his own from the text
                m.country = expanded == null ? m.entry.country() : null;
                m.entry = null;
                m.canonical = null;
                m.sector = null;
            }
            if (expanded != null) m.canonical = expanded;
            else if (m.entry != null && m.entry.kind() == Kind.PERSON) m.canonical = m.entry.canonical();
            else if (m.canonical == null) m.canonical = text;
        }
    }

    /** Surnames written alone that some mention's own title shows to be a namesake of the known office holder. */
    private Set<String> namesakes(List<Mention> full) {
        Set<String> out = new HashSet<>();
        for (Mention m : doc.mentions) {
            String text = nameOf(m);
            if (m.isNamedPerson() && !text.contains(" ") && m.entry != null && m.entry.kind() == Kind.PERSON
                    && expand(text, full) == null && titledOtherwise(m)) out.add(text);
        }
        return out;
    }

    /**
     * A surname alone that the gazetteer knows as an office holder ("Abe", "Mugabe") names him only as far as the
     * text agrees: a title the text gives that one mention ("Chairman of the Policy Council Abe", "Secretary-General
     * Abe of the X League") sharing no word with the known role ("Japanese Prime Minister") makes it a namesake.
     * "Prime Minister Abe", "former Prime Minister Abe" and a surname with no title stay the known person.
     */
    private boolean titledOtherwise(Mention m) {
        if (m.role == null || m.entry.role() == null || m.entry.text().contains(" ")) return false;
        Set<String> given = titleWords(m.role);
        return !given.isEmpty() && Collections.disjoint(given, titleWords(m.entry.role()));
    }

    private static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2 && !TITLE_FILLERS.contains(w)) words.add(w);
        }
        return words;
    }

    private void nominals() {
        List<Mention> full = fullPersons();
        Set<String> claimed = new HashSet<>();
        for (Mention n : doc.mentions) {
            if (!n.nominal) continue;
            String head = doc.lower(n.lastToken);
            Mention best = null;
            for (Mention f : full) {
                if (compatible(n, f) && roleHeads(f.canonical).contains(head) && complementAgrees(n, f)
                        && (best == null || Math.abs(f.start - n.start) < Math.abs(best.start - n.start))) best = f;
            }
            // Only a lead names a role before the person ("South Korea's chief nuclear envoy met ... Park Min-jae,
            // ..."); later, "the spokesman" is rarely the next person named, so it stays unresolved.
            if (best == null && n.sentence <= 1 && n.country != null) {
                for (Mention f : full) {
                    if (f.start > n.start && f.sentence - n.sentence <= 3 && !claimed.contains(f.canonical) && compatible(n, f)
                            && !acrossAVerb(n, f) && roleAgrees(head, f) && complementAgrees(n, f)) {
                        best = f;
                        break;
                    }
                }
            }
            if (best != null) {
                n.canonical = best.canonical;
                claimed.add(best.canonical);
            }
        }
    }

    /**
     * "The Nepalese prime minister met the Peruvian delegation led by X": in one sentence, a verb between the role
     * phrase and a later name puts them on two sides of a clause (subject and object, or the object's "led by"):
     * the name is someone else, and the role is not his. Only a name in a later sentence can be the lead's person.
     */
    private boolean acrossAVerb(Mention nominal, Mention person) {
        if (nominal.sentence != person.sentence) return false;
        for (int i = nominal.lastToken + 1; i < person.firstToken; i++) if (doc.tokens.get(i).isVerb()) return true;
        return false;
    }

    /**
     * "the commander of the unit", "the secretary for international relations": an of- or for-complement says which one; the person must have been given a role that
     * names that noun ("commander of the 3rd unit"), else the title is someone else's ("Supreme Commander" of an army).
     */
    private boolean complementAgrees(Mention nominal, Mention person) {
        int i = nominal.lastToken + 1;
        if (!TITLE_COMPLEMENTS.contains(doc.lower(i)) || !doc.sameSentence(i, nominal.lastToken)) return true;
        i++;
        while (doc.sameSentence(i, nominal.lastToken) && !doc.tokens.get(i).isNoun()) i++;
        if (!doc.sameSentence(i, nominal.lastToken)) return true;
        String noun = doc.lower(i);
        Set<String> words = new HashSet<>();
        for (Mention m : doc.mentions) {
            if (m.isPerson() && person.canonical.equals(m.canonical) && m.role != null) {
                words.addAll(List.of(m.role.toLowerCase(Locale.ROOT).split("[^a-z]+")));
            }
        }
        return words.contains(noun);
    }

    /**
     * "the ambassador" is not a known office holder the gazetteer calls something else ("leader"). A role the text
     * gives is no bar: wire copy varies its titles ("the chief nuclear envoy" ... "X, special representative").
     */
    private boolean roleAgrees(String head, Mention person) {
        if (person.entry == null || person.entry.kind() != Kind.PERSON || person.entry.role() == null) return true;
        return Set.of(person.entry.role().toLowerCase(Locale.ROOT).split("[^a-z]+")).contains(head);
    }

    private boolean compatible(Mention nominal, Mention person) {
        String pc = countryOf(person.canonical);
        return nominal.country == null || pc == null || pc.equals(nominal.country);
    }

    private String countryOf(String canonical) {
        for (Mention m : doc.mentions) if (m.isNamedPerson() && canonical.equals(m.canonical) && m.country != null) return m.country;
        return null;
    }

    private Set<String> roleHeads(String canonical) {
        Set<String> heads = new HashSet<>();
        for (Mention m : doc.mentions) {
            if (m.isNamedPerson() && canonical.equals(m.canonical) && m.role != null) {
                for (String w : m.role.toLowerCase(Locale.ROOT).split("[^a-z]+")) heads.add(w);
            }
        }
        return heads;
    }

    /** Country, sector and role found on any mention of a person apply to all of its mentions. */
    private void merge() {
        Map<String, String[]> codes = new HashMap<>();
        for (Mention m : doc.mentions) {
            if (!m.isPerson() || m.canonical == null) continue;
            String[] c = codes.computeIfAbsent(m.canonical, k -> new String[3]);
            if (c[0] == null) c[0] = m.country;
            if (c[1] == null || Sector.IGO.is(m.sector)) c[1] = m.sector == null ? c[1] : m.sector;
            if (c[2] == null && !m.nominal) c[2] = m.role;
        }
        for (Mention m : doc.mentions) {
            if (!m.isPerson() || m.canonical == null) continue;
            String[] c = codes.get(m.canonical);
            GazetteerEntry known = m.entry != null && m.entry.kind() == Kind.PERSON ? m.entry : null;
            m.country = c[0] != null ? c[0] : known != null ? known.country() : null;
            m.sector = c[1] != null ? c[1] : known != null ? known.sector() : null;
            if (m.role == null) m.role = c[2] != null ? c[2] : known != null ? known.role() : null;
        }
        // a known office holder's entry codes every mention of that person
        for (Mention m : doc.mentions) {
            if (m.entry == null || m.entry.kind() != Kind.PERSON) continue;
            for (Mention o : doc.mentions) {
                if (o.isPerson() && m.canonical.equals(o.canonical)) {
                    if (o.country == null) o.country = m.entry.country();
                    if (o.sector == null) o.sector = m.entry.sector();
                }
            }
        }
    }

    private void pronouns() {
        Mention lastSubject = null, lastBody = null;
        List<Mention> added = new ArrayList<>(), subjects = new ArrayList<>(), persons = new ArrayList<>();
        PronounSexes sexes = PronounSexes.read(doc);
        int mi = 0;
        List<Mention> actors = doc.mentions.stream().filter(m -> m.canonical != null && (m.isPerson() || isBody(m))).toList();
        for (Token t : doc.tokens) {
            while (mi < actors.size() && actors.get(mi).lastToken < t.index()) {
                Mention p = actors.get(mi++);
                if (doc.inQuote(p.start)) continue;
                if (p.isPerson()) persons.add(p);
                if (!isSubject(p) || p.isPerson() && SpeechTags.reportedBeforePronounTag(doc, p)) continue;
                if (p.isPerson()) subjects.add(lastSubject = p);
                else if (startsSentence(p)) lastBody = p;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (doc.inQuote(t.start())) continue;
            Mention antecedent = null;
            if ((w.equals("he") || w.equals("she")) && lastSubject != null) {
                antecedent = sexes.fits(lastSubject, w) ? lastSubject : sexes.instead(w, subjects, persons);
                if (antecedent != null) sexes.learn(antecedent, w);
            }
            // "Pyongyang has not answered. Its last word was ...": a state's or body's possessive pronoun goes to the
            // state or body that opened this sentence or the one before as its subject; further back, or after a
            // state named inside a phrase ("Pakistan, a key U.S. ally, urged its citizens"), it is often another's
            if (w.equals("its") && lastBody != null && doc.sentenceOf[t.index()] - lastBody.sentence <= 1) antecedent = lastBody;
            if (antecedent == null) continue;
            Mention p = new Mention(t.start(), t.end(), t.index(), t.index(), doc.sentenceOf[t.index()], EntityType.PRONOUN);
            p.canonical = antecedent.canonical;
            p.country = antecedent.country;
            p.sector = antecedent.sector;
            p.role = antecedent.role;
            added.add(p);
        }
        doc.mentions.addAll(added);
    }

    /** The mention is the first words of its sentence, after at most "the". */
    private boolean startsSentence(Mention m) {
        int i = m.firstToken - 1;
        if (i >= 0 && doc.sameSentence(i, m.firstToken) && doc.lower(i).equals("the")) i--;
        return i < 0 || !doc.sameSentence(i, m.firstToken);
    }

    /** A state or a body that can own things and act: "its" can stand for it. */
    private static boolean isBody(Mention m) {
        return !m.inRole && (m.type == EntityType.COUNTRY || m.type == EntityType.ORGANIZATION);
    }

    /**
     * Not the object of a preposition, also through coordination ("between Trump and Kim", "about Lee, Park and
     * Cho": a comma right after another name is a list's, not an apposition's), and not a name modifying a noun
     * ("a Garza loyalist", "the Lindqvist government"), which is no one's subject.
     */
    private boolean isSubject(Mention m) {
        if (modifiesNoun(m)) return false;
        int i = m.firstToken - 1;
        while (i >= 0 && doc.sameSentence(i, m.firstToken)) {
            Mention other = doc.mentionAt(i);
            if (other != null) {
                i = other.firstToken - 1;
                continue;
            }
            if (doc.lower(i).equals(",") && i > 0 && doc.sameSentence(i - 1, m.firstToken) && doc.mentionAt(i - 1) != null) {
                i--;
                continue;
            }
            String w = doc.lower(i);
            if (RoleAttacher.MODIFIERS.contains(w) || w.equals("'s") || w.equals("the") || w.equals("his") || w.equals("her")
                    || doc.gazetteer.role(w).isPresent()) {
                i--;
                continue;
            }
            if (SubjectShapes.isTitleComplement(doc, i)) { // "Supreme Commander of the Navy Ri Chol inspected"
                i--;
                continue;
            }
            if (SubjectShapes.isInvertedSaying(doc, i)) return true; // "..., said Ana Silva"
            return !PREPOSITIONS.contains(w) && !doc.token(i).pos().equals("IN") && !doc.token(i).pos().equals("TO")
                    && !doc.token(i).isVerb();
        }
        return true;
    }

    /** "a Garza loyalist": the name is followed, in its sentence, by a common noun it modifies. */
    private boolean modifiesNoun(Mention m) {
        int next = m.lastToken + 1;
        if (next >= doc.tokens.size() || !doc.sameSentence(next, m.lastToken)) return false;
        Token t = doc.token(next);
        return t.isNoun() && !t.pos().startsWith("NNP") && Character.isLowerCase(t.word().codePointAt(0));
    }

    /** "the ministry said": the last body mentioned with that head word. */
    private void bodies() {
        List<Mention> added = new ArrayList<>();
        for (Token t : doc.tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!BODY_HEADS.contains(w) || !doc.lower(t.index() - 1).equals("the") || doc.mentionAt(t.index()) != null) continue;
            Mention antecedent = null;
            for (Mention m : doc.mentions) {
                if (m.end > t.start()) break;
                if (m.type == EntityType.ORGANIZATION && nameOf(m).toLowerCase(Locale.ROOT).endsWith(w)) antecedent = m;
            }
            if (antecedent == null) continue;
            Token the = doc.token(t.index() - 1);
            Mention m = new Mention(the.start(), t.end(), the.index(), t.index(), doc.sentenceOf[t.index()], EntityType.ORGANIZATION);
            m.canonical = antecedent.canonical;
            m.country = antecedent.country;
            m.sector = antecedent.sector;
            added.add(m);
        }
        doc.mentions.addAll(added);
    }
}
