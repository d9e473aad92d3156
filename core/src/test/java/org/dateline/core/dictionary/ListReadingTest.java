package org.dateline.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agents dictionary, the discard list and the issues list. */
class ListReadingTest {
    @Test
    void agentsHaveTheirCodePlacementAndPlurals() {
        List<AgentEntry> agents = PetrarchDictionaries.agents(new StringReader("""
                <!-- invented agents -->
                HARBOUR_MASTER [~GOVPRT] # note
                TRAWLER_CREW {} [~AGR]
                LORD_MAYOR {LORDS_MAYOR} [~GOVLOC]
                RELIEF_CHARITY  [NGO~]
                """), "test.agents").toList();
        assertThat(agents).hasSize(4);
        assertThat(agents.get(0)).isEqualTo(new AgentEntry("HARBOUR_MASTER", Optional.empty(), "GOVPRT",
                AgentEntry.Placement.AFTER_ACTOR_CODE, 2));
        assertThat(agents.get(0).forms()).containsExactly("HARBOUR_MASTER", "HARBOUR_MASTERS");
        assertThat(agents.get(1).forms()).containsExactly("TRAWLER_CREW");
        assertThat(agents.get(2).forms()).containsExactly("LORD_MAYOR", "LORDS_MAYOR");
        assertThat(agents.get(3).placement()).isEqualTo(AgentEntry.Placement.BEFORE_ACTOR_CODE);
        assertThat(agents.get(3).code()).isEqualTo("NGO");
    }

    @Test
    void substitutionMarkersExpandIntoOneAgentPerItemWithoutPlurals() {
        List<AgentEntry> agents = PetrarchDictionaries.agents(new StringReader("""
                !CREW! = SAILOR, SAILORS , DECKHAND
                SHIP!CREW! [~MIL]
                """), "test.agents").toList();
        assertThat(agents).extracting(AgentEntry::phrase).containsExactly("SHIPSAILOR", "SHIPSAILORS", "SHIPDECKHAND");
        assertThat(agents).allSatisfy(a -> assertThat(a.plurals()).contains(List.of()));
    }

    @Test
    void agentsWithoutACodeOrWithAnUnknownMarkerAreErrors() {
        assertThatThrownBy(() -> PetrarchDictionaries.agents(new StringReader("SAILOR\n"), "a.txt").toList())
                .hasMessageStartingWith("a.txt:1:");
        assertThatThrownBy(() -> PetrarchDictionaries.agents(new StringReader("X!NONE! [~MIL]\n"), "a.txt").toList())
                .hasMessageContaining("!NONE!");
        assertThatThrownBy(() -> PetrarchDictionaries.agents(new StringReader("SAILOR [MIL]\n"), "a.txt").toList())
                .hasMessageContaining("~");
    }

    @Test
    void discardsKnowStoryScopeAndWholeWords() {
        List<DiscardEntry> discards = PetrarchDictionaries.discards(new StringReader("""
                +REGATTA FINAL   # whole story
                CHESS OLYMPIAD ;TABARI note
                LUGE_
                """), "test.discards").toList();
        assertThat(discards).containsExactly(new DiscardEntry("REGATTA FINAL", true, false, 1),
                new DiscardEntry("CHESS OLYMPIAD", false, false, 2), new DiscardEntry("LUGE", false, true, 3));
    }

    @Test
    void issuesBelongToTheirCategoryAndExpandTheirMarks() {
        List<IssueEntry> issues = PetrarchDictionaries.issues(new StringReader("""
                <ISSUE CATEGORY="WATER" TYPE="ALL">
                n:reservoir [WATER_SUPPLY]
                v:irrigate n:field [FARMING]
                sea+wall [COAST]
                ~reservoir dogs
                ~~water polo # sport
                </ISSUE>
                drought [CLIMATE]
                """), "test.issues").toList();
        assertThat(issues).hasSize(6);
        assertThat(issues.get(0)).isEqualTo(new IssueEntry("WATER", "n:reservoir", "WATER_SUPPLY",
                IssueEntry.Kind.CODED, 2));
        assertThat(issues.get(0).variants()).containsExactly("reservoir", "reservoirs");
        assertThat(issues.get(1).variants()).hasSize(8).contains("irrigated fields", "irrigating field");
        assertThat(issues.get(2).variants()).containsExactly("sea wall", "sea-wall");
        assertThat(issues.get(3).kind()).isEqualTo(IssueEntry.Kind.IGNORE_IN_SENTENCE);
        assertThat(issues.get(3).phrase()).isEqualTo("reservoir dogs");
        assertThat(issues.get(4).kind()).isEqualTo(IssueEntry.Kind.IGNORE_IN_STORY);
        assertThat(issues.get(5).category()).isEmpty();
    }

    @Test
    void anUnclosedXmlCommentIsAnError() {
        assertThatThrownBy(() -> PetrarchDictionaries.discards(new StringReader("<!-- open\nLUGE\n"), "d.txt").toList())
                .hasMessageContaining("d.txt:2:");
    }
}
