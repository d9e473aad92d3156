package org.dateline.core.connect;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * What a published statement is about: a commentary, statement or editorial is told by who issued it, in what form and
 * how it judged ("a deputy spokesman of the party released a commentary in denunciation of"), words two statements of
 * one sender on one day share whatever they say; what each is about ("the repression of protesters", "the tampering
 * with history") is the rest of the sentence. Two reports that both tell a statement ({@code statement-forms}) and
 * whose subjects share no word that few reports use ({@link HappeningWords#UNCOMMON}) are two statements: the same
 * statement filed twice names its subject twice, while two articles of one paper on one day share the agency's
 * stock words ("world history", "moves") whatever each is about.
 *
 * <p>A news medium that acts in its own name ("Rodong Sinmun on Monday calls for", sector {@code MED}: a paper, a
 * broadcaster, an agency) tells a statement whatever its verb: its deed is an article of its own, and a paper runs
 * several a day, each calling for or denouncing something else. So a report whose actor is a medium is compared on its
 * subject as a report naming a statement's form is.
 *
 * <p>A report's subject is its content lemmas ({@link HappeningWords}) less the words of the statement's frame
 * ({@code statement-frame-words}: the speaker's office, the form, the verbs of issuing and judging), of the
 * participants and the article's named people, bodies, states and places (who spoke and from where), and of the
 * days and months. A report with no subject left ("the spokesman issued a statement") says nothing either way.
 * Cached per report; not thread-safe, like the merger that owns it.
 */
final class StatementSubjects {
    private static final Set<String> FORMS = ConnectWords.get("statement-forms");
    private static final Set<String> FRAME = ConnectWords.get("statement-frame-words");
    private static final Set<String> MONTHS = ConnectWords.get("month-words");
    private static final Set<EntityType> NAMES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.NATIONALITY, EntityType.LOCATION);

    private final HappeningWords words;
    private final Map<EventMention, Set<String>> cache = new IdentityHashMap<>();

    StatementSubjects(HappeningWords words) { this.words = words; }

    /**
     * True when both reports tell a statement and what one is about shares no word that few reports use with what
     * the other is about.
     */
    boolean differ(EventMention a, EventMention b) {
        Set<String> x = subject(a), y = subject(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        for (String w : x) if (y.contains(w) && words.few(w, HappeningWords.UNCOMMON)) return false;
        return true;
    }

    /**
     * The words of what a report's statement is about; empty when it tells no statement. Only the report's own
     * sentence counts: its mention may run on from the sentence before ("the mission issued the following statement
     * Tuesday: , the U.S. kicked off the drills"), which introduces the statement the report's deed is told in, and
     * a drill told in one statement and again in a paper's commentary is one drill whatever each statement is about.
     */
    private Set<String> subject(EventMention m) {
        return cache.computeIfAbsent(m, x -> about(ownSentence(x), names(x), mediumSpeaks(x)));
    }

    /** True when a report's actor is a news medium ({@code MED}), whose deed is an article of its own. */
    static boolean mediumSpeaks(EventMention m) {
        for (Participant p : m.event().actors()) if (Sector.MED.is(p.sector())) return true;
        return false;
    }

    /** The report's own sentence in its article's body ({@link StatedDays}), or its mention's when the body has none. */
    static String ownSentence(EventMention m) {
        String body = m.context().body();
        int start = m.mention().start(), end = m.mention().end();
        if (body == null || start < 0 || end > body.length() || end < start) return m.mention().sentence();
        while (start < end && !Character.isLetterOrDigit(body.charAt(start))) start++;
        return body.substring(StatedDays.sentenceStart(body, start), StatedDays.sentenceEnd(body, end));
    }

    /** The words of what a sentence's statement is about, the given names left out; empty when it tells none. */
    Set<String> about(String sentence, Collection<String> names) { return about(sentence, names, false); }

    /**
     * The words of what a sentence's statement is about; {@code statement} when the report tells one whatever its
     * words (a medium's own deed, {@link #mediumSpeaks}).
     */
    Set<String> about(String sentence, Collection<String> names, boolean statement) {
        Set<String> all = words.words(sentence, names);
        for (String w : all) statement |= FORMS.contains(w);
        Set<String> out = new HashSet<>();
        if (!statement) return out;
        for (String w : all) {
            if (FRAME.contains(w) || FORMS.contains(w) || MONTHS.contains(w) || Weekdays.isDay(w)) continue;
            out.add(w);
        }
        return out;
    }

    /** The names of a report's participants and of the article's people, bodies, states and places. */
    private static Collection<String> names(EventMention m) {
        Set<String> out = new HashSet<>();
        m.event().actors().forEach(p -> out.add(p.name()));
        m.event().recipients().forEach(p -> out.add(p.name()));
        List<Entity> entities = m.context().entities();
        if (entities == null) return out;
        for (Entity e : entities) if (e.text() != null && NAMES.contains(e.type())) out.add(e.text());
        return out;
    }
}
