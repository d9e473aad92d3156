package org.dateline.core.event;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.BodySectors;
import org.dateline.core.language.RulingParties;
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
 * and an office of a ministry or an army is a state's anyway.
 */
final class BodySeats {
    private static final Set<String> SEAT_SECTORS = EventWords.get("seat-body-sectors");
    private static final String PARTY = BodySectors.Sector.PTY.name();
    /** The rest of a body's name after the mention: "for" or "of" and capitalised words, with their small joiners. */
    private static final Pattern REST_OF_NAME = Pattern.compile(
            "^\\s+(?:for|of)\\s+(?:(?:the|of|for|and|in|on|with)\\s+|\\p{Lu}[\\p{L}'\u2019.-]*\\s*)+");

    private BodySeats() {}

    /**
     * A named body with no sector or no state of its own takes the one its name gives ("the Ministry of Foreign Affairs
     * of Ruritania": the state its name ends with); anything else stays as it is.
     */
    static Participant named(Participant p, Entity e, String body) {
        if (p.sector() != null && p.country() != null || e.type() != EntityType.ORGANIZATION) return p;
        String name = fullName(e, body);
        String sector = p.sector() != null ? p.sector() : BodySectors.of(name);
        // a party that rules its state acts as the state's rulers: "the Workers' Party of Korea sent a wreath"
        if (PARTY.equals(sector) && RulingParties.rules(name)) sector = Sector.GOV.code();
        String country = p.country() != null ? p.country() : BodySectors.stateOf(name);
        return new Participant(p.name(), country, sector);
    }

    /**
     * A holder of an office in the body named by {@code seat} ("the Ruritanian Committee for the Study of X"): his
     * sector is the body's when it is one of {@code seat-body-sectors} and he was coded with none or as a state's
     * official; else as coded.
     */
    static Participant holder(Participant p, String seat) {
        if (seat == null || p.sector() != null && !Sector.GOV.is(p.sector())) return p;
        String body = seat.strip().replaceFirst("^(?i)the\\s+", "");
        String sector = BodySectors.of(body);
        if (PARTY.equals(sector)) return RulingParties.rules(body) ? p : new Participant(p.name(), p.country(), PARTY);
        return sector != null && SEAT_SECTORS.contains(sector) ? new Participant(p.name(), p.country(), sector) : p;
    }

    /** The body a person's title names after its first "of" ("chairman of the X Association": the X Association), or null. */
    static String seatOf(String title) {
        if (title == null) return null;
        int of = title.indexOf(" of ");
        return of < 0 ? null : title.substring(of + 4);
    }

    /** The mention's name read on through the "for" or "of" phrase of capitalised words that the text continues it with. */
    static String fullName(Entity e, String body) {
        String name = e.text();
        if (body == null || e.end() <= 0 || e.end() >= body.length()) return name;
        Matcher m = REST_OF_NAME.matcher(body.substring(e.end(), Math.min(body.length(), e.end() + 200)));
        return m.find() ? name + m.group().stripTrailing().replaceAll("\\s+(?:the|of|for|and|in|on|with)$", "") : name;
    }
}
