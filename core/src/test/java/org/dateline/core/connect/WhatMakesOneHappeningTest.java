package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Evidence that two reports tell one happening in other words, or none: who was arrested singles out an arrest
 * ({@link Detentions}), a place's adjective names the place ({@link PlaceForms}), and a relative clause of "the days
 * when" tells a period's habit ({@link Tellings#timesWhen}) (invented reports).
 */
class WhatMakesOneHappeningTest {
    private static final List<Entity> NAMES = List.of(state("Norland", "NOR"), state("Velmar", "VLM"),
            person("Imre Lask", "NOR", "unionist"), person("Ona Berg", "NOR", "unionist"),
            person("Tomas Varga", "VLM", "president"));

    private static Annotated arrest(String id, String day, String date, String who, String body, String phrase,
                                    String trigger) {
        Article a = article(id, day, "News", body);
        Event e = event(a, "e1", EventType.COERCE, List.of(p("Norland", "NOR")), List.of(new Participant(who, "NOR", null)),
                date, null, EventStatus.OCCURRED, phrase).toBuilder().trigger(trigger).build();
        return annotated(a, NAMES, e);
    }

    private static Annotated arrestedAtTheBorder(String who) {
        return arrest("a", "2024-05-04", "2024-05-02", who, "Norland arrested " + who + ", a leader of the dockers' "
                + "union, on Thursday when he crossed the border after visiting Velmar.", "Norland arrested " + who
                + ", a leader of the dockers' union, on Thursday", "arrested");
    }

    private static Annotated putInJail(String who, String date) {
        return arrest("b", "2024-05-09", date, who, "The rulers of Norland put " + who + " in jail on his way home "
                + "from Velmar and are trying to punish him.", "The rulers of Norland put " + who + " in jail",
                "put");
    }

    @Test
    void oneNamedPersonsArrestToldInOtherWordsIsOneArrest() {
        Connected c = Connector.connect(List.of(arrestedAtTheBorder("Imre Lask"), putInJail("Imre Lask", null)));
        assertThat(storyOf(c, "a", "e1")).isEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void theArrestsOfTwoNamedPeopleAreTwoArrests() {
        Connected c = Connector.connect(List.of(arrestedAtTheBorder("Imre Lask"), putInJail("Ona Berg", null)));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }

    @Test
    void anArrestOnAnotherStatedDayIsNotShownOneByThePersonAlone() {
        Annotated a = arrestedAtTheBorder("Imre Lask");
        Annotated b = putInJail("Imre Lask", "2024-05-07");
        EventMention x = mention(a), y = mention(b);
        assertThat(Detentions.onePerson(x, y)).isFalse();
        assertThat(Detentions.onePerson(x, mention(putInJail("Imre Lask", null)))).isTrue();
    }

    @Test
    void aCrowdArrestedNamesNoOne() {
        Annotated crowd = arrest("c", "2024-05-04", null, "the protesters", "Norland arrested the protesters in the "
                + "square.", "Norland arrested the protesters", "arrested");
        assertThat(Detentions.detained(mention(crowd))).isEmpty();
        assertThat(Detentions.detained(mention(putInJail("Imre Lask", null)))).containsExactly("Imre Lask");
    }

    private static EventMention mention(Annotated a) {
        ArticleContext ctx = new ArticleContext(a.article().id(), a.article().headline(), a.article().body(),
                a.article().publicationDay().orElseThrow(), 0, "t", new ActorKnowledgeBase.Resolution(java.util.Map.of(),
                n -> n), a.timexes(), a.entities());
        return EventMention.of(a.events().get(0), ctx, ConnectLexicon.standard());
    }

    @Test
    void aPlacesAdjectiveNamesThePlace() {
        assertThat(PlaceForms.sameWord("east", "eastern")).isTrue();
        assertThat(PlaceForms.sameWord("siberian", "siberia")).isTrue();
        assertThat(PlaceForms.sameWord("japan", "japanese")).isTrue();
        assertThat(PlaceForms.sameWord("east", "easter")).isFalse();
        assertThat(PlaceForms.sameWord("in", "inn")).isFalse();
        assertThat(DeedParties.sameObject("far eastern region", "far east")).isTrue();
        assertThat(DeedParties.sameObject("far eastern region", "far western region")).isFalse();
    }

    private static Annotated anniversary(String id, String day, String region) {
        Article a = article(id, day, "Anniversary", "A meeting was held to mark the tenth anniversary of Tomas "
                + "Varga's visit to " + region + " of Norland.");
        Event e = event(a, "e1", EventType.CONSULT, List.of(p("Tomas Varga", "VLM")), List.of(p("Norland", "NOR")),
                "2014", null, EventStatus.OCCURRED, "visit").toBuilder().trigger("visit").build();
        return annotated(a, NAMES, e);
    }

    @Test
    void aVisitToAPlaceNamedByItsNounOrItsAdjectiveIsOneVisit() {
        Connected one = Connector.connect(List.of(anniversary("a", "2024-08-01", "Far Eastern region"),
                anniversary("b", "2024-08-06", "Far East region")));
        assertThat(storyOf(one, "a", "e1")).isEqualTo(storyOf(one, "b", "e1"));
        Connected two = Connector.connect(List.of(anniversary("a", "2024-08-01", "Far Eastern region"),
                anniversary("b", "2024-08-06", "Far Western region")));
        assertThat(storyOf(two, "a", "e1")).isNotEqualTo(storyOf(two, "b", "e1"));
    }

    @Test
    void aRelativeClauseOfTheDaysWhenIsAHabit() {
        assertThat(Tellings.read(Tellings.words("gone are the days never to return when they could threaten us"),
                false, StatusClass.PLAN)).isEqualTo(Telling.HABIT);
        assertThat(Tellings.read(Tellings.words("in the years when he toured the farms"), true, StatusClass.OCCURRED))
                .isEqualTo(Telling.HABIT);
        assertThat(Tellings.read(Tellings.words("on the day when he toured the farms"), true, StatusClass.OCCURRED))
                .isEqualTo(Telling.OCCASION);
    }

    private static Annotated boast(String id, String day) {
        Article a = article(id, day, "Commentary", "Velmar is no longer weak and gone are the days never to return "
                + "when Norland could threaten and blackmail Velmar with its fleet.");
        Event e = event(a, "e1", EventType.THREATEN, List.of(p("Norland", "NOR")), List.of(p("Velmar", "VLM")), null,
                null, EventStatus.POSSIBLE, "when Norland could threaten").toBuilder().trigger("threaten").build();
        return annotated(a, NAMES, e);
    }

    @Test
    void theSameBoastAboutGoneDaysFiledTwiceIsNoHappening() {
        Connected c = Connector.connect(List.of(boast("a", "2024-06-24"), boast("b", "2024-07-02")));
        assertThat(storyOf(c, "a", "e1")).isNotEqualTo(storyOf(c, "b", "e1"));
    }
}
