package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.CountryCodes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * A name set beside a word for a paper, an agency or a broadcaster names a medium ("the Mexican newspaper Unidad
 * Nacional", "the Nepali paper Sremik", "the news agency Tanjug"): its doer is that medium (MED), of the state the
 * nationality before the word names. The coder often takes such a subject for the nationality's state ("The Lao paper
 * X said": Laos) or for a name of no kind; both are read again here, once the article's events are final. The words
 * are {@code apposed-media-nouns} of {@code word-lists.txt}; the name is the run of capitalised words right after the
 * word, written in quotes or not.
 */
final class ApposedPapers {
    private static final Set<String> NOUNS = EventWords.get("apposed-media-nouns");
    private static final Pattern APPOSED = Pattern.compile(
            "(?<![\\p{L}])([\\p{L}]+)\\s+[\"\u201c]?(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,4})");
    /** What may stand between the nationality and the word: nothing, or one lower-case word ("south Korean internet paper"). */
    private static final Pattern GAP = Pattern.compile("\\s+(?:[a-z-]+\\s+)?");

    /** One medium the text names beside its kind: where, its name, and its state or null. */
    record Paper(int start, int end, String name, String country) {}

    private final List<Paper> papers = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final List<Entity> entities;

    ApposedPapers(String body, List<Entity> entities, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.entities = entities;
        if (body == null) return;
        Matcher m = APPOSED.matcher(body);
        for (int from = 0; from < body.length() && m.find(from); from = m.start(2)) { // a name may be the next one's word
            String noun = m.group(1);
            boolean lowerOrTv = noun.equals(noun.toLowerCase(Locale.ROOT)) || noun.equals("TV");
            if (!lowerOrTv || !NOUNS.contains(noun.toLowerCase(Locale.ROOT))) continue;
            papers.add(new Paper(m.start(), m.end(), m.group(2), nationalityBefore(body, entities, m.start(1))));
        }
    }

    private static String nationalityBefore(String body, List<Entity> entities, int noun) {
        for (Entity e : entities) {
            if (e.end() > noun || e.country() == null || !CountryCodes.isState(e.country())) continue;
            if (e.type() != EntityType.NATIONALITY && e.type() != EntityType.COUNTRY) continue;
            if (GAP.matcher(body.substring(e.end(), noun)).matches()) return e.country();
        }
        return null;
    }

    /** Reads the draft's actors again: the medium an apposition names where the coder took its name or its state. */
    void place(Draft d, int sentenceStart, int sentenceEnd) {
        if (papers.isEmpty()) return;
        d.actors.replaceAll(p -> medium(p, sentenceStart, sentenceEnd));
    }

    /** The participant as the medium of an apposition of its sentence, or as it was. */
    Participant medium(Participant p, int from, int to) {
        if (p.name() == null || p.sector() != null && !Sector.GOV.is(p.sector())) return p;
        for (Paper paper : papers) {
            if (paper.start() < from || paper.end() > to) continue;
            String country = paper.country() != null ? paper.country() : p.country();
            if (p.name().equals(paper.name())) return new Participant(paper.name(), country, Sector.MED.code());
            boolean state = p.country() != null && p.country().equals(paper.country()) && gazetteer != null
                    && p.name().equals(gazetteer.countryName(p.country())) && !stateNamed(p.country(), from, to);
            if (state) return new Participant(paper.name(), country, Sector.MED.code());
        }
        return p;
    }

    /**
     * Whether the sentence names the state itself ("The Chinese paper X said China sent troops"): then a doer coded
     * as that state may be the state, and only a nationality read as a state ("The Chinese paper X said") is the paper.
     */
    private boolean stateNamed(String country, int from, int to) {
        for (Entity e : entities) {
            if (e.start() >= from && e.end() <= to && e.type() == EntityType.COUNTRY && country.equals(e.country())) return true;
        }
        return false;
    }
}
