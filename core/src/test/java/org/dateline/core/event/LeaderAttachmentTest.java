package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;
import static org.dateline.core.event.ParsedClauses.at;
import static org.dateline.core.event.ParsedClauses.parse;

import org.dateline.core.language.NlpModels;
import org.dateline.core.language.Sentence;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * "led by X" / "headed by X" belongs to the group it names, wherever the parser hangs it: after a coordinated light
 * verb of meeting ("met and had a talk with the delegation led by X"), under a hosting's noun ("a banquet in honour of
 * the delegation led by X"); and the guests of a hosting named "in honour of". Invented sentences.
 */
class LeaderAttachmentTest {

    private static boolean involves(Event e, EventType type, String country) {
        return e.type() == type && (e.actors().stream().anyMatch(p -> country.equals(p.country()))
                || e.recipients().stream().anyMatch(p -> country.equals(p.country())));
    }

    @Test void aLeadingParticipleAfterALightVerbsTalkModifiesTheDelegationNotTheTalk() {
        Clause c = parse("The Ghanaian president met and had a talk with the Uruguayan delegation led by Juan Perez.");
        assertThat(c.head(at(c, "led"))).isEqualTo(at(c, "delegation"));
        assertThat(c.head(at(c, "talk"))).isEqualTo(at(c, "had"));
        assertThat(c.relIs(at(c, "talk"), "obj")).isTrue();
    }

    @Test void aLeadingParticipleWithNoGroupInItsPhraseStaysWhereTheParserHungIt() {
        String text = "The Ghanaian president praised the reform of the tax office led by the finance minister.";
        Sentence s = NlpModels.shared().tag(text).get(0);
        var raw = NlpModels.shared().parse(s);
        Clause c = new Clause(s, raw);
        int led = at(c, "led");
        assertThat(c.head(led)).isEqualTo(raw.headOf(led).head());
    }

    @Test void metAndHadTalksWithADelegationLedBySomeoneIsAMeetingWithThem() {
        eventsOf("The Ghanaian foreign minister met and had talks with the Uruguayan delegation headed by Juan Perez on Monday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY")
                        && e.date().equals("2023-05-08"));
    }

    @Test void aLongTitleChainAndAConversationWithADelegationOfACountryLedByItsOfficerIsAMeeting() {
        eventsOf("The Ghanaian foreign minister, secretary of the Central Committee of the party, on Monday met and "
                + "had a conversation with the visiting delegation of Uruguay led by its vice-president.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY"));
    }

    @Test void receivedAndHadAFriendlyTalkWithADelegationIsAMeetingWithItsLeader() {
        eventsOf("The Ghanaian president received and had a friendly talk with the Uruguayan delegation led by Juan Perez.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA")
                        && (e.actors().stream().anyMatch(p -> p.name().contains("Perez")) || e.recipients().stream().anyMatch(p -> p.name().contains("Perez"))));
    }

    @Test void aBanquetInHonourOfADelegationLedBySomeoneHostsTheLeader() {
        eventsOf("The Ghanaian president hosted a banquet in honour of the Uruguayan delegation led by Juan Perez on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.actors().stream().anyMatch(p -> "GHA".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void aReceptionInHonorOfAMinisterHostsTheMinister() {
        eventsOf("The Ghanaian president gave a reception in honor of the Uruguayan foreign minister on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }

    @Test void aBanquetInHonourOfAnOccasionHostsNoOne() {
        eventsOf("The Ghanaian president gave a banquet in honour of the anniversary on Monday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aLeaderWithNoCountryTakesTheOneHisGroupsOfPhrasesName() {
        eventsOf("The Ghanaian president had a talk with a delegation of the Ministry of Foreign Affairs of Uruguay "
                + "led by Secretary-General Juan Perez on Monday.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA")
                        && e.actors().stream().anyMatch(p -> p.name().contains("Perez") && "URY".equals(p.country())));
    }

    @Test void metAndConversedWithADelegationIsAMeetingWithIt() {
        eventsOf("The Ghanaian defence minister on Saturday met and conversed with the Uruguayan military delegation "
                + "of the armed forces led by its vice-minister Juan Perez.")
                .anyMatch(e -> involves(e, EventType.CONSULT, "GHA") && involves(e, EventType.CONSULT, "URY"));
    }

    @Test void conversingAboutSomethingWithNoOneNamedIsNoMeeting() {
        eventsOf("The Ghanaian defence minister conversed at length about the weather on Saturday.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aReceptionInHonorOfATitleOfACountryHostsThatCountrysOfficer() {
        eventsOf("The Ghanaian president hosted a reception in honor of the vice-president of Uruguay at a hotel on Monday.")
                .anyMatch(e -> e.type() == EventType.CONSULT
                        && e.recipients().stream().anyMatch(p -> "URY".equals(p.country())));
    }
}
