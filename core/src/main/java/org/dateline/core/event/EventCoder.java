package org.dateline.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.dateline.core.language.DependencyParse;
import org.dateline.core.language.Gazetteer;
import org.dateline.core.language.NlpModels;
import org.dateline.core.language.Sentence;
import org.dateline.model.Article;
import org.dateline.model.DateModifier;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;

/**
 * The event stage: who did what to whom, when, where, with what status.
 *
 * <pre>
 * sentences --TriggerLexicon--> sentences with a possible trigger  (the only ones parsed: parsing is the cost)
 *           --NlpModels.parse--> dependency arcs
 *           --ClauseCoder--> events: type/CAMEO, participants, status, date, place, topic, outcome
 *           --EventProposer--> for a sentence the rules gave no event that a learned model deems to tell an event
 *                     of a type: an event of that type (origin "proposer"; off without a model: {@link EventProposer})
 *           --here--> dates for clauses without one, plans kept from being called occurred, one event per
 *                     repeated mention, addressees left implicit taken from the article
 * </pre>
 *
 * Thread-safe once built: all per-article state lives in {@link ArticleContext}.
 */
public final class EventCoder {
    /** The words of a bare encounter ("met", "a meeting"), which private people have too. */
    private static final Set<String> ENCOUNTER_WORDS = EventWords.get("encounter-words");
    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final ActorDictionary dictionary;
    private final TriggerLexicon lexicon = TriggerLexicon.standard();
    private final CameoTable cameo = CameoTable.standard();
    private final Modality modality = new Modality(lexicon);
    private final AtomicLong sentencesSeen = new AtomicLong();
    private final AtomicLong sentencesParsed = new AtomicLong();
    private final EventProposer proposer;

    public EventCoder(NlpModels models, Gazetteer gazetteer, ActorDictionary dictionary) {
        this(models, gazetteer, dictionary, EventProposer.standard());
    }

    /** A coder whose rules are followed by this proposer ({@link EventProposer#none} for the rules alone). */
    public EventCoder(NlpModels models, Gazetteer gazetteer, ActorDictionary dictionary, EventProposer proposer) {
        this.proposer = proposer == null ? EventProposer.none() : proposer;
        this.models = models;
        this.gazetteer = gazetteer;
        // the imported PETRARCH actors below the user's dictionary: names the gazetteer cannot code, at the article's date
        this.dictionary = (dictionary == null ? ActorDictionary.empty() : dictionary).over(ActorDictionary.imported());
    }

    /** Events of one article, from the language layer's sentences and entities and the time stage's expressions. */
    public List<Event> code(Article article, List<Sentence> sentences, List<Entity> entities,
                            List<TimeExpression> timexes) {
        ArticleContext ctx = new ArticleContext(article, entities, gazetteer, dictionary, sentences.isEmpty() ? null : sentences.get(0));
        timexes = NamedDates.withoutNames(timexes, article.body()); // "the study of February 16 Art" names, not dates
        Sentence before = null;
        TitledReferents titles = new TitledReferents(entities);
        List<Draft> awaitingGuests = new ArrayList<>();
        List<Participant> voice = List.of(); // the issuer of the document quoted at length, if one is
        List<Draft> proposals = new ArrayList<>(); // kept apart: the rules of later sentences never read them
        PageFamily family = PageFamily.of(article); // whose thresholds the proposer applies
        List<Draft> commentaries = new ArrayList<>(); // papers' commentaries told, for the piece's own voice
        List<SpeakerBlocks.Block> blocks = new ArrayList<>(); // speakers' words after a colon ("X said:")
        DocumentRestatements restatements = new DocumentRestatements(); // "the statement said": the statement again
        SpeakerBlocks.Block block = null;
        for (Sentence s : sentences) {
            sentencesSeen.incrementAndGet();
            if (block != null && !block.takes(s)) block = null;
            if (before != null) voice = DocumentContent.follow(before.tokens(), voice, ctx);
            ctx.sentenceBefore = before;
            ctx.blockVoice = voice;
            ctx.readPassage(before, s);
            Sentence prior = before;
            ctx.narrated.enter(s, ctx.events, timexes, !voice.isEmpty());
            ctx.visitDays.enter(s, timexes);
            ctx.occasionStories.enter(s, timexes);
            ctx.occasions.enter(s, timexes);
            ctx.leads.enter(s, timexes);
            before = s;
            ctx.causes.read(s);
            // an attendance list after a hosting is parsed for its guests, and that parse serves its own events too
            Clause clause = awaitingGuests.isEmpty() ? null : seatGuests(awaitingGuests, s, ctx);
            // "X made public a statement on Monday": parsed for who issued it even when it holds no event
            boolean issuing = DocumentIssuers.mayName(s.tokens());
            boolean praising = ReportedPraise.mayHold(s.tokens());
            boolean quoted = DocumentContent.mayHold(s.tokens(), voice, lexicon);
            boolean published = PublishedPraise.mayHold(s.tokens());
            boolean commented = CommentaryBlame.mayHold(s.tokens());
            boolean adopted = AdoptedMessages.mayHold(s.tokens());
            boolean listed = ListedGatherings.mayHold(s.tokens());
            boolean committees = HonouringCommittees.mayHold(s.tokens());
            boolean speakersAbroad = GatheringSpeakers.mayHold(s.tokens());
            boolean replies = ReplyAddressees.mayHold(s.tokens());
            boolean inverted = InvertedArrivals.mayHold(s.tokens());
            boolean abroad = TripsAbroad.mayHold(s.tokens());
            boolean following = FollowingProtests.mayHold(s.tokens());
            boolean opening = SpeakerBlocks.opens(s.tokens());
            boolean coding = issuing || praising || quoted || published || commented || adopted || listed || committees || speakersAbroad || replies
                    || inverted || abroad || following || opening || lexicon.mayHaveEvent(s.tokens());
            if (s.tokens().size() > NlpModels.MAX_SENTENCE_TOKENS) continue;
            if (!coding) {
                readUncoded(s, clause, proposer.confidentTypes(s, family), ctx, timexes, proposals);
                continue;
            }
            if (clause == null) clause = parsed(s);
            if (clause == null) continue; // a parser failure on one sentence costs that sentence only
            readSentenceBefore(ctx, s, prior);
            int coded = ctx.events.size();
            new ClauseCoder(clause, ctx, lexicon, cameo, modality).code(timexes, d -> {
                if (d.guestsAfter) {
                    awaitingGuests.add(d);
                    return;
                }
                fillAddressee(d, ctx);
                ctx.events.add(d);
            });
            // a sentence with events has read its subjects already ("they" now means this sentence's group)
            if (issuing && ctx.events.size() == coded) DocumentIssuers.remember(clause, ctx);
            if (praising) ctx.events.addAll(ReportedPraise.untold(ReportedPraise.of(clause, ctx, titles, timexes), ctx.events.subList(coded, ctx.events.size())));
            // a publication or a paper's commentary, unless the verb's own words told an event already
            List<Draft> told = List.copyOf(ctx.events.subList(coded, ctx.events.size()));
            if (published) ctx.events.addAll(PublishedPraise.of(clause, ctx, titles, timexes, told));
            if (commented) ctx.events.addAll(CommentaryBlame.of(clause, ctx, lexicon, timexes, told));
            if (commented) commentaries.addAll(CommentaryBlame.speakers(clause, ctx, timexes));
            if (adopted) ctx.events.addAll(AdoptedMessages.of(clause, ctx, timexes, told));
            // gatherings held apart in several countries: one act of honouring per country (CODING.md question 127)
            if (listed) ctx.events.addAll(ListedGatherings.of(clause, ctx, timexes, told));
            // committees formed abroad to honour someone: one act of honouring per country (HonouringCommittees)
            if (committees) {
                List<Draft> sofar = List.copyOf(ctx.events.subList(coded, ctx.events.size()));
                ctx.events.addAll(HonouringCommittees.of(clause, ctx, timexes, sofar));
            }
            // "Speakers at seminars in A and B said ...": one act of praise per country (GatheringSpeakers)
            if (speakersAbroad) ctx.events.addAll(GatheringSpeakers.of(clause, ctx, timexes,
                    List.copyOf(ctx.events.subList(coded, ctx.events.size()))));
            // "The addressees were A and B": one reply per addressee, by the story's sender (ReplyAddressees)
            if (replies) ctx.events.addAll(ReplyAddressees.of(clause, ctx, timexes, List.copyOf(ctx.events.subList(coded, ctx.events.size()))));
            // "arriving here on the same day were A and B": the travellers come after the verb (InvertedArrivals)
            if (inverted) ctx.events.addAll(InvertedArrivals.of(clause, ctx, timexes, told));
            // "left here to attend the congress in Lima": a home party's trip, its host named by its purpose (TripsAbroad)
            if (abroad) ctx.events.addAll(TripsAbroad.of(clause, ctx, timexes, told));
            // "the Thai delegation went back home on Monday": a foreign party's visit here told by its end (ForeignHomecomings)
            if (abroad) ctx.events.addAll(ForeignHomecomings.of(clause, ctx, timexes, told));
            // "X, on a visit to Ghana, laid a wreath": a visit named in passing (PresupposedVisits)
            if (PresupposedVisits.mayHold(s.tokens())) ctx.events.addAll(PresupposedVisits.of(clause, ctx, told, List.copyOf(ctx.events)));
            // "It was followed by a rally": the protest of the gathering just told (FollowingProtests)
            if (following) ctx.events.addAll(FollowingProtests.of(clause, ctx, timexes, told));
            if (opening) {
                block = SpeakerBlocks.open(clause, ctx, timexes);
                if (block != null) blocks.add(block);
            }
            if (quoted) DocumentContent.addTo(ctx.events, coded, DocumentContent.of(clause, voice, ctx, lexicon, cameo, timexes));
            // "praised the President": the title alone is the person named with it before (praise and blame only)
            TitledRecipients.resolve(clause, ctx.events.subList(coded, ctx.events.size()), titles, ctx);
            restatements.read(clause, ctx.events.subList(coded, ctx.events.size()));
            ctx.carriedSubjects.read(clause);
            if (Gatherings.mayTell(s.tokens())) ctx.gatherings.read(clause, ctx);
            if (ctx.events.stream().noneMatch(d -> d.sentence == s.index())) {
                propose(clause, proposer.confidentTypes(s, family), ctx, timexes, proposals); // only where the rules found none
            }
            ctx.occasions.read(clause, timexes);
            ctx.leads.read(clause, timexes, ctx.events, article.body());
        }
        for (SpeakerBlocks.Block b : blocks) ctx.events.addAll(SpeakerBlocks.acts(b, ctx, titles, lexicon));
        ctx.events.addAll(OwnVoice.of(sentences, commentaries, ctx, lexicon)); // the piece's blame, once per party
        // history told as background dated and carried the story's past; it is no event (Background)
        List<Draft> kept = restatements.fold(MentionMerge.merge(ctx.events.stream().filter(d -> d.background == null).toList()));
        kept.addAll(untold(MentionMerge.merge(proposals), kept));
        return finished(kept, article, sentences, entities, ctx);
    }

    /**
     * The article's drafts as events, numbered E1..En in order: private life dropped, names placed and spelled as the
     * text spells them, dates finished.
     */
    private static List<Event> finished(List<Draft> kept, Article article, List<Sentence> sentences, List<Entity> entities,
                                        ArticleContext ctx) {
        List<Event> out = new ArrayList<>();
        ApposedPapers papers = new ApposedPapers(article.body(), entities, ctx.gazetteer);
        HomeStateNames homeNames = new HomeStateNames(HomeState.placed(entities, ctx.dictionary, article.publicationDate()));
        TextSpellings spellings = new TextSpellings(entities);
        PlacedNames placedNames = new PlacedNames(kept, ctx);
        for (Draft d : kept) {
            if (privateLife(d, ctx)) continue;
            placedNames.place(d); // the text's own placing of a name first, the home state's guess after
            homeNames.place(d);
            Sentence told = Sentence.numbered(sentences, d.sentence);
            if (told != null) papers.place(d, told.start(), told.end()); // "The Lao paper X said": the paper
            ArmedStates.place(d, ctx.gazetteer); // "South Korea fired shells": the state's forces
            spellings.respell(d);
            finishDate(d, article);
            out.add(d.toEvent("E" + (out.size() + 1)));
        }
        return out;
    }

    /**
     * PLOVER codes the acts of states, groups and the people who act for them: an act among named people the text
     * places in no country and gives no role ("Jon asks you to sign", "Black shoots photographs") is private life,
     * not an event; a body or group named without a country (a university, a union) still acts in public. A meeting
     * is judged so only when the text gives it no place either: wire copy names envoys who meet by name alone and
     * gives their states elsewhere ("Lars Berg met Ali Hassan in Cairo"), where a bout or a couple's first meeting
     * ("Diaz meets Kowalski in March", "they met in 2019") names no one's state, role or venue. The kin of someone
     * placed nowhere ("Marta's son asked her") are private people too, as an unplaced named person is. Talks and visits are
     * public by their word ("their talks were put off"); only a bare encounter ({@code encounter-words}) is judged.
     */
    private static boolean privateLife(Draft d, ArticleContext ctx) {
        if (d.everyone().isEmpty()) return false;
        // "Kennedy was convicted of fraud": an act of law with no agent is the state's, never private life
        if (d.actors.isEmpty() && AgentlessActs.isStateAct(d.type, d.cameo)) return false;
        if (onlyPrivatePeople(d)) return true;
        if (d.type == EventType.CONSULT && (d.place != null || d.trigger == null
                || !ENCOUNTER_WORDS.contains(d.trigger.toLowerCase(Locale.ROOT)))) return false;
        for (Participant p : d.everyone()) {
            if (CommonNounActors.isUnplacedKin(p)) continue; // "her son", "the boy's relatives": private people
            if (p.country() != null || p.sector() != null || !ctx.isPerson(p.name())) return false;
        }
        return true;
    }

    /**
     * A sentence no rule can code: parsed only when the proposer is sure of it or it may date a speech occasion
     * ("The envoy addressed the council on May 8."), never coded by the rules.
     */
    private void readUncoded(Sentence s, Clause clause, Map<EventType, Double> proposed, ArticleContext ctx,
                             List<TimeExpression> timexes, List<Draft> proposals) {
        boolean occasion = clause == null && SpeechOccasions.mayOpen(s, timexes);
        boolean lead = ctx.leads.mayDate(s, timexes); // dates (s37): it may tell the occasion of the lead's act
        boolean gathering = Gatherings.mayTell(s.tokens()); // "Speeches were made by X": whom "the speakers" means
        if (proposed.isEmpty() && !occasion && !lead && !gathering) return;
        Clause uncoded = clause == null ? parsed(s) : clause;
        if (uncoded == null) return;
        if (!proposed.isEmpty()) propose(uncoded, proposed, ctx, timexes, proposals);
        if (occasion) ctx.occasions.read(uncoded, timexes);
        if (lead) ctx.leads.read(uncoded, timexes, ctx.events, ctx.article.body());
        if (gathering) ctx.gatherings.read(uncoded, ctx);
    }

    /** The proposer's events for a parsed sentence the rules gave no event, of the types its models are sure of. */
    private void propose(Clause clause, Map<EventType, Double> types, ArticleContext ctx, List<TimeExpression> timexes, List<Draft> out) {
        if (clause == null || types.isEmpty()) return;
        out.addAll(proposer.propose(clause, ctx, types, timexes, lexicon, modality));
    }

    /** The proposals that do not tell again an event the rules coded (same type, same parties) anywhere in the article. */
    private static List<Draft> untold(List<Draft> proposals, List<Draft> coded) {
        return proposals.stream().filter(p -> coded.stream().noneMatch(d -> d.type == p.type
                && Participants.sameSet(d.everyone(), p.everyone()))).toList();
    }

    /**
     * "My parents encouraged it", "the head of the household will pick one person to challenge", "after fans
     * complained": every party a private person named by a common noun and placed in no state ({@link
     * CommonNounActors#isUnplacedPrivatePerson}) or the kin of such a person. No state, body or named person takes
     * part, so no public act is told, whatever the verb; a demonstration stays, since people at large marching is the
     * public act PROTEST codes, and so does an attack whose attackers are unknown ("three people were hurt in the
     * blast"), whose made-up attacker is a party of its own.
     */
    private static boolean onlyPrivatePeople(Draft d) {
        if (d.type == EventType.PROTEST) return false;
        boolean someone = false;
        for (Participant p : d.everyone()) {
            if (CommonNounActors.isUnplacedKin(p)) continue;
            if (!CommonNounActors.isUnplacedPrivatePerson(p)) return false;
            someone = true;
        }
        return someone;
    }

    /**
     * Hostings whose clause named no guests: when this sentence lists who attended ({@link GuestLists}),
     * they are the hosting's other side; else the hosting is dropped, as a meeting with one side is. Returns the
     * list's clause when it was parsed, else null.
     */
    private Clause seatGuests(List<Draft> waiting, Sentence s, ArticleContext ctx) {
        int cop = s.tokens().size() > NlpModels.MAX_SENTENCE_TOKENS ? -1 : GuestLists.copula(s.tokens());
        Clause clause = null;
        List<Participant> guests = List.of();
        if (cop >= 0) {
            try {
                clause = parsed(s);
                if (clause != null) guests = GuestLists.guests(clause, cop, ctx);
            } catch (RuntimeException e) {
                guests = List.of(); // a failure on the list costs the hosting only
            }
        }
        for (Draft d : waiting) {
            Participants.addAll(d.recipients, guests);
            d.recipients.removeIf(p -> Participants.contains(d.actors, p));
            d.guestsAfter = false;
            if (!d.recipients.isEmpty()) ctx.events.add(d);
        }
        waiting.clear();
        return clause;
    }

    /**
     * A sentence whose subject may be a pronoun carried from the one before ({@link CarriedSubjects}): that one
     * is parsed now for its subject when it held no trigger and so was not parsed in its turn.
     */
    private void readSentenceBefore(ArticleContext ctx, Sentence s, Sentence prior) {
        if (prior == null || ctx.carriedSubjects.holdsSentenceBefore(s.index()) || !CarriedSubjects.mayNeed(s.tokens())
                || prior.tokens().size() > NlpModels.MAX_SENTENCE_TOKENS) return;
        Clause before = parsed(prior);
        if (before != null) ctx.carriedSubjects.read(before);
    }

    /** The sentence's clause, parsed (and counted) once; null when the parser fails on it. */
    private Clause parsed(Sentence s) {
        DependencyParse parse;
        try {
            parse = models.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
        sentencesParsed.incrementAndGet();
        return new Clause(s, parse);
    }

    public long sentencesSeen() { return sentencesSeen.get(); }

    public long sentencesParsed() { return sentencesParsed.get(); }

    /** A demand, offer or accusation whose addressee the clause leaves out goes to the actor's latest counterpart. */
    private static void fillAddressee(Draft d, ArticleContext ctx) {
        if (!d.recipients.isEmpty() || d.actors.size() != 1 || d.type == EventType.CONSULT) return;
        Participant other = ctx.counterpart(d.actors.get(0));
        if (other != null) {
            d.recipients.add(other);
            d.confidence -= 0.15;
        }
    }

    /**
     * Without a time expression of its own, an event is dated by the publication day, marked as a bound (unless its
     * clause places it in an undated past: then it has no date); an event
     * dated after the publication day cannot have occurred yet.
     */
    private static void finishDate(Draft d, Article a) {
        LocalDate pub = a.publicationDay().orElse(null);
        if (d.date == null) {
            if (a.publicationDate() != null && d.status != EventStatus.NEGATED && !d.undatedPast) {
                d.date = a.publicationDate();
                d.dateMod = EventStatus.OCCURRED.equals(d.status) ? DateModifier.ON_OR_BEFORE : DateModifier.ON_OR_AFTER;
                d.confidence -= 0.1;
            }
            return;
        }
        LocalDate day = ClauseTimes.day(d.date); // null for a partial value: leave it
        if (pub != null && EventStatus.OCCURRED.equals(d.status) && day != null && day.isAfter(pub)) d.status = EventStatus.PLANNED;
    }
}
