package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The actors newspapers name by a common noun: agents of several words ("the opposition party", "human rights
 * groups") and, where the phrase gives no country, the state of the dateline. Invented sentences.
 */
class NewspaperActorsTest {
    private static List<Event> of(EventType type, List<Event> events) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test void anOppositionPartyIsAnOppositionActorOfTheCountryItsPhraseGives() {
        List<Event> accused = of(EventType.ACCUSE,
                GoldEvents.codeStory("Zambia's main opposition party criticised the government over rising food prices."));
        assertThat(accused).anyMatch(e -> e.actors().stream().anyMatch(p -> "ZMB".equals(p.country()) && "OPP".equals(p.sector())));
    }

    @Test void humanRightsGroupsAreRightsActorsWithTheirNationality() {
        List<Event> asked = of(EventType.REQUEST,
                GoldEvents.codeStory("Tunisian human rights groups urged the authorities to free the detained bloggers."));
        assertThat(asked).anyMatch(e -> e.actors().stream().anyMatch(p -> "TUN".equals(p.country()) && "HRI".equals(p.sector())));
    }

    @Test void theHeadNounOfAnAgentPhraseAloneIsNoAgent() {
        assertThat(ImportedAgents.sectorOfPhrase("opposition party")).isEqualTo("OPP");
        assertThat(ImportedAgents.sectorOf("party")).isNull();
    }

    @Test void anUnplacedCommonNounTakesTheDatelinesState() {
        List<Event> coded = GoldEvents.codeStoryFrom("LUSAKA",
                "Opposition lawmakers condemned the new electoral law on Tuesday.");
        assertThat(of(EventType.ACCUSE, coded)).anyMatch(e -> e.actors().stream().anyMatch(p -> "ZMB".equals(p.country())));
    }

    @Test void withoutADatelineAnUnplacedAgentPhraseNamesNobody() {
        List<Event> coded = GoldEvents.codeStory("Opposition lawmakers condemned the new electoral law on Tuesday.");
        assertThat(coded).noneMatch(e -> e.actors().stream().anyMatch(p -> "ZMB".equals(p.country())));
    }

    @Test void theDatelineDoesNotOverrideTheCountryThePhraseGives() {
        List<Event> coded = GoldEvents.codeStoryFrom("LUSAKA",
                "Malawian opposition lawmakers condemned the new electoral law on Tuesday.");
        assertThat(of(EventType.ACCUSE, coded)).anyMatch(e -> e.actors().stream().anyMatch(p -> "MWI".equals(p.country())));
    }

    @Test void aBareActorNounTakesTheNationalityTheArticleFirstGaveIt() {
        List<Event> coded = GoldEvents.codeStoryFrom("VILNIUS", "Latvian farmers blocked the border crossing on Monday. "
                + "On Tuesday, farmers demanded that the government cut fuel taxes.");
        assertThat(of(EventType.REQUEST, coded)).anyMatch(e -> e.actors().stream().anyMatch(p -> "LVA".equals(p.country())));
    }
}
