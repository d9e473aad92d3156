package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.core.language.DependencyParse;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.SpanishModels;
import org.dateline.core.language.Token;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.Participant;

/**
 * Events of a Spanish story, from its UD parse and the Spanish lexicon ({@link SpanishWords}): a trigger verb
 * ("se reunió con", "visitó", "condenó") or a trigger noun that is the object or the subject of one of its light verbs
 * ("envió un mensaje", "sostuvo conversaciones con", "se celebró la reunión"). The predicate's subject is the actor
 * (its passive agent "por ..." when passive); its object or an oblique of "a"/"con" the recipient ({@link SpanishActors}).
 * Status: a negation ("no", "nunca") of the predicate negates; a future ("visitará") or "ir a" + infinitive plans;
 * other infinitives (purposes, wishes, demands' contents) are not events of their own. The date is a day the sentence
 * names ({@link SpanishDates}), else the publication day as a bound, as in the English coder. A subject of people at
 * large ("el pueblo coreano") makes no event; one act told twice is one event ({@link MentionMerge}) and a greeting
 * or a sight seen during a visit is part of the visit ({@link VisitParts}), as for English. Only sentences with a form
 * of the lexicon are tagged and parsed.
 */
public final class SpanishEventCoder {
    private static final Set<String> NEGATIONS = EventWords.get("spanish-negations");
    private static final Set<String> RECIPIENT_CASES = EventWords.get("spanish-recipient-prepositions");
    private static final Set<String> GOING = EventWords.get("spanish-going-forms");
    private static final Set<String> RELATIVES = EventWords.get("spanish-relative-pronouns");
    private static final Set<String> GREETINGS = EventWords.get("spanish-greeting-nouns");
    private static final String VISIT = "042";
    private static final Pattern GERUND = Pattern.compile(".*(ando|iendo)(se)?");
    /** A verb form of the first person: "-mos" plural, "he"/"hemos"/"hube" auxiliaries. */
    private static final Pattern FIRST_PERSON = Pattern.compile(".*mos|he|hube");
    /** Prepositions "of" a noun's holder ("la reunión del comité": "del" is one token when the splitter leaves it). */
    private static final Set<String> OF = Set.of("de", "del");
    /** Prepositions of a noun after its verb that may still name the doer: a holder "de", joint parties "entre". */
    private static final Set<String> SUBJECT_CASES = EventWords.get("spanish-subject-prepositions");
    /** UD tags of a word that is no verb, whatever the lexicon says of its form ("apoyo", "visita"). */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "DET", "ADP", "PRON", "NUM");
    /** UD relations of a trigger noun to its light verb: its object or subject ("se celebró la reunión"), or an oblique. */
    private static final Set<String> LIGHT_VERB_RELATIONS = Set.of("obj", "nsubj", "nsubj:pass", "obl");
    /** UD relations of a verb's object noun a row may require ("recibió a la delegación"). */
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "obl", "nsubj:pass", "iobj");

    private final SpanishWords words = SpanishWords.standard();
    private final SpanishActors actors;

    public SpanishEventCoder(Gazetteer gazetteer) { this.actors = new SpanishActors(gazetteer); }

    /** A trigger found in a sentence: the lexicon's form, the trigger token and the predicate that carries it. */
    private record Found(SpanishWords.Form form, int trigger, int predicate) {}

    /** The events of a Spanish article, parsing its sentences with a lexicon form with the (lazily loaded) Spanish models. */
    public List<Event> code(Article article) {
        // only sentences with a form of the lexicon are tagged and parsed: no other sentence can give an event
        return code(article, SpanishModels.shared().parse(words.accented(article.body()), words::mayHoldEvent));
    }

    /**
     * The events of parsed sentences of an article's body. Its drafts go through the English coder's fold of one act
     * told twice ({@link MentionMerge}) and of the parts of a visit ({@link VisitParts}) before they are dated.
     */
    public List<Event> code(Article article, List<SpanishModels.Parsed> sentences) {
        List<Draft> drafts = new ArrayList<>();
        for (SpanishModels.Parsed p : sentences) {
            Set<String> seen = new HashSet<>();
            for (Found f : triggers(p.parse())) {
                Draft d = draft(article, p, f, drafts);
                if (d != null && seen.add(f.predicate() + " " + d.type)) drafts.add(d);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Draft d : VisitParts.fold(MentionMerge.merge(drafts))) {
            finishDate(d, article);
            out.add(d.toEvent("E" + (out.size() + 1)));
        }
        return out;
    }

    /** The publication day as a bound for an event its sentence gives no day (none for a negated one), as in English. */
    private static void finishDate(Draft d, Article article) {
        if (d.date != null || article.publicationDate() == null || d.status == EventStatus.NEGATED) return;
        d.date = article.publicationDate();
        d.dateMod = d.status == EventStatus.OCCURRED ? DateModifier.ON_OR_BEFORE : DateModifier.ON_OR_AFTER;
    }

    /** The triggers of a sentence, in order, each with its predicate. */
    private List<Found> triggers(DependencyParse parse) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = parse.sentence().tokens();
        for (Token t : tokens) {
            for (SpanishWords.Form form : words.lookup(t.word())) {
                int predicate = form.trigger().pos() == 'V' ? verbPredicate(parse, t.index() - first(parse), form)
                        : lightVerb(parse, t.index() - first(parse), form.trigger());
                if (predicate >= 0) out.add(new Found(form, t.index() - first(parse), predicate));
            }
        }
        return out;
    }

    private static int first(DependencyParse parse) { return parse.sentence().tokens().get(0).index(); }

    /** The verb itself when its form, object and oblique fit the row; -1 otherwise. */
    private int verbPredicate(DependencyParse parse, int at, SpanishWords.Form form) {
        Token t = parse.sentence().tokens().get(at);
        if (NOMINAL_TAGS.contains(t.pos())) return -1;
        if (form.infinitive() && !planned(parse, at)) return -1;
        // a participle is an act only with its auxiliary ("ha firmado", "fue recibida"), not as an adjective ("el acuerdo firmado")
        if (form.participle() && parse.dependents(at).stream().noneMatch(a -> a.relation().startsWith("aux"))) return -1;
        SpanishWords.Trigger row = form.trigger();
        if (!row.preps().isEmpty() && !hasOblique(parse, at, row.preps())) return -1;
        if (!row.objects().isEmpty() && !hasObject(parse, at, row.objects())) return -1;
        return at;
    }

    /** The light verb whose object (or subject, "se celebró la reunión") the noun is, when the row lists it; else -1. */
    private int lightVerb(DependencyParse parse, int at, SpanishWords.Trigger row) {
        DependencyParse.Arc up = parse.headOf(at);
        int verb = up != null && up.head() >= 0 && LIGHT_VERB_RELATIONS.contains(up.relation())
                ? up.head() : -1;
        if (!isLight(parse, verb, row)) verb = precedingVerb(parse, at);
        return isLight(parse, verb, row) ? verb : -1;
    }

    /** A finite (or "ir a" + infinitive) form of one of the row's light verbs. */
    private boolean isLight(DependencyParse parse, int verb, SpanishWords.Trigger row) {
        if (verb < 0) return false;
        String word = parse.sentence().tokens().get(verb).word();
        String infinitive = words.infinitive(word);
        if (infinitive == null || !row.lights().contains(infinitive)) return false;
        return !infinitive.equals(SpanishWords.fold(word)) || planned(parse, verb);
    }

    /**
     * The verb just before a noun with no verb between (a light verb the parser did not attach its object to, "realizó
     * del día 20 al 26 una visita"), within eight tokens and the same clause; -1 when there is none.
     */
    private static int precedingVerb(DependencyParse parse, int noun) {
        List<Token> tokens = parse.sentence().tokens();
        for (int i = noun - 1; i >= Math.max(0, noun - 8); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("VERB")) return i;
            if (t.pos().equals("PUNCT") || t.pos().equals("SCONJ") || t.pos().equals("AUX")) return -1;
        }
        return -1;
    }

    /** "va a visitar", "iba a celebrarse": an infinitive under a form of "ir". */
    private static boolean planned(DependencyParse parse, int at) {
        DependencyParse.Arc up = parse.headOf(at);
        List<Token> tokens = parse.sentence().tokens();
        if (up != null && up.head() >= 0 && GOING.contains(SpanishWords.fold(tokens.get(up.head()).word()))) return true;
        return parse.dependents(at).stream().anyMatch(a -> GOING.contains(SpanishWords.fold(tokens.get(a.dependent()).word())));
    }

    /** An oblique (or a noun below one of the verb's dependents, for a misattached one) marked by one of the prepositions. */
    private static boolean hasOblique(DependencyParse parse, int verb, Set<String> preps) {
        List<Token> tokens = parse.sentence().tokens();
        for (DependencyParse.Arc a : parse.dependents(verb)) {
            for (DependencyParse.Arc b : parse.dependents(a.dependent())) {
                if (b.relation().equals("case") && preps.contains(SpanishWords.fold(tokens.get(b.dependent()).word()))) return true;
                for (DependencyParse.Arc c : parse.dependents(b.dependent())) {
                    if (c.relation().equals("case") && b.relation().startsWith("nmod")
                            && preps.contains(SpanishWords.fold(tokens.get(c.dependent()).word()))) return true;
                }
            }
        }
        return false;
    }

    /** An object or oblique (or the subject of a passive) whose head is one of the nouns, singular or plural. */
    private static boolean hasObject(DependencyParse parse, int verb, Set<String> objects) {
        List<Token> tokens = parse.sentence().tokens();
        for (DependencyParse.Arc a : parse.dependents(verb)) {
            if (!OBJECT_RELATIONS.contains(a.relation())) continue;
            String w = SpanishWords.fold(tokens.get(a.dependent()).word());
            if (objects.contains(w) || objects.contains(w.replaceAll("e?s$", ""))) return true;
        }
        return false;
    }

    /**
     * The draft of a trigger's event, or null when it has no party or its subject names people at large ("el pueblo
     * coreano felicita ..."): an act of no identifiable actor is not coded. {@code before} are the article's drafts so
     * far, whose first foreign state is the visitors' ("los visitantes llegaron ...").
     */
    private Draft draft(Article article, SpanishModels.Parsed p, Found f, List<Draft> before) {
        DependencyParse parse = p.parse();
        List<Token> tokens = parse.sentence().tokens();
        var entry = CameoTable.standard().lookup(f.form().trigger().cameo()).orElse(null);
        if (entry == null) return null;
        String home = article.agency() == null ? null : org.dateline.core.language.AgencyHomes.of(article.agency());
        int subject = subject(parse, f.predicate(), f.trigger());
        boolean unwritten = subject < 0; // no subject at all: not "se celebró la reunión", whose noun is its subject
        // "se celebró la reunión del comité X": the event noun is the subject of its light verb; its holder is X
        if (subject == f.trigger() && f.trigger() != f.predicate()) subject = holder(parse, f.trigger());
        if (actors.generic(parse, subject)) return null;
        Participant actor = visitors(actors.of(parse, subject, article.body(), home), parse, subject, before, home);
        // a passive ("son condenados") has no doer to carry: its subject, dropped or not, is the one acted on
        if (actor == null && unwritten && !f.form().participle()) actor = carried(before, parse.sentence().index(), tokens.get(f.predicate()).word());
        Participant recipient = recipient(parse, f, article.body(), home);
        if (recipient != null && actor != null && recipient.name().equals(actor.name())) recipient = null;
        // "Exhortaron a todo el pueblo coreano": an act of no named doer on people at large is no event (as English)
        if (actor == null && recipient != null && actors.generic(recipient.name())) return null;
        if (actor == null && recipient == null) return null;
        // a leader of the agency's state seeing a site at home is an inspection, no visit (as in English)
        if (VISIT.equals(entry.code()) && recipient == null && actor != null && home != null && home.equals(actor.country())) return null;
        Draft d = new Draft();
        d.type = entry.type();
        d.mode = entry.mode();
        d.cameo = entry.code();
        if (actor != null) d.actors.add(actor);
        if (recipient != null) d.recipients.add(recipient);
        d.status = status(parse, f);
        d.start = Math.min(tokens.get(f.trigger()).start(), tokens.get(f.predicate()).start());
        d.end = Math.max(tokens.get(f.trigger()).end(), tokens.get(f.predicate()).end());
        d.trigger = article.body().substring(d.start, d.end);
        d.sentence = parse.sentence().index();
        d.confidence = 0.6;
        d.greeting = GREETINGS.contains(f.form().trigger().lemma());
        SpanishDates.date(article, parse.sentence(), d.status, article.body()).ifPresent(day -> d.date = day);
        return d;
    }

    /**
     * A bare visitor noun ("los visitantes") is of the state of the story's visiting party: the first state other
     * than the agency's that the article's events named so far.
     */
    private Participant visitors(Participant actor, DependencyParse parse, int subject, List<Draft> before, String home) {
        if (actor == null || actor.country() != null || !actors.isVisitorNoun(parse.sentence().tokens().get(subject).word())) return actor;
        for (Draft d : before) {
            for (Participant p : d.everyone()) {
                if (p.country() != null && !p.country().equals(home)) return new Participant(actor.name(), p.country(), actor.sector());
            }
        }
        return actor;
    }

    /**
     * The doer of a verb with no subject written (Spanish drops it: "El canciller llegó a Hanoi. Se reunió con ..."): the
     * actor of the last event told in this sentence or the one before, when the verb is in the third person; a first
     * person ("Enviamos nuestro apoyo", "he intercambiado") is a quoted speaker's, whom the story need not have named
     * as the last actor. Null when there is none.
     */
    private static Participant carried(List<Draft> before, int sentence, String verb) {
        if (FIRST_PERSON.matcher(SpanishWords.fold(verb)).matches() || before.isEmpty()) return null;
        Draft last = before.get(before.size() - 1);
        return last.sentence >= sentence - 1 && !last.actors.isEmpty() ? last.actors.get(0) : null;
    }

    /** The "de" modifier of an event noun ("la reunión del comité"), or -1. */
    private static int holder(DependencyParse parse, int noun) {
        List<Token> tokens = parse.sentence().tokens();
        for (DependencyParse.Arc a : parse.dependents(noun)) {
            if (!a.relation().startsWith("nmod")) continue;
            boolean of = parse.dependents(a.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                    && OF.contains(SpanishWords.fold(tokens.get(c.dependent()).word())));
            if (of) return a.dependent();
        }
        return -1;
    }

    /**
     * The predicate's subject: its nsubj, or the passive agent ("por ..."), or for a verb coordinated with an earlier
     * one ("se reunió y departió con") that verb's subject; -1 when none is written (a dropped subject).
     */
    private int subject(DependencyParse parse, int predicate, int trigger) {
        List<Token> tokens = parse.sentence().tokens();
        DependencyParse.Arc up = parse.headOf(predicate);
        // "publicó un artículo enviando felicitaciones a ...": an adverbial gerund's act is its clause's subject's (a
        // gerund's own subject comes after it, "llegando el presidente"; the parser often takes a noun before it)
        if (up != null && up.head() >= 0 && up.relation().equals("advcl") && GERUND.matcher(SpanishWords.fold(tokens.get(predicate).word())).matches()
                && parse.dependents(predicate).stream().noneMatch(a -> a.relation().equals("nsubj") && a.dependent() > predicate)) {
            return subject(parse, up.head(), trigger);
        }
        for (DependencyParse.Arc a : parse.dependents(predicate)) {
            if (!a.relation().equals("nsubj")) continue;
            // "Chen, quien realiza una visita a ...": the relative pronoun stands for the noun its clause hangs from
            boolean relative = RELATIVES.contains(SpanishWords.fold(tokens.get(a.dependent()).word()));
            if (relative && up != null && up.head() >= 0 && up.relation().startsWith("acl")) return up.head();
            return a.dependent();
        }
        for (DependencyParse.Arc a : parse.dependents(predicate)) {
            if (a.relation().startsWith("obl") && parse.dependents(a.dependent()).stream()
                    .anyMatch(c -> c.relation().equals("case") && SpanishWords.fold(tokens.get(c.dependent()).word()).equals("por"))) {
                return a.dependent();
            }
        }
        if (up != null && up.relation().equals("conj") && up.head() >= 0) return subject(parse, up.head(), trigger);
        return postponedSubject(parse, predicate, trigger);
    }

    /**
     * The subject written after its verb, which the parser often misses ("Llegó el día 9 a esta capital la
     * delegación de ..."): the first later noun of an office, body or force that no preposition but "de" or "entre"
     * governs, before any other finite verb.
     */
    private int postponedSubject(DependencyParse parse, int predicate, int trigger) {
        List<Token> tokens = parse.sentence().tokens();
        for (int i = predicate + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("VERB") || t.pos().equals("AUX") || t.word().equals(",") && i > predicate + 12) return -1;
            // a noun behind a preposition ("se reunió con el ministro") is an oblique, not the subject; one behind "de"
            // holds the noun before it ("tuvo lugar la reunión del comité"), one behind "entre" is a party of joint talks
            boolean oblique = parse.dependents(i).stream().anyMatch(a -> a.relation().equals("case")
                    && !SUBJECT_CASES.contains(SpanishWords.fold(tokens.get(a.dependent()).word())));
            if (t.pos().equals("NOUN") && actors.isSectorNoun(t.word()) && !oblique && !inObject(parse, i, predicate, trigger)) return i;
        }
        return -1;
    }

    /**
     * Whether a token lies in the predicate's object ("visitó la embajada", "apreció los esfuerzos de la embajada"):
     * what a verb acts on is not its doer. The phrase of the event noun itself is not such an object: "tuvo lugar la
     * reunión del comité" is the committee's meeting, whatever the parser makes of "lugar".
     */
    private static boolean inObject(DependencyParse parse, int token, int predicate, int trigger) {
        int at = token;
        for (int depth = 0; depth < 12; depth++) {
            if (at == trigger) return false;
            DependencyParse.Arc up = parse.headOf(at);
            if (up == null || up.head() < 0) return false;
            if (up.head() == predicate) return up.relation().equals("obj") || up.relation().equals("iobj");
            at = up.head();
        }
        return false;
    }

    /** The first object, "a"/"con" oblique or indirect object (of the predicate, then of the trigger noun) that names an actor. */
    private Participant recipient(DependencyParse parse, Found f, String body, String home) {
        List<Token> tokens = parse.sentence().tokens();
        Set<Integer> holders = new LinkedHashSet<>(List.of(f.predicate(), f.trigger()));
        for (int h : holders) {
            for (DependencyParse.Arc a : parse.dependents(h)) {
                if (a.dependent() == f.trigger()) continue;
                boolean marked = parse.dependents(a.dependent()).stream().anyMatch(c -> c.relation().equals("case")
                        && RECIPIENT_CASES.contains(SpanishWords.fold(tokens.get(c.dependent()).word())));
                boolean object = a.relation().equals("obj") || a.relation().equals("iobj") || a.relation().equals("nsubj:pass");
                if (!(marked || object)) continue;
                if (!(a.relation().startsWith("obl") || a.relation().startsWith("nmod") || object)) continue;
                Participant r = actors.of(parse, a.dependent(), body, home);
                if (r != null) return r;
            }
        }
        return null;
    }

    /** Negated by "no"/"nunca" on the predicate; planned by a future form or "ir a"; else occurred. */
    private EventStatus status(DependencyParse parse, Found f) {
        List<Token> tokens = parse.sentence().tokens();
        for (DependencyParse.Arc a : parse.dependents(f.predicate())) {
            if (NEGATIONS.contains(SpanishWords.fold(tokens.get(a.dependent()).word()))) return EventStatus.NEGATED;
        }
        String predicate = SpanishWords.fold(tokens.get(f.predicate()).word());
        String infinitive = words.infinitive(predicate);
        boolean future = f.predicate() == f.trigger() ? f.form().future()
                : infinitive != null && (predicate.equals(infinitive + "a") || predicate.equals(infinitive + "an")
                        || predicate.matches(".*dran?$"));
        if (future || planned(parse, f.predicate())) return EventStatus.PLANNED;
        return EventStatus.OCCURRED;
    }
}
