package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.dateline.model.DateModifier;
import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Connected;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class ThreadBuilderTest {
    private static Annotated story(String id, String date, String headline, Entity... es) {
        return headlined(id, date, headline, es);
    }

    private static Entity org(String name) {
        return body(name);
    }

    @Test
    void anEntityWhoseTypeAnOlderStoreSpelledOtherwiseTiesNothingTogether() {
        Entity untyped = new Entity("Ana Ruiz", null, 0, 8, "Ana Ruiz", null, null, null, 0);
        assertThat(ThreadFeatures.features(story("u", "2023-01-01", "Quiet day", untyped, person("Lee Do-hoon", "KOR", null))))
                .containsKey("a:lee do hoon:Lee Do-hoon").doesNotContainKey("a:ana ruiz:Ana Ruiz");
    }

    @Test
    void storiesSharingOnlyTheLeaderEveryStoryNamesStayApart() {
        Entity leader = person("Tomas Orrin", "RUR", null);
        List<Annotated> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(story("r" + i, "2023-0" + (1 + i % 9) + "-1" + (i % 9), "Orrin item " + i, leader,
                    person("Guest Number" + i, "XXX", null)));
        }
        batch.add(story("dam", "2023-05-02", "Orrin at dam", leader));
        batch.add(story("envoy", "2023-05-03", "Orrin greets envoy", leader));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().contains("dam") && t.articles().contains("envoy"));
    }

    @Test
    void aDailyColumnSharingOnlyHeadlineWordsIsNoStory() {
        Connected c = Connector.connect(List.of(
                story("a", "2023-05-02", "Natural disasters in different countries", state("Velmar", "VEL")),
                story("b", "2023-05-04", "Natural disasters in different countries", state("Marendo", "MAR"))));
        assertThat(c.threads()).hasSize(2);
    }

    @Test
    void twoSidesInConflictWithNoSubjectInCommonAreTwoStories() {
        Entity rur = state("Ruritania", "RUR"), vel = state("Velmar", "VEL"), army = org("Ruritanian Army");
        Connected c = Connector.connect(List.of(
                story("a", "2023-05-02", "Ruritanian Army Arrests 11 Velmarians in Tarvo Valley", rur, vel, army),
                story("b", "2023-05-04", "Velmar Condemns Ruritania's Dam Plan", rur, vel, army)));
        assertThat(c.threads()).hasSize(2);
    }

    @Test
    void twoSidesWithOneSubjectAcrossDaysAreOneStory() {
        Entity rur = state("Ruritania", "RUR"), vel = state("Velmar", "VEL"), army = org("Ruritanian Army");
        Connected c = Connector.connect(List.of(
                story("a", "2023-05-02", "Ruritania Plans Dam on Marendo River", rur, vel, army),
                story("b", "2023-05-04", "Velmar Condemns Ruritania's Dam Plan", rur, vel, army)));
        assertThat(c.threads()).hasSize(1);
    }

    @Test
    void aStandingMinistersGreetingsToDifferentCounterpartsAreDifferentStories() {
        Entity minister = person("Ana Velis", "RUR", null);
        List<Annotated> batch = new java.util.ArrayList<>();
        String[] counterparts = {"Omar Haddad", "Lena Stark", "Ivo Marek", "Juan Prado", "Kofi Mensah", "Mira Tal"};
        String[] states = {"Jordan", "Sweden", "Slovakia", "Peru", "Ghana", "Malta"};
        for (int i = 0; i < counterparts.length; i++) {
            batch.add(story("g" + i, LocalDate.of(2023, 3, 1).plusWeeks(i).toString(), "Greetings to " + states[i] + " FM",
                    minister, person(counterparts[i], "XXX", null)));
        }
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().contains("g4") && t.articles().contains("g5"));
    }

    @Test
    void aVisitingGuestsDaysAreOneStoryWhateverTheProtocolWords() {
        Entity guest = person("Ivo Marek", "SVK", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-06", "Slovak Delegation Arrives", guest, person("Ana Velis", "RUR", null)),
                story("b", "2023-03-07", "Minister Meets Slovak Delegation", guest, person("Tomas Orrin", "RUR", null)),
                story("c", "2023-03-09", "Gift from Slovak Guests", guest)));
        assertThat(c.threads()).hasSize(1);
    }

    @Test
    void aHeadlineWordThatIsAFormOfAnActorsNameIsNoSubject() {
        var f = ThreadFeatures.features(story("a", "2023-05-02", "Velmarian Army Condemns Dam Plan", state("Velmar", "VEL")));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:army", "w:dam", "w:plan");
    }

    @Test
    void articlesSharingActorsAndTimeFormAThreadOthersStartTheirOwn() {
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-01", "Berg heads to Amman for water talks", berg, haddad, state("Jordan", "JOR")),
                story("b", "2023-03-04", "Berg and Haddad agree on water panel", berg, haddad),
                story("c", "2023-03-04", "Typhoon hits southern coast", state("Japan", "JPN")),
                story("d", "2023-06-30", "Berg returns to Amman", berg, haddad)));
        assertThat(c.threads()).hasSize(3);
        assertThat(c.threads().get(0).articles()).containsExactly("a", "b");
        assertThat(c.threads().get(0).title()).startsWith("Anna Berg \u2013 Omar Haddad: Berg heads to Amman");
        assertThat(c.threads().get(0).firstDate()).isEqualTo("2023-03-01");
        assertThat(c.threads().get(0).lastDate()).isEqualTo("2023-03-04");
    }

    @Test
    void anArticleBringingANewSideKeepsToItsStoryEvenWhenTheStoryIsAllTheBatchHasSeen() {
        // Three reports of one trip. The third brings in Syria's people; it shares Berg and Haddad, who are in every
        // article so far: counted against these three articles alone they would look as common as "talks".
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-01", "Berg heads to Amman for water talks", berg, haddad, state("Jordan", "JOR")),
                story("b", "2023-03-02", "Berg and Haddad open water talks in Amman", berg, haddad),
                story("c", "2023-03-03", "Syria weighs Berg offer on water", berg, haddad, person("Ali Mansour", "SYR", null),
                        person("Rana Aziz", "SYR", null), person("Fadi Darwish", "SYR", null), state("Syria", "SYR")),
                // the same days and a state in common, but another story
                story("d", "2023-03-03", "Jordan dam levels fall", state("Jordan", "JOR"), person("Sami Khoury", "JOR", null))));
        assertThat(c.threads()).extracting(t -> t.articles()).containsExactly(List.of("a", "b", "c"), List.of("d"));
    }

    @Test
    void reportingTheSameMeetingTiesAnArticleToTheStoryThatReportedIt() {
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Article a = article("a", "2023-03-01", "Berg heads to Amman for water talks",
                "Berg will meet Haddad in Amman on Sunday.");
        Annotated plan = annotated(a, List.of(berg, haddad), event(a, "e1", EventType.CONSULT,
                List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), "2023-03-05", "Amman", EventStatus.PLANNED,
                "Berg will meet Haddad"));
        for (String met : List.of("2023-03-05", "2023-02-20")) {
            Article b = article("b", "2023-03-06", "Valley council reviews river deal",
                    "The council reviewed the deal after Berg met Haddad.");
            Annotated later = annotated(b, List.of(berg, haddad, person("Ali Mansour", "SYR", null),
                    person("Rana Aziz", "SYR", null), person("Fadi Darwish", "SYR", null),
                    person("Lina Saleh", "SYR", null), org("Valley Council")), event(b, "e1", EventType.CONSULT,
                    List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), met, null, EventStatus.OCCURRED,
                    "Berg met Haddad"));
            Connected c = Connector.connect(List.of(plan, later));
            // the same people on the day of the plan: one story; the same people meeting another time, with the rest
            // of the article about others: not enough
            assertThat(c.threads()).as("met on %s", met).hasSize(met.equals("2023-03-05") ? 1 : 2);
        }
    }

    @Test
    void onlyDayPreciseEventsOfANamedPersonAndAnotherActorAreSignatures() {
        Article a = article("a", "2023-03-01", "h", "Berg met Haddad. Jordan and Syria talked. Berg met Haddad in March.");
        Annotated x = annotated(a, List.of(person("Anna Berg", "SWE", null), person("Omar Haddad", "JOR", null)),
                event(a, "e1", EventType.CONSULT, List.of(p("Omar Haddad", "JOR"), p("Anna Berg", "SWE")), List.of(),
                        "2023-02-27", null, EventStatus.OCCURRED, "Berg met Haddad."),
                event(a, "e2", EventType.CONSULT, List.of(p("Jordan", "JOR"), p("Syria", "SYR")), List.of(), "2023-02-27",
                        null, EventStatus.OCCURRED, "Jordan and Syria talked"),
                event(a, "e3", EventType.CONSULT, List.of(p("Anna Berg", "SWE")), List.of(p("Omar Haddad", "JOR")), "2023-03",
                        null, EventStatus.OCCURRED, "Berg met Haddad in March"));
        assertThat(ReportedEvents.signatures(x)).containsExactly("anna berg;omar haddad|2023-02-27");
    }

    @Test
    void aYearlessArticleTakesItsYearFromItsThreadAndItsEventsToo() {
        Entity berg = person("Anna Berg", "SWE", null), haddad = person("Omar Haddad", "JOR", null);
        Article y = article("y", "XXXX-01-03", "Berg and Haddad met in December",
                "Berg and Haddad met in Amman in December, and will meet again in March.");
        Annotated yearless = new Annotated(y, List.of(berg, haddad), List.of(), List.of(), List.of(
                event(y, "e1", EventType.CONSULT, List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), "XXXX-12",
                        "Amman", EventStatus.OCCURRED, "Berg and Haddad met"),
                event(y, "e2", EventType.CONSULT, List.of(p("Anna Berg", "SWE"), p("Omar Haddad", "JOR")), List.of(), "XXXX-03",
                        null, EventStatus.PLANNED, "will meet again")));
        Connected c = Connector.connect(List.of(yearless,
                story("a", "2023-12-29", "Berg heads to Amman", berg, haddad)));
        assertThat(c.inferredDates()).containsExactly(java.util.Map.entry("y", "2024-01-03"));
        assertThat(c.events()).extracting(e -> e.event().date()).containsExactlyInAnyOrder("2023-12", "2024-03");
    }

    @Test
    void aYearlessArticleAloneKeepsNoYear() {
        Connected c = Connector.connect(List.of(story("y", "XXXX-01-03", "Lone story", person("Anna Berg", "SWE", null))));
        assertThat(c.inferredDates()).isEmpty();
    }

    @Test
    void yearsComeFromTheNearestThreadDay() {
        assertThat(Years.infer("XXXX-01-02", List.of(LocalDate.of(2019, 12, 28)))).contains(LocalDate.of(2020, 1, 2));
        assertThat(Years.infer("XXXX-07-02", List.of(LocalDate.of(2019, 12, 28)))).isEmpty();
        assertThat(Years.complete("XXXX-02", LocalDate.of(2019, 9, 26), StatusClass.OCCURRED)).isEqualTo("2019-02");
        assertThat(Years.complete("XXXX-02", LocalDate.of(2019, 9, 26), StatusClass.PLAN)).isEqualTo("2020-02");
        assertThat(Years.complete("XXXX-W38", LocalDate.of(2019, 9, 26), StatusClass.OCCURRED)).isEqualTo("2019-W38");
    }

    @Test
    void spansCompareTimeMlValuesByTheDaysTheyCover() {
        Span week = Span.of("2019-W38").orElseThrow();
        assertThat(week.first()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(week.overlaps(Span.of("2019-09-20").orElseThrow())).isTrue();
        assertThat(Span.of("2024-03").orElseThrow().narrow(DateModifier.LATE).overlaps(Span.of("2024-03-14").orElseThrow())).isFalse();
        assertThat(Span.of("XXXX-09-26")).isEmpty();
        assertThat(Span.of("PAST_REF")).isEmpty();
        assertThat(Span.of("2019-02-30")).isEmpty();
    }

    @Test
    void anArticleJoinsOnlyOnWhatTheThreadsCoreSharesNotOnWhatOneMemberBroughtIn() {
        // d0~f share the dam; r shares with f only the relief chief f brought in, never the dam story's core
        Entity dam = org("Tarvo Dam Authority"), relief = org("Marendo Relief Agency"), chief = person("Ana Velis", "MAR", null);
        List<Annotated> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(story("d" + i, "2023-05-0" + (1 + i), "Tarvo dam works resume", dam));
        }
        batch.add(story("f", "2023-05-06", "Tarvo dam works resume after flood", dam, relief, chief));
        batch.add(story("r", "2023-05-07", "Flood camps fill", relief, chief));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().contains("d0") && t.articles().contains("r"));
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("d0", "d1", "d2", "f")));
    }

    @Test
    void aRoundupOfMostlyNewStatesUnderOneHeadlineIsNoStory() {
        Connected c = Connector.connect(List.of(
                story("a", "2023-05-02", "Trade ties among nations", state("Velmar", "VEL"), state("Marendo", "MAR")),
                story("b", "2023-05-04", "Trade ties among nations", state("Velmar", "VEL"), state("Osteria", "OST"),
                        state("Kandor", "KAN"), state("Lutania", "LUT"))));
        assertThat(c.threads()).hasSize(2);
    }

    @Test
    void twoStatesOfOneRunningStoryStayTogetherOnTheirSubject() {
        Connected c = Connector.connect(List.of(
                story("a", "2023-05-02", "Drone strike kills four in Velmar border town", state("Velmar", "VEL"), state("Marendo", "MAR")),
                story("b", "2023-05-09", "Another drone strike in Velmar", state("Velmar", "VEL"), state("Marendo", "MAR"))));
        assertThat(c.threads()).hasSize(1);
    }

    @Test
    void headlineWordsThatStandForUnnamedPartiesTellNoSubject() {
        var f = ThreadFeatures.features(story("a", "2023-05-02", "Harvest festival marked in different countries abroad"));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:harvest", "w:festival");
    }

    @Test
    void theVerbOfALeadersRoundIsNoSubjectWhatHeInspectsIs() {
        Entity leader = person("Tomas Orrin", "RUR", null), aide = person("Ivo Marek", "RUR", null);
        var f = ThreadFeatures.features(story("a", "2023-05-02", "Orrin inspects Tarvo machine plant", leader, aide));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:tarvo", "w:machine");
    }

    @Test
    void greetingsToADifferentPresidentEachDayAreAColumnEvenBeforeTheSenderIsKnownAsAStandingFigure() {
        // the first days of a stream: the sender has not yet been named in enough weeks to be a standing figure
        Entity sender = person("Ana Velis", "RUR", null), assembly = org("Ruritanian Assembly");
        String[][] counterparts = {{"Omar Haddad", "Jordan", "JOR"}, {"Lena Stark", "Sweden", "SWE"},
                {"Ivo Marek", "Slovakia", "SVK"}, {"Juan Prado", "Peru", "PER"}};
        List<Annotated> batch = new java.util.ArrayList<>();
        for (int i = 0; i < counterparts.length; i++) {
            String[] c = counterparts[i];
            batch.add(story("g" + i, "2023-03-0" + (1 + 2 * i), "Greetings to President of " + c[1], sender, assembly,
                    person(c[0], c[2], null), state(c[1], c[2])));
        }
        assertThat(Connector.connect(batch).threads()).hasSize(counterparts.length);
    }

    @Test
    void aSendersMessagesToTheSameCounterpartOnDifferentDaysAreOneStory() {
        Entity sender = person("Ana Velis", "RUR", null), haddad = person("Omar Haddad", "JOR", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-01", "Greetings to President of Jordan", sender, haddad, state("Jordan", "JOR")),
                story("b", "2023-03-04", "Reply from President of Jordan", sender, haddad, state("Jordan", "JOR"))));
        assertThat(c.threads()).hasSize(1);
    }

    @Test
    void aLeadersTripThatMovesOnToANewHostKeepsToItsStoryByTheSuiteHeTravelsWith() {
        // no headline word in common and a new host and state: the leader and his aide, both along, tie the legs
        Entity leader = person("Tomas Orrin", "RUR", null), aide = person("Ivo Marek", "RUR", null);
        Connected c = Connector.connect(List.of(
                story("a", "2023-03-01", "Orrin arrives in Velmar", leader, aide, person("Omar Haddad", "VEL", null),
                        state("Velmar", "VEL")),
                story("b", "2023-03-04", "Orrin passes through Marendo", leader, aide, person("Lena Stark", "MAR", null),
                        state("Marendo", "MAR"))));
        assertThat(c.threads()).hasSize(1);
    }
    @Test
    void aDoctrineTheTaggerReadAsABodyIsNoParty() {
        Entity leader = person("Tomas Orrin", "RUR", null);
        var f = ThreadFeatures.features(story("a", "2023-05-02", "Orrin's Work Published in Velmar", leader,
                org("Orrinism"), org("Marxism"), org("Ruritanian Party's Songun"), org("Juche Idea Study Group")));
        assertThat(f).containsKey("a:" + NameKeys.key("Juche Idea Study Group") + ":Juche Idea Study Group")
                .doesNotContainKeys("a:" + NameKeys.key("Orrinism") + ":Orrinism",
                        "a:" + NameKeys.key("Marxism") + ":Marxism");
        assertThat(ThreadFeatures.doctrine("Ruritanian Party's Songun")).isTrue();
        assertThat(ThreadFeatures.doctrine("Prism Media")).isFalse();
    }

    @Test
    void aLeadersWorksPostedByOneSocietyAfterAnotherAreAColumnNotAStoryThroughTheDoctrineTheyAllName() {
        // the leader is named in every article of the stream before, so he is common; the doctrine the tagger read as an
        // organisation is all the items would share but their headline words
        List<Annotated> batch = new java.util.ArrayList<>();
        Entity leader = person("Tomas Orrin", "RUR", null);
        for (int i = 0; i < 30; i++) {
            batch.add(story("n" + i, LocalDate.of(2023, 1, 1).plusDays(2 * i).toString(), "Orrin Tours Site " + i, leader));
        }
        String[] societies = {"Velmar Friendship Society", "Marendo Study Circle", "Tarvo Institute of Culture"};
        for (int i = 0; i < societies.length; i++) {
            batch.add(story("w" + i, "2023-03-0" + (2 + 3 * i), "Orrin's Work Posted on Internet Homepage", leader,
                    org("Orrinism"), org(societies[i])));
        }
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).noneMatch(t -> t.articles().stream().filter(a -> a.startsWith("w")).count() > 1);
    }

    /** Thirty earlier articles naming the leader, so that he is common to the stream, as an agency's leader is. */
    private static List<Annotated> leaderNamedEverywhere(Entity leader) {
        List<Annotated> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(story("n" + i, LocalDate.of(2023, 1, 1).plusDays(2 * i).toString(), "Orrin Tours Site " + i, leader));
        }
        return batch;
    }

    @Test
    void aRoutineSeriesSharesItsGenreAndTheKindOfItsObjectsNeverASubject() {
        var f = ThreadFeatures.features(story("a", "2023-05-02", "Orrin Gives Field Guidance to Tarvo Fish Farm No. 3"));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:orrin", "w:tarvo", "w:fish");
        var g = ThreadFeatures.features(story("b", "2023-05-02", "Velmar September PPI up 0.4 Pct"));
        assertThat(ThreadFeatures.subjectWords(g)).containsExactly("w:velmar");
    }

    @Test
    void theLeadersFieldGuidanceToOneFactoryAfterAnotherIsASeriesNotAStory() {
        Entity leader = person("Tomas Orrin", "RUR", null);
        List<Annotated> batch = leaderNamedEverywhere(leader);
        batch.add(story("f1", "2023-03-02", "Orrin Gives Field Guidance to Tarvo Glass Factory", leader, org("Ruritanian Workers' Party")));
        batch.add(story("f2", "2023-03-05", "Orrin Provides Field Guidance to Velmo Fish Farm", leader, org("Ruritanian Workers' Party")));
        batch.add(story("f3", "2023-03-05", "Orrin Gives Field Guidance to Velmo Fish Farm's Hatchery", leader, org("Ruritanian Workers' Party")));
        Connected c = Connector.connect(batch);
        assertThat(c.threads()).anyMatch(t -> t.articles().containsAll(List.of("f2", "f3")))
                .noneMatch(t -> t.articles().contains("f1") && t.articles().size() > 1);
    }

    @Test
    void eachReleaseOfAFigureIsAnItemOfASeriesNotTheNextDayOfAStory() {
        Entity office = org("Velmar Statistics Office");
        Connected c = Connector.connect(List.of(
                story("r1", "2023-03-02", "Velmar Jobless Claims up 4 Pct", office, state("Velmar", "VEL")),
                story("r2", "2023-03-09", "Velmar Jobless Claims Rise Again", office, state("Velmar", "VEL")),
                story("r3", "2023-03-16", "Velmar Inflation Slows", office, state("Velmar", "VEL"))));
        assertThat(c.threads()).hasSize(3);
    }

    @Test
    void theInitialsOfAnActorsNameAreANameNotASubject() {
        var f = ThreadFeatures.features(story("a", "2023-05-02", "VPA Drill Staged", org("Velmarian People's Army")));
        assertThat(ThreadFeatures.subjectWords(f)).containsExactlyInAnyOrder("w:drill", "w:staged");
    }

    @Test
    void aPapersCommentariesOnDifferentSubjectsShareOnlyItsVoiceEvenWhereItIsReadAsAPerson() {
        Entity asMedium = new Entity("Tarvo Herald", EntityType.ORGANIZATION, 0, 12, "Tarvo Herald", "RUR", "MED", null, 0);
        Entity asPerson = person("Tarvo Herald", null, null);
        Connected c = Connector.connect(List.of(
                story("m0", "2023-03-01", "Tarvo Herald Marks Its Anniversary", asMedium),
                story("m1", "2023-03-02", "Velmar Dam Plan under Fire", asPerson, state("Velmar", "VEL")),
                story("m2", "2023-03-06", "Marendo Naval Drill under Fire", asPerson, state("Marendo", "MAR"), state("Velmar", "VEL"))));
        assertThat(c.threads()).noneMatch(t -> t.articles().containsAll(List.of("m1", "m2")));
    }
}
