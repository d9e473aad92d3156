package org.dateline.core.language;

import org.dateline.model.CountryCodes;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attaches role phrases, whole, to the people they describe, and codes the person's country and sector from them:
 * titles before a name ("South Korea's chief nuclear envoy Lee Do-hoon", "his U.S. counterpart Stephen Biegun",
 * "his counterpart, Stephen Biegun"), appositives after it ("Lee Do-hoon, special representative for ...,").
 * Role phrases that name nobody ("his U.S. counterpart" alone) become nominal PERSON mentions for
 * {@link Coreference} to resolve; "North Korean officials" becomes a GROUP.
 */
final class RoleAttacher {
    static final Set<String> MODIFIERS = LanguageWords.get("role-modifiers");
    private static final Set<String> DETERMINERS = LanguageWords.get("determiners");
    private static final Set<String> OWNER_DETERMINERS = LanguageWords.get("owner-determiners");
    private static final Set<String> PARTNER_PREPOSITIONS = LanguageWords.get("partner-prepositions");
    private static final Set<String> ROLE_COMPLEMENT_CASES = LanguageWords.get("role-complement-prepositions");
    private static final Set<String> DESTINATIONS = LanguageWords.get("role-destination-prepositions");
    private static final Set<String> STATE_NAME_HEADS = LanguageWords.get("state-name-heads");
    private static final Set<String> VOICE_ROLES = LanguageWords.get("voice-roles");
    /** Tags of a finite verb: after a name it opens a clause, inside a role phrase it ends the phrase. */
    private static final Set<String> FINITE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD");

    private final Doc doc;
    private final Set<String> roleWords = new HashSet<>();
    private final List<int[]> roleSpans = new ArrayList<>();

    private RoleAttacher(Doc doc) {
        this.doc = doc;
        for (String p : doc.gazetteer.roles().keySet()) if (!p.contains(" ")) roleWords.add(p);
    }

    static void attach(Doc doc) {
        RoleAttacher r = new RoleAttacher(doc);
        for (Mention m : List.copyOf(doc.mentions)) {
            if (!m.isPerson()) continue;
            int[] span = r.titleBefore(m);
            if (span == null) span = r.appositiveAfter(m);
            if (span == null) span = OfficeTakings.titleAfter(doc, m, r.roleWords); // "upon his election as ..."
            if (span != null) r.code(m, span);
        }
        r.nominalsAndGroups();
        doc.sortMentions();
    }

    private boolean isRoleWord(int i) {
        Token t = doc.token(i);
        return t != null && roleWords.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Token span {first, last} of a title right before the name, or null. A title set off by a comma ("his
     * counterpart, Stephen Biegun") is an apposition only when the name is set off too: in "from the visiting
     * chairman, Kim expressed thanks" the comma closes a clause and the name opens the next as its subject.
     */
    private int[] titleBefore(Mention m) {
        int end = m.firstToken - 1;
        if (doc.lower(end).equals(",")) {
            if (opensClause(m)) return null;
            end--;
        }
        int head = longestRoleEndingAt(end);
        if (head >= 0 && head == end && isVerb(head)) return null; // "actions to judge Lee": a deed, not a title
        if (head < 0) {
            int[] chain = roleOfABodyBefore(end);
            if (chain == null) return null;
            head = chain[0];
            end = chain[1];
        }
        if (!doc.sameSentence(end, m.firstToken)) return null;
        int first = head;
        int i = head - 1;
        while (i >= 0 && doc.sameSentence(i, m.firstToken)) {
            String w = doc.lower(i);
            Mention other = doc.mentionAt(i);
            if (other != null && other != m && !other.isPerson() && other.country != null) {
                first = other.firstToken;
                i = other.firstToken - 1;
            } else if (MODIFIERS.contains(w) || isRoleWord(i) || w.equals("'s") || w.equals("’s")
                    || (w.equals("-") && i > 0)) {
                first = i;
                i--;
            } else break;
        }
        while (first < head && (doc.lower(first).equals("'s") || doc.lower(first).equals("-"))) first++;
        if (end < m.firstToken - 1 && TitleListBounds.belongsToEarlierName(doc, first)) return null;
        return new int[] {first, end};
    }

    /**
     * "Secretary General of the Arab League Nabil Elaraby", "Chairman of the Central Committee of X Kim": a role word,
     * "of (the)" and a body ending right before the name; or the state a role is sent to ("new Peruvian Ambassador
     * to Chile Ana Ruiz": role-destination-prepositions), a partner, not the holder's state (partner-prepositions).
     * Returns {first token of the role word, end of the body}, or null.
     */
    private int[] roleOfABodyBefore(int end) {
        Mention body = doc.mentionAt(end);
        if (body == null || body.isPerson() || body.lastToken != end) return null;
        int i = body.firstToken - 1;
        if (doc.lower(i).equals("the")) i--;
        boolean linked = doc.lower(i).equals("of") || DESTINATIONS.contains(doc.lower(i)) && body.country != null;
        if (!linked || !doc.sameSentence(i, end)) return null;
        int head = longestRoleEndingAt(i - 1);
        return head < 0 ? null : new int[] {head, end};
    }

    /**
     * Whether the one-word role at token {@code i} is used as a verb. Role nouns such as "judge", "head" or "chair"
     * double as verbs: after an infinitive "to", or where the tagger marks a verb, the word is the deed done to the
     * name that follows ("the movement to judge Lee"), never his title. A capitalised title ("Judge Lee") is a title
     * whatever the tagger says.
     */
    private boolean isVerb(int i) {
        Token t = doc.token(i);
        if (t == null || Character.isUpperCase(t.word().charAt(0))) return false;
        return t.pos().startsWith("VB") || i > 0 && doc.lower(i - 1).equals("to");
    }

    /** Index of the first token of the longest role phrase ending at token {@code end}, or -1. */
    private int longestRoleEndingAt(int end) {
        int best = -1;
        for (String p : doc.gazetteer.roles().keySet()) {
            String[] words = p.split(" ");
            int start = end - words.length + 1;
            if (start < 0) continue;
            boolean ok = true;
            for (int k = 0; k < words.length && ok; k++) ok = doc.lower(start + k).equals(words[k]);
            if (ok && (best < 0 || start < best)) best = start;
        }
        return best;
    }

    /** Whether a finite verb follows the name: the name is the subject of what comes next, no apposition. */
    private boolean opensClause(Mention m) {
        Token next = doc.token(m.lastToken + 1);
        return next != null && doc.sameSentence(m.lastToken + 1, m.firstToken) && FINITE_VERBS.contains(next.pos());
    }

    /**
     * Whether the name ends the "of" / "for" phrase of a role ("the secretary of the Committee for Remembering
     * Comrade Kim Il Sung", "the chairman of the Group for the Study of Works of Kim Il Sung"): the name is part of a
     * body's name there, and a role phrase after it ("..., the chairman of the Friendship Association, ...") is the
     * next holder in a list of title holders, not the named person's title.
     */
    private boolean endsARolesComplement(Mention m) {
        boolean sawPreposition = false;
        for (int i = m.firstToken - 1; i >= 0 && doc.sameSentence(i, m.firstToken); i--) {
            String w = doc.lower(i);
            String pos = doc.token(i).pos();
            // a gerund or participle may stand inside a body's name ("Committee for Remembering ...")
            if (w.equals(",") || w.equals(";") || FINITE_VERBS.contains(pos) || pos.equals("CC")) return false;
            Mention other = doc.mentionAt(i);
            if (other != null && other != m && other.isPerson()) return false; // "... of Y and his party and X, ..."
            if (ROLE_COMPLEMENT_CASES.contains(w)) sawPreposition = true;
            else if (pos.equals("IN") || pos.equals("TO")) return false;
            else if (sawPreposition && isRoleWord(i)) return true;
        }
        return false;
    }

    /** Token span of ", ROLE ," after the name, or null. */
    private int[] appositiveAfter(Mention m) {
        int comma = m.lastToken + 1;
        if (!doc.lower(comma).equals(",") || endsARolesComplement(m)) return null;
        int i = comma + 1;
        boolean sawRole = false;
        int last = -1;
        while (doc.token(i) != null && doc.sameSentence(i, comma)) {
            Token t = doc.token(i);
            String w = doc.lower(i);
            if (w.equals(",") && sawRole && TitleListBounds.runsOnPast(doc, i)) {
                i++;
                continue;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\"") || w.equals("“")) break;
            if (FINITE_VERBS.contains(t.pos())) return null;
            if (!sawRole && !nounPhraseWord(t)) return null;
            if (i - comma <= 5 && isRoleWord(i)) sawRole = true;
            Mention inside = doc.mentionAt(i);
            if (inside != null && inside.isPerson() && !sawRole) return null;
            last = i;
            if (i - comma > 30) return null;
            i++;
        }
        if (!sawRole || last < 0) return null;
        int first = comma + 1;
        while (first < last && DETERMINERS.contains(doc.lower(first))) first++;
        return new int[] {first, last};
    }

    /**
     * Whether a word before the role noun can open a noun phrase in apposition ("another great leader of ...",
     * "the country's deputy minister", "Syria's ..."): determiners, adjectives, nouns, names, numbers and
     * possessives. An adverb, verb or preposition there makes the phrase something else said of the person
     * ("always remembering leader X's words", "identical to leader X", "together with senior officials"): not a role.
     */
    private static boolean nounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PDT") || pos.equals("CD")
                || pos.equals("POS") || pos.equals("PRP$") || pos.equals("HYPH") || pos.equals(":") || pos.equals("``");
    }

    /** Sets role, country and sector of a person from its role phrase. */
    private void code(Mention m, int[] span) {
        int startChar = doc.tokens.get(span[0]).start();
        int endChar = doc.tokens.get(span[1]).end();
        m.role = doc.body.substring(startChar, endChar);
        roleSpans.add(new int[] {startChar, endChar});
        String[] codes = codesOf(startChar, endChar, m.role);
        if (m.country == null) m.country = codes[0];
        if (m.sector == null || Sector.IGO.is(codes[1])) m.sector = codes[1];
        if (m.country == null && Sector.GOV.is(m.sector) && ownedByHomeGovernment(span[0])) m.country = doc.datelineCountry;
    }

    /**
     * "foreign ministry spokeswoman Wang Yuting" under a BEIJING dateline: an unnamed ministry is the dateline
     * country's, as wire copy writes it (Metonymy reads "the ministry" the same way).
     */
    private boolean ownedByHomeGovernment(int roleStart) {
        if (doc.datelineCountry == null) return false;
        for (int k = roleStart; k >= 0 && k >= roleStart - 4 && doc.sameSentence(k, roleStart); k--) {
            String w = doc.lower(k);
            if (w.equals("ministry") || w.equals("government") || w.equals("presidential") || w.equals("cabinet")) {
                Mention owner = doc.mentionAt(k);
                return owner == null || owner.country == null;
            }
        }
        return false;
    }

    /** {country, sector} implied by a role phrase and the names inside it. */
    private String[] codesOf(int startChar, int endChar, String role) {
        String country = null;
        boolean ofBody = false; // the role names a body, not a state: "representative of the Liberal Party"
        String bodySector = null;
        for (Mention x : doc.mentions) {
            if (x.start >= startChar && x.end <= endChar && !x.isPerson() && x.country != null) {
                if (!ofBody && x.type != EntityType.COUNTRY && !isPartner(x, startChar)) {
                    ofBody = true;
                    bodySector = x.sector;
                }
                x.inRole = true;
                if (x.type != EntityType.COUNTRY || x.sector != null) x.sector = CountryCodes.INTERNATIONAL.equals(x.country) ? Sector.IGO.code() : null;
                if (country == null && !isPartner(x, startChar)) country = x.country;
            }
        }
        Gazetteer.RoleWord best = null;
        String lower = " " + role.toLowerCase(Locale.ROOT).replaceAll("[^a-z\\- ]", " ") + " ";
        // the longest role phrase in it, one with a sector written as a title word before an office any body has
        // ("alternate member of the Political Bureau and secretary of the Central Committee": a secretary's, not a
        // member's; but "vice-chairman of the General Association": the general is a word of the body's name)
        String cased = " " + role.replaceAll("[^A-Za-z\\- ]", " ") + " ";
        for (Gazetteer.RoleWord r : doc.gazetteer.roles().values()) {
            if (lower.contains(" " + r.phrase() + " ") && (best == null || outranks(r, best, cased))) best = r;
        }
        String sector = best == null ? null : best.sector();
        // one who speaks for a body is of the body's sector, not of the state's by the title alone
        if (ofBody && best != null && VOICE_ROLES.contains(best.phrase())) sector = bodySector;
        if (country == null && best != null && best.countryHint() != null && doc.countriesNamed.contains(best.countryHint())) {
            country = best.countryHint();
        }
        if (CountryCodes.INTERNATIONAL.equals(country)) sector = Sector.IGO.code();
        else if (Sector.IGO.is(sector)) sector = Sector.GOV.code();
        return new String[] {country, sector};
    }

    /**
     * Whether role phrase r says more of the holder than b, both found in the role: one with a sector, written in lower
     * case as a title word ({@code cased}: the role with its case), over one with none; else the longer phrase.
     */
    private static boolean outranks(Gazetteer.RoleWord r, Gazetteer.RoleWord b, String cased) {
        Gazetteer.RoleWord sectored = r.sector() != null ? r : b;
        if ((r.sector() == null) != (b.sector() == null) && cased.contains(" " + sectored.phrase() + " ")) return sectored == r;
        return r.phrase().length() > b.phrase().length();
    }

    /**
     * "chairman of the Association for Friendship with the Vietnamese People", "secretary of the Committee of
     * Solidarity with the People of Laos": a state inside a "with" (or "towards", "against") phrase of the role is
     * the body's partner, the one it befriends or opposes, not the state the holder belongs to. Walks back from the
     * mention over its own noun phrase and any "of" to the first other preposition within the role.
     */
    private boolean isPartner(Mention x, int roleStartChar) {
        boolean placeOfTheState = false;
        for (int i = x.firstToken - 1; i >= 0; i--) {
            Token t = doc.token(i);
            if (t == null || t.start() < roleStartChar) return false;
            String w = doc.lower(i);
            // "envoy to the Far East region of Russia": sent to a place in the state, so of that state (but
            // "ambassador to the Republic of Cuba": the state's own formal name)
            if (DESTINATIONS.contains(w) && placeOfTheState) return false;
            if (PARTNER_PREPOSITIONS.contains(w)) return true;
            if (w.equals("of") && i > 0 && !STATE_NAME_HEADS.contains(doc.lower(i - 1))) placeOfTheState = true;
            if (!w.equals("of") && (t.pos().equals("IN") || t.pos().equals("TO") || w.equals(","))) return false;
        }
        return false;
    }

    private boolean inRoleSpan(int offset) {
        for (int[] r : roleSpans) if (r[0] <= offset && offset < r[1]) return true;
        return false;
    }

    /** Role phrases standing alone: singular ones become nominal persons, plural ones after a nationality groups. */
    private void nominalsAndGroups() {
        for (int h = 0; h < doc.tokens.size(); h++) {
            Token t = doc.tokens.get(h);
            if (!isRoleWord(h) || inRoleSpan(t.start()) || doc.mentionAt(h) != null || !t.isNoun()) continue;
            if (Character.isUpperCase(t.word().charAt(0)) && h > 0 && doc.sameSentence(h - 1, h)) continue;
            int first = h;
            boolean owner = false;
            int i = h - 1;
            while (i >= 0 && doc.sameSentence(i, h)) {
                Mention other = doc.mentionAt(i);
                String w = doc.lower(i);
                if (other != null && !other.isPerson() && other.country != null) {
                    owner = true;
                    first = other.firstToken;
                    i = other.firstToken - 1;
                } else if (MODIFIERS.contains(w) || w.equals("'s") || w.equals("’s")) {
                    first = i;
                    i--;
                } else break;
            }
            String det = doc.sameSentence(i, h) ? doc.lower(i) : "";
            boolean plural = t.pos().equals("NNS");
            Mention next = doc.mentionAt(h + 1);
            Mention afterComma = doc.lower(h + 1).equals(",") ? doc.mentionAt(h + 2) : null;
            if ((next != null && next.isPerson()) || (afterComma != null && afterComma.isPerson())) continue;
            if (plural) {
                if (owner) addGroup(first, h);
                continue;
            }
            if (!owner && !OWNER_DETERMINERS.contains(det)) continue;
            if (det.equals("a") || det.equals("an")) continue;
            Mention n = doc.newMention(first, h, EntityType.PERSON);
            n.nominal = true;
            n.role = doc.body.substring(n.start, n.end);
            String[] codes = codesOf(n.start, n.end, n.role);
            n.country = codes[0];
            n.sector = codes[1];
            n.canonical = null;
            roleSpans.add(new int[] {n.start, n.end});
            doc.mentions.add(n);
        }
    }

    private void addGroup(int first, int head) {
        Mention g = doc.newMention(first, head, EntityType.GROUP);
        String[] codes = codesOf(g.start, g.end, doc.body.substring(g.start, g.end));
        g.country = codes[0];
        g.sector = codes[1];
        g.canonical = doc.gazetteer.countryName(g.country);
        g.role = doc.body.substring(g.start, g.end);
        doc.mentions.removeIf(x -> x != g && x.start >= g.start && x.end <= g.end);
        doc.mentions.add(g);
    }
}
