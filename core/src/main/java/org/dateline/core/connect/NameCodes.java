package org.dateline.core.connect;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.BodySectors;
import org.dateline.core.language.BodySectors.Sector;

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

    /** Office words that give their holder's sector, each sector with its list {@code office-sector-CODE}. */
    private static final Map<Sector, Set<String>> OFFICES = lists("office-sector-");
    private static final Set<String> POSTMODIFIERS = ConnectWords.get("office-postmodifiers");
    /** Sectors the language layer reads off one word of a title, which the person's titles may correct. */
    private static final Set<String> TITLE_WORD_SECTORS = ConnectWords.get("title-word-sectors");
    /** Offices a postmodifier may qualify: "secretary general", "prosecutor general"; not "lieutenant general". */
    private static final Set<String> QUALIFIED = union(ConnectWords.get("bare-titles"), ConnectWords.get("qualified-offices"));
    private static final Set<String> MEDIUM_NOUNS = ConnectWords.get("medium-nouns");
    private static final Set<String> BARE_TITLES = ConnectWords.get("bare-titles");
    /** The last word before a name, past an opening quotation mark. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+[\"\u201c']?$");
    private static final int WORD_REACH = 30;
    /** Where a title or a name turns to the body it belongs to: "first vice-president of (the) Kim Il Sung University". */
    private static final Pattern OF_BODY = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    private NameCodes() {}

    private static Map<Sector, Set<String>> lists(String prefix) {
        Map<Sector, Set<String>> m = new LinkedHashMap<>();
        for (Sector s : Sector.values()) m.put(s, ConnectWords.optional(prefix + s.name()));
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /**
     * The sector the head of a body's name gives, or null, a ruling party's being its state's (GOV) as the event
     * coder codes it ({@link BodySectors#ofActor}).
     */
    static String sector(String name) { return BodySectors.ofActor(name); }

    /**
     * The sector of the bodies a person's titles name after their "of" ("first vice-president of Kim Il Sung
     * University": EDU; "member of the presidium of the Communist Party of Tajikistan": PTY), when they agree; else
     * null. A person is of the sector of the body he holds office in.
     */
    static String sectorOfTitles(Collection<String> titles) {
        Set<String> found = new HashSet<>();
        for (String t : titles) {
            String s = officeSector(t);
            if (s == null) s = bodySector(t);
            if (s != null) found.add(s);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * A person's sector from his titles, given the one his mentions were coded with: with none, the one sector his
     * offices and the bodies his titles name give ({@link #sectorOfTitles}); with one the language layer reads off a
     * word of a title ({@code title-word-sectors}: "general manager" MIL, "executive vice-minister" BUS), the same,
     * when they give one; with GOV, the body every title names ({@link #seatSector}) or the office every title holds
     * ("editor-in-chief": MED). Else the coded one.
     */
    static String personSector(String coded, List<String> titles) {
        String seat = null;
        if (coded == null || TITLE_WORD_SECTORS.contains(coded)) seat = sectorOfTitles(titles);
        else if (Sector.GOV.name().equals(coded)) {
            seat = seatSector(titles);
            if (seat == null) seat = sectorOfEveryOffice(titles);
        }
        return seat != null ? seat : coded;
    }

    /**
     * The one sector the office word of every title gives ("editor-in-chief of the publishing house": MED), or null
     * when a title's office gives none or two titles give two: it stands for a GOV his mentions were coded with.
     */
    static String sectorOfEveryOffice(Collection<String> titles) {
        Set<String> found = new HashSet<>();
        for (String t : titles) {
            String s = officeSector(t);
            if (s == null) return null;
            found.add(s);
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The sector an office word says of its holder in whatever body he holds it ({@code office-sector-CODE}): a
     * manager is in business, an editor in the media, a rector in a school, a minister or an ambassador in a state's
     * government, a general or a marshal in its army. The office is the head of the title, its last word before any
     * "of" ("general manager of the Dalian trading company": manager, BUS); a word that follows an office to qualify
     * it ({@code office-postmodifiers}: "secretary general", "director general") is no office of its own. Null when
     * the head gives none ("chairman", "secretary": the body they serve does).
     */
    static String officeSector(String title) {
        String[] words = OF_BODY.split(title.strip(), 2)[0].toLowerCase(Locale.ROOT).split("\\s+");
        int h = words.length - 1;
        if (h > 0 && POSTMODIFIERS.contains(words[h]) && QUALIFIED.contains(words[h - 1])) h--;
        String head = words[h].replaceAll("[^\\p{L}-]", "");
        for (Map.Entry<Sector, Set<String>> e : OFFICES.entrySet()) if (e.getValue().contains(head)) return e.getKey().name();
        return null;
    }

    /**
     * The sector of the bodies every title of a person names, to stand for a GOV his mentions were coded with by a
     * title word ("chairman", "secretary"): the chairman of a friendship association (CVL) or the secretary of a
     * party's committee (PTY) holds no office of a state. Null when a title names a state's office or a body of no
     * sector ("president of Syria"), says more than a bare office word ({@code bare-titles}: "great leader"), or
     * two titles name bodies of two sectors: a ruling party's leader who heads the state too stays GOV, and so does
     * an office in a ruling party alone ({@link BodySectors#ofActor}: the event coder's rule).
     */
    static String seatSector(Collection<String> titles) {
        Set<String> found = new HashSet<>();
        for (String t : titles) {
            String s = bodySector(t);
            if (s != null) found.add(s);
            else if (OF_BODY.matcher(t.strip()).find() || !bareTitle(t)) return null;
        }
        return found.size() == 1 && !found.contains(Sector.GOV.name()) ? found.iterator().next() : null;
    }

    /** The sector of the body a title names after its "of" ("rector of Varna University": EDU), or null. */
    private static String bodySector(String title) {
        String[] parts = OF_BODY.split(title.strip(), 2);
        return parts.length == 2 ? sector(parts[1]) : null;
    }

    private static boolean bareTitle(String title) {
        for (String w : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (!BARE_TITLES.contains(w)) return false;
        return true;
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

    /** The state a body's name names after its last "of" ({@link BodySectors#stateOf}), as ISO alpha-3, or null. */
    static String state(String name) { return BodySectors.stateOf(name); }
}
