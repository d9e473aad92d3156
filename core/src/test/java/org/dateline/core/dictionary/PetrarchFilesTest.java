package org.dateline.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.core.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader on the real PETRARCH-2 / Phoenix dictionaries in ../shared (skipped when ../shared is absent). The
 * files hold a few typos of their own (a 7-digit date, a range that ends before it starts, {@code *SCEPTICAL}, a
 * synonym set used but never defined); those lines are reported with file and line and the rest is read.
 */
class PetrarchFilesTest {
    private Path dir;
    private final List<DictionaryException> problems = new ArrayList<>();

    @BeforeEach
    void findTheDictionaries() {
        dir = SharedData.require().resolve("dev/dictionaries/petrarch2");
    }

    private <T> List<T> all(Stream<T> entries) {
        try (entries) {
            return entries.toList();
        }
    }

    @Test
    void everyCountryActorParsesAndPresidentsHaveTheirTermsDated() {
        List<ActorEntry> actors = all(PetrarchDictionaries.actors(dir.resolve("Phoenix.Countries.actors.txt"), problems::add));
        assertThat(problems).hasSizeLessThan(20).allSatisfy(p -> assertThat(p.getMessage())
                .startsWith(dir.resolve("Phoenix.Countries.actors.txt") + ":" + p.line() + ": "));
        assertThat(problems).anySatisfy(p -> assertThat(p.getMessage()).contains("ends (2012-08-02) before it starts"));
        assertThat(actors.size()).isBetween(10_000, 60_000);
        ActorEntry clinton = actors.stream().filter(a -> a.phrase().equals("BILL_CLINTON_")).findFirst().orElseThrow();
        assertThat(clinton.synonyms()).contains("PRESIDENT_CLINTON");
        assertThat(clinton.codes()).contains(
                new ActorCode("USAELI", LocalDate.of(1964, 1, 1), LocalDate.of(1993, 1, 20)),
                new ActorCode("USAGOV", LocalDate.of(1993, 1, 20), LocalDate.of(2001, 1, 20)));
        assertThat(clinton.codeOn(LocalDate.of(1997, 6, 1)).orElseThrow().code()).isEqualTo("USAGOV");
        assertThat(clinton.codeOn(LocalDate.of(2010, 6, 1)).orElseThrow().code()).isEqualTo("USAELI");
        ActorEntry obama = actors.stream().filter(a -> a.phrase().equals("BARACK_OBAMA")).findFirst().orElseThrow();
        assertThat(obama.codeOn(LocalDate.of(2012, 6, 1)).orElseThrow().code()).isEqualTo("USAGOV");
        assertThat(obama.latestCode().orElseThrow().from()).isEqualTo(LocalDate.of(2009, 1, 20));
        ActorEntry afghanistan = actors.stream().filter(a -> a.phrase().equals("AFGHANISTAN_")).findFirst().orElseThrow();
        assertThat(afghanistan.defaultCode().orElseThrow().code()).isEqualTo("AFG");
        assertThat(actors).allSatisfy(a -> assertThat(a.phrase()).isNotBlank());
    }

    @Test
    void everyInternationalAndNonStateActorParses() {
        List<ActorEntry> international = all(PetrarchDictionaries.actors(dir.resolve("Phoenix.International.actors.txt"), problems::add));
        assertThat(problems).hasSizeLessThan(10);
        problems.clear();
        List<ActorEntry> nonState = all(PetrarchDictionaries.actors(dir.resolve("Phoenix.MilNonState.actors.txt"), problems::add));
        assertThat(problems).isEmpty();
        assertThat(international.size()).isGreaterThan(1_000);
        assertThat(nonState.size()).isGreaterThan(500);
        assertThat(international).filteredOn(a -> a.phrase().equals("UN_")).first()
                .satisfies(a -> assertThat(a.defaultCode().orElseThrow().code()).isEqualTo("IGOUNO"));
    }

    @Test
    void theVerbDictionaryHasItsFamiliesSynsetsAndEveryPattern() {
        List<VerbEntry> verbs = all(PetrarchDictionaries.verbs(dir.resolve("CAMEO.2.0.txt"), problems::add));
        assertThat(problems).hasSizeLessThan(20);
        assertThat(problems).anySatisfy(p -> assertThat(p.getMessage()).contains("&FIGHT_CRIM is not defined"));
        List<VerbEntry.Family> families = verbs.stream().filter(v -> v instanceof VerbEntry.Family)
                .map(v -> (VerbEntry.Family) v).toList();
        long synsets = verbs.stream().filter(v -> v instanceof VerbEntry.Synset).count();
        long transformations = verbs.stream().filter(v -> v instanceof VerbEntry.Transformation).count();
        int patterns = families.stream().mapToInt(f -> f.patterns().size()).sum();
        assertThat(families.size()).isBetween(300, 1_000);
        assertThat(synsets).isGreaterThan(30);
        assertThat(transformations).isGreaterThan(3);
        assertThat(patterns).isGreaterThan(4_000);
        VerbEntry.Family meet = families.stream().filter(f -> f.name().equals("MEET_PEOPLE")).findFirst().orElseThrow();
        assertThat(meet.code().orElseThrow().first()).contains("040");
        Verb meetWith = meet.verbs().stream().filter(v -> v.phrase().equals("+MEET_WITH")).findFirst().orElseThrow();
        assertThat(meetWith.allForms()).contains("MET WITH", "MEETING WITH");
    }

    @Test
    void agentsDiscardsAndIssuesParse() {
        List<AgentEntry> agents = all(PetrarchDictionaries.agents(dir.resolve("Phoenix.agents.txt"), problems::add));
        // the file has a line without a code and one whose code closes with } instead of ]
        assertThat(problems).extracting(DictionaryException::line).containsExactlyInAnyOrder(544, 1927);
        problems.clear();
        assertThat(agents.size()).isGreaterThan(1_500);
        assertThat(agents).filteredOn(a -> a.phrase().equals("PRESIDENT")).singleElement()
                .satisfies(a -> assertThat(a.code()).isEqualTo("GOV"));
        assertThat(agents).extracting(AgentEntry::phrase).doesNotContain("!MINIST!").contains("MINISTRY");
        List<DiscardEntry> discards = all(PetrarchDictionaries.discards(dir.resolve("Phoenix.discards.txt"), problems::add));
        assertThat(problems).isEmpty();
        List<IssueEntry> issues = all(PetrarchDictionaries.issues(dir.resolve("Phoenix.IssueCoding.txt"), problems::add));
        // a few phrases were left without a code (PETRARCH passes over them): reported, not read
        assertThat(problems).hasSizeLessThan(20).allSatisfy(p -> assertThat(p.getMessage()).contains("not 'phrase [CODE]'"));
        assertThat(discards.size()).isGreaterThan(300);
        assertThat(discards).anySatisfy(d -> assertThat(d.story()).isTrue());
        assertThat(issues.size()).isGreaterThan(1_000);
        assertThat(issues).allSatisfy(i -> assertThat(i.category()).isNotEmpty());
    }
}
