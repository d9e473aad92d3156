package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.core.language.Sentence;
import org.dateline.core.language.Token;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The features the learned {@link EventFilter} weighs: short strings ({@code "lemma=meet"}, {@code "tense=VBD"},
 * {@code "quoted"}) that say how a coded event was written, from the event, its sentence, the publication day and the
 * article's other events. Language only, on purpose: no source, site, agency, country code or name is ever a feature,
 * so that weights learned on one press carry over to text nobody judged. Only features that hold are listed; an
 * absent yes/no feature is simply missing. Conjunctions are kept to two ({@code type*mode}, {@code type*tense}). The
 * page's own features (how much of it is about public affairs) are {@link PageFeatures}'.
 */
public final class EventFeatures {
    private static final Set<String> REPORTING = EventWords.get("filter-reporting-verbs");
    private static final Set<String> FIRST_PERSON = EventWords.get("filter-first-person");
    private static final Set<String> SECOND_PERSON = EventWords.get("filter-second-person");
    private static final Set<String> NEGATION = EventWords.get("filter-negation");
    private static final Set<String> PRONOUNS = EventWords.get("filter-party-pronouns");

    private EventFeatures() {}

    /** The features of every event of one article, in the events' order. */
    public static List<List<String>> of(Article article, List<Sentence> sentences, List<TimeExpression> timexes,
                                        List<Event> events) {
        Map<Integer, Sentence> byIndex = new HashMap<>();
        for (Sentence s : sentences) byIndex.put(s.index(), s);
        List<String> page = PageFeatures.ofPage(article, sentences, events);
        String pageState = ClauseFeatures.pageState(sentences);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Sentence s = byIndex.get(e.sentence());
            List<String> f = new ArrayList<>(ofEvent(e, article));
            if (s != null) f.addAll(ofSentence(e, s, article, timexes));
            f.addAll(inArticle(e, events.subList(0, i), events.size()));
            f.addAll(page);
            f.addAll(PageFeatures.ofEvent(e, page));
            f.addAll(ClauseFeatures.ofParties(e, pageState));
            out.add(f);
        }
        return out;
    }

    /** What the coder decided: type, mode, CAMEO root, status, the date against the publication day, the parties. */
    static List<String> ofEvent(Event e, Article article) {
        List<String> f = new ArrayList<>();
        String type = e.type() == null ? "none" : e.type().name();
        f.add("type=" + type);
        f.add("type*mode=" + type + "|" + (e.mode() == null ? "-" : e.mode()));
        if (Event.PROPOSER.equals(e.origin())) f.add("origin=proposer"); // a learned guess, not a rule's reading
        f.add("cameo=" + (e.cameo() == null || e.cameo().length() < 2 ? "-" : e.cameo().substring(0, 2)));
        f.add("status=" + (e.status() == null ? "-" : e.status().name().toLowerCase(Locale.ROOT)));
        f.add("date-mod=" + (e.dateMod() == null ? "none" : e.dateMod().name().toLowerCase(Locale.ROOT)));
        f.add("date=" + dateAgainstPublication(e.date(), article.publicationDate()));
        String gap = gapBeforePublication(e.date(), article.publicationDate());
        if (gap != null) f.add("date-gap=" + gap);
        f.add("actor=" + shape(e.actors()));
        f.add("recipient=" + shape(e.recipients()));
        f.add("actor-sector=" + sector(e.actors()));
        f.add("recipient-sector=" + sector(e.recipients()));
        f.add("parties=" + relation(e.actors(), e.recipients()));
        f.add("actor-coded=" + coded(e.actors()));
        f.add("confidence=" + Math.round(e.confidence() * 10) / 10.0);
        if (e.reportedBy() != null) f.add("reported-by");
        return f;
    }

    /** The sentence around the trigger: tense, modal, negation, quotation, reporting verb, person, time, position. */
    static List<String> ofSentence(Event e, Sentence s, Article article, List<TimeExpression> timexes) {
        List<String> f = new ArrayList<>();
        Token trigger = triggerToken(e, s);
        String lemma = trigger == null ? firstWord(e.trigger()) : trigger.lemma().toLowerCase(Locale.ROOT);
        f.add("lemma=" + lemma);
        String tense = tense(trigger);
        f.add("tense=" + tense);
        f.add("type*tense=" + (e.type() == null ? "none" : e.type().name()) + "|" + tense);
        boolean reporting = false, modal = false, negated = false, first = false, second = false;
        for (Token t : s.tokens()) {
            String l = t.lemma().toLowerCase(Locale.ROOT);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t != trigger && t.isVerb() && REPORTING.contains(l) || "according".equals(w)) reporting = true;
            if ("MD".equals(t.pos())) modal = true;
            if (NEGATION.contains(w) || NEGATION.contains(l)) negated = true;
            if (t.pos().startsWith("PRP") && FIRST_PERSON.contains(w)) first = true;
            if (t.pos().startsWith("PRP") && SECOND_PERSON.contains(w)) second = true;
        }
        if (reporting) f.add("reporting-verb");
        if (modal) f.add("modal");
        if (negated) f.add("negation");
        if (first) f.add("first-person");
        if (second) f.add("second-person");
        String quote = quotation(s, article.body(), trigger == null ? e.start() : trigger.start());
        if (quote != null) f.add(quote);
        if (lastWordIs(s, "?")) f.add("question");
        if (timexes.stream().anyMatch(t -> t.start() >= s.start() && t.start() < s.end())) f.add("time-expression");
        f.add("position=" + position(s, article));
        f.add("actor-kind=" + kind(e.actors(), s));
        f.add("recipient-kind=" + kind(e.recipients(), s));
        int n = s.tokens().size();
        f.add("length=" + (n < 15 ? "short" : n < 40 ? "medium" : "long"));
        f.addAll(ClauseFeatures.of(e, s, trigger));
        return f;
    }

    /**
     * What the article's other events say: how many there are, whether this trigger or type came before, and whether
     * the same party's act of this type was told in an earlier sentence (a restatement, which judges count once).
     */
    static List<String> inArticle(Event e, List<Event> earlier, int count) {
        List<String> f = new ArrayList<>();
        f.add("events=" + (count <= 1 ? "0-1" : count <= 3 ? "2-3" : "4+"));
        if (earlier.stream().anyMatch(p -> p.sentence() == e.sentence())) f.add("not-first-in-sentence");
        String trigger = firstWord(e.trigger());
        for (Event p : earlier) {
            if (p.sentence() >= e.sentence()) continue;
            if (firstWord(p.trigger()).equals(trigger) && !f.contains("trigger-coded-before")) f.add("trigger-coded-before");
            if (p.type() == e.type() && !f.contains("type-coded-before")) f.add("type-coded-before");
            if (p.type() == e.type() && sameFirst(p.actors(), e.actors()) && !f.contains("same-type-and-actor-before")) {
                f.add("same-type-and-actor-before"); // the same act of the same party told again: a restatement
            }
        }
        return f;
    }

    /** The event's date against the publication day: same, earlier, later, or none when either is missing. */
    static String dateAgainstPublication(String date, String published) {
        if (date == null || published == null || published.length() < 10) return "none";
        String day = published.substring(0, 10);
        if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return "none";
        if (day.startsWith(date)) return date.length() == 10 ? "same" : "same-period";
        String prefix = day.substring(0, date.length());
        return date.compareTo(prefix) < 0 ? "earlier" : "later";
    }

    /**
     * How long before the publication day an earlier date lies: within its month ("days"), its year ("months"), or
     * a year or more before ("years": the story's background, not its news); null when the date is not earlier.
     */
    static String gapBeforePublication(String date, String published) {
        if (!"earlier".equals(dateAgainstPublication(date, published))) return null;
        if (!date.substring(0, 4).equals(published.substring(0, 4))) return "years";
        return date.length() >= 7 && date.substring(0, 7).equals(published.substring(0, 7)) ? "days" : "months";
    }

    /** True when both lists name a first party, and by the same name. */
    private static boolean sameFirst(List<Participant> a, List<Participant> b) {
        if (a.isEmpty() || b.isEmpty() || a.get(0).name() == null) return false;
        return a.get(0).name().equalsIgnoreCase(b.get(0).name());
    }

    /** The first party's form: named by a name, a common noun, a pronoun, or none. */
    static String shape(List<Participant> parties) {
        if (parties.isEmpty()) return "none";
        String name = parties.get(0).name();
        if (name == null || name.isBlank()) return "unnamed";
        String[] words = name.strip().split("\\s+");
        String head = words[0].equalsIgnoreCase("the") && words.length > 1 ? words[1] : words[0];
        if (words.length == 1 && PRONOUNS.contains(head.toLowerCase(Locale.ROOT))) {
            return "pronoun";
        }
        boolean capitalised = Character.isUpperCase(head.charAt(0));
        boolean lowerLast = Character.isLowerCase(words[words.length - 1].charAt(0));
        return capitalised && !lowerLast ? "name" : "common";
    }

    /** The first party's sector as coded (GOV, MIL, CVL, ...), or "-" when the coder gave none. */
    private static String sector(List<Participant> parties) {
        if (parties.isEmpty()) return "none";
        String s = parties.get(0).sector();
        return s == null || s.length() < 3 ? "-" : s.substring(0, 3);
    }

    /** Whether the coder placed the first party in a state and a sector, a state only, or neither. */
    private static String coded(List<Participant> parties) {
        if (parties.isEmpty()) return "none";
        Participant p = parties.get(0);
        if (p.country() == null) return p.sector() == null ? "nothing" : "sector-only";
        return p.sector() == null ? "country-only" : "country+sector";
    }

    /**
     * What the language layer took the first party's words for in this sentence (a person, an organisation, a
     * country, a group named by a common noun, ...), or "unmentioned" when no mention of the sentence is it.
     */
    static String kind(List<Participant> parties, Sentence s) {
        if (parties.isEmpty()) return "none";
        String name = parties.get(0).name();
        if (name == null) return "unmentioned";
        for (Entity m : s.mentions()) {
            if (m.type() != null && (name.equalsIgnoreCase(m.text()) || name.equalsIgnoreCase(m.canonical()))) {
                return m.type().name().toLowerCase(Locale.ROOT);
            }
        }
        return "unmentioned";
    }

    /** Actor and recipient of one state (domestic), of two (foreign), or unknown when a country is missing. */
    static String relation(List<Participant> actors, List<Participant> recipients) {
        if (recipients.isEmpty()) return "no-recipient";
        String a = actors.isEmpty() ? null : actors.get(0).country();
        String r = recipients.get(0).country();
        if (a == null || r == null) return "unknown";
        return a.equals(r) ? "domestic" : "foreign";
    }

    /** The token of the trigger's first word inside the event's span (else anywhere in the sentence), or null. */
    static Token triggerToken(Event e, Sentence s) {
        String first = firstWord(e.trigger());
        Token anywhere = null;
        for (Token t : s.tokens()) {
            if (!t.word().toLowerCase(Locale.ROOT).equals(first)) continue;
            if (t.start() >= e.start() && t.end() <= e.end()) return t;
            if (anywhere == null) anywhere = t;
        }
        return anywhere;
    }

    private static String tense(Token t) {
        if (t == null) return "unknown";
        if (t.pos().startsWith("NN")) return "noun";
        if (t.pos().startsWith("VB")) return t.pos();
        return "other";
    }

    /**
     * Whether the trigger stands between quotation marks ({@code "in-quote"}), or the sentence holds a quotation
     * elsewhere ({@code "has-quote"}), or neither (null).
     */
    private static String quotation(Sentence s, String body, int at) {
        int marks = 0, before = 0;
        for (int i = s.start(); i < Math.min(s.end(), body.length()); i++) {
            char c = body.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                marks++;
                if (i < at) before++;
            }
        }
        if (marks == 0) return null;
        return before % 2 == 1 ? "in-quote" : "has-quote";
    }

    /** Where the sentence stands: the headline repeated as the body's first sentence, the first, second, or later. */
    private static String position(Sentence s, Article article) {
        String headline = article.headline();
        if (s.index() == 0 && headline != null && !headline.isBlank()) {
            String first = article.body().substring(s.start(), Math.min(s.end(), article.body().length())).strip();
            if (first.equalsIgnoreCase(headline.strip())) return "headline";
        }
        return s.index() == 0 ? "first" : s.index() == 1 ? "second" : "later";
    }

    private static boolean lastWordIs(Sentence s, String word) {
        List<Token> ts = s.tokens();
        return !ts.isEmpty() && ts.get(ts.size() - 1).word().equals(word);
    }

    private static String firstWord(String trigger) {
        if (trigger == null || trigger.isBlank()) return "-";
        return trigger.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
}
