package org.dateline.core.event;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.BodySectors;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.GazetteerEntry;
import org.dateline.core.language.RulingParties;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * The sector a named body gives itself and those who hold office in it, by its name ({@link BodySectors}): "the
 * Socialist Party of Ruritania" is a party (PTY), "the Ruritania-Korea Friendship Association" and "the National
 * Committee for the Study of the Juche Idea of Ruritania" civic bodies (CVL), and "the chairman of" such a committee
 * is of the committee's sector, not a state's official (GOV) as the office word alone would make him. The language
 * layer often ends a body's name before its "for" or "of" ("the British Group[ for the Study of ...]"): the name is
 * read on through the capitalised words that follow it in the text.
 *
 * <p>A holder takes the sectors of bodies outside a state's apparatus ({@code seat-body-sectors}: civic bodies,
 * schools, media, firms), and a party's (PTY) when the party does not rule its state ({@link RulingParties}): an
 * official of a ruling party is coded GOV by the conventions (CODING.md section 3), as is the ruling party itself,
 * and an office of a ministry or an army is a state's anyway ({@link BodySectors#ofActor}, the rule the actor
 * profiles read too).
 *
 * <p>A body of people of many states ("the International Alliance of Societies for ...", "the World Peace Council")
 * is of none of them: its country code is NGO and its sector civic, and so are those who hold office in it ({@link
 * #transnational}); a body of states (IGO) the gazetteer or the dictionaries know is left alone.
 */
final class BodySeats {
    private static final Set<String> SEAT_SECTORS = EventWords.get("seat-body-sectors");
    private static final String PARTY = BodySectors.Sector.PTY.name();
    private static final String CIVIC = BodySectors.Sector.CVL.name();
    /** The country code of a transnational body of people, as the judged samples and the dictionaries write it. */
    static final String TRANSNATIONAL = "NGO";
    private static final Set<String> TRANSNATIONAL_OPENERS = EventWords.get("transnational-name-openers");
    /** The rest of a body's name after the mention: "for" or "of" and capitalised words, with their small joiners. */
    private static final Pattern REST_OF_NAME = Pattern.compile(
            "^\\s+(?:for|of)\\s+(?:(?:the|of|for|and|in|on|with)\\s+|\\p{Lu}[\\p{L}'\u2019.-]*\\s*)+");

    /** A body's name right after an office: "of", an optional "the", then capitalised words with their small joiners. */
    private static final Pattern SEAT_AFTER = Pattern.compile(
            "^\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:(?:the|of|for|and|in|on|with)\\s+)*\\p{Lu}[\\p{L}'\u2019.-]*)*)");

    private BodySeats() {}

    /**
     * A named body with no sector or no state of its own takes the one its name gives ("the Ministry of Foreign Affairs
     * of Ruritania": the state its name ends with), a transnational civic body the code NGO whatever state was
     * guessed for it; anything else stays as it is.
     */
    static Participant named(Participant p, Entity e, String body) {
        if (e.type() != EntityType.ORGANIZATION) return p;
        String name = fullName(e, body);
        // "the International Alliance of Societies for the Study of X": of no state, whatever state its name ends with
        if (transnational(name) && !CountryCodes.INTERNATIONAL.equals(p.country())) {
            boolean own = p.sector() != null && !Sector.GOV.is(p.sector());
            return own ? new Participant(p.name(), TRANSNATIONAL, p.sector()) : transnationalMember(p);
        }
        if (p.sector() != null && p.country() != null) return p;
        // a party that rules its state acts as the state's rulers: "the Workers' Party of Korea sent a wreath"
        String sector = p.sector() != null ? p.sector() : BodySectors.ofActor(name);
        String country = p.country() != null ? p.country() : BodySectors.stateOf(name);
        return new Participant(p.name(), country, sector);
    }

    /**
     * A holder of an office in the body named by {@code seat} ("the Ruritanian Committee for the Study of X"): his
     * sector is the body's when it is one of {@code seat-body-sectors} and he was coded with none or as a state's
     * official; else as coded. One whose office word gives no sector ("member", "coordinator": roles.tsv's "-") takes
     * whatever sector the body's name gives: "member of the Political Bureau of the ruling party" is the state's
     * (GOV), "member of the National Assembly" too, "coordinator of the Workers' Party of Ruritania" a party's.
     */
    static Participant holder(Participant p, String seat) {
        if (seat == null || p.sector() != null && !Sector.GOV.is(p.sector())) return p;
        String body = seat.strip().replaceFirst("^(?i)the\\s+", "");
        // "president of the World Peace Council": he acts for a body of many states' people, not for his state
        if (transnational(body)) return transnationalMember(p);
        String sector = BodySectors.ofActor(body); // a ruling party's official stays the state's (GOV)
        if (sector != null && p.sector() == null) return new Participant(p.name(), p.country(), sector);
        if (PARTY.equals(sector)) return new Participant(p.name(), p.country(), PARTY);
        return sector != null && SEAT_SECTORS.contains(sector) ? new Participant(p.name(), p.country(), sector) : p;
    }

    /**
     * Whether a body's name makes it a transnational civic body: its first word opens the name of a body of people of
     * many states ({@code transnational-name-openers}: "International", "World"), its head gives no sector but a civic
     * body's ("Council", "Alliance", "Association"), and neither the gazetteer nor the actor dictionaries know it as a
     * body of states ("World Health Organization", "International Court of Justice": IGO).
     */
    static boolean transnational(String name) {
        if (name == null) return false;
        String n = name.strip().replaceFirst("^(?i)the\\s+", "");
        String first = n.split("[\\s-]+", 2)[0].toLowerCase(Locale.ROOT);
        if (!TRANSNATIONAL_OPENERS.contains(first)) return false;
        String sector = BodySectors.ofActor(n);
        if (sector != null && !CIVIC.equals(sector)) return false;
        for (GazetteerEntry g : Gazetteer.standard().wholly(n)) if (CountryCodes.INTERNATIONAL.equals(g.country())) return false;
        return ActorDictionary.imported().lookup(n, null).map(c -> !CountryCodes.INTERNATIONAL.equals(c.country())).orElse(true);
    }

    private static Participant transnationalMember(Participant p) {
        return new Participant(p.name(), TRANSNATIONAL, CIVIC);
    }

    /**
     * The body a person mention holds office in: the one its title names ({@link #seatOf(String)}), else, for a mention
     * that is an office and no name ("The chairman of the X Committee for ... said"), the body the text names right
     * after it, read as {@link #fullName} reads a name on: an unnamed office holder speaks for that body as a named
     * one does ("Y, chairman of the X Committee"). Null when neither names a body.
     */
    static String seatOf(Entity e, String body) {
        String seat = seatOf(e.role());
        if (seat != null || e.canonical() != null || e.role() == null || !e.text().equalsIgnoreCase(e.role())) return seat;
        if (body == null || e.end() <= 0 || e.end() >= body.length()) return null;
        Matcher m = SEAT_AFTER.matcher(body.substring(e.end(), Math.min(body.length(), e.end() + 200)));
        return m.find() ? m.group(1).stripTrailing().replaceAll("\\s+(?:the|of|for|and|in|on|with)$", "") : null;
    }

    /** The body a person's title names after its first "of" ("chairman of the X Association": the X Association), or null. */
    static String seatOf(String title) {
        if (title == null) return null;
        int of = title.indexOf(" of ");
        return of < 0 ? null : title.substring(of + 4);
    }

    /** The mention's name read on through the "for" or "of" phrase of capitalised words that the text continues it with. */
    static String fullName(Entity e, String body) {
        return readOn(e.text(), e.end(), body);
    }

    /** A name that ends at body offset {@code end}, read on through the "for" or "of" phrase of capitalised words after it. */
    static String readOn(String name, int end, String body) {
        if (body == null || end <= 0 || end >= body.length()) return name;
        Matcher m = REST_OF_NAME.matcher(body.substring(end, Math.min(body.length(), end + 200)));
        return m.find() ? name + m.group().stripTrailing().replaceAll("\\s+(?:the|of|for|and|in|on|with)$", "") : name;
    }
}
