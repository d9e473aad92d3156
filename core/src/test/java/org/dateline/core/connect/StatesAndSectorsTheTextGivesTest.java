package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A person's state and sector are the ones his own words give him in the text (his title chain, the delegation he
 * leads), not the state of another party of the story; a party's state is its own; a family name naming a group is no
 * actor of its own. Every article here is invented.
 */
class StatesAndSectorsTheTextGivesTest {
    private static Annotated story(String headline, String body, Entity... es) {
        return new Annotated(article("a" + body.hashCode(), "2024-05-02", headline, body), List.of(es), List.of(),
                List.of(), List.of());
    }

    private static Entity mention(String body, String name, EntityType type, String country, String sector, String role) {
        int at = body.indexOf(name);
        return new Entity(name, type, at, at + name.length(), name, country, sector, role, 0);
    }

    private static ActorProfile profile(ActorKnowledgeBase kb, String name) {
        return kb.profiles(Map.of()).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNationalityAdjectiveInTheTitleChainGivesThePersonsState() {
        assertThat(PersonStates.ofTitle("Indonesian Foreign Minister")).isEqualTo("IDN");
        assertThat(PersonStates.ofTitle("member of the Political Bureau of the Communist Party of China")).isEqualTo("CHN");
        assertThat(PersonStates.ofTitle("chairman of the Spanish friendship society")).isEqualTo("ESP");
        assertThat(PersonStates.ofTitle("general secretary of the South African Communist Party")).isEqualTo("ZAF");
    }

    @Test
    void aStateTheTitleServesOrGoesToIsNotHis() {
        assertThat(PersonStates.ofTitle("Peruvian ambassador to Japan")).isEqualTo("PER");
        assertThat(PersonStates.ofTitle("ambassador to Japan")).isNull();
        assertThat(PersonStates.ofTitle("head of the association of Korean traders in Brazil")).isNull();
        assertThat(PersonStates.ofTitle("chairman of the Mongolia-Japan Friendship Association")).isNull();
        assertThat(PersonStates.ofTitle("envoy of Chile and Peru")).isNull();
    }

    @Test
    void theDelegationAPersonLeadsGivesHisState() {
        String body = "Premier Ana Solis met a Chinese trade delegation led by its head Wu Peng on Monday.";
        assertThat(PersonStates.ofLedGroup(body, body.indexOf("Wu Peng"))).isEqualTo("CHN");
        String of = "The premier received the delegation of the Communist Party of Vietnam headed by Tran Minh.";
        assertThat(PersonStates.ofLedGroup(of, of.indexOf("Tran Minh"))).isEqualTo("VNM");
        String two = "Present were the delegation of Chile headed by Ana Ruiz, and the delegation of the U.S. headed by Tom Bell.";
        assertThat(PersonStates.ofLedGroup(two, two.indexOf("Tom Bell"))).isEqualTo("USA");
        assertThat(PersonStates.ofLedGroup(two, two.indexOf("Ana Ruiz"))).isEqualTo("CHL");
        String none = "A trade delegation led by Wu Peng arrived in Chile.";
        assertThat(PersonStates.ofLedGroup(none, none.indexOf("Wu Peng"))).isNull();
    }

    @Test
    void thePersonKeepsTheStateHisTitleGivesOverTheStateOfTheOtherSide() {
        String body = "Kim Song Il met Cambodian Foreign Minister Sok Rith in Pyongyang on Monday.";
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(story("Talks Held", body,
                mention(body, "Kim Song Il", EntityType.PERSON, "PRK", "GOV", null),
                mention(body, "Sok Rith", EntityType.PERSON, "PRK", "GOV", "Cambodian Foreign Minister")),
                "2024-05-02", Set.of());
        // a later mention coded with the host state changes nothing
        String later = "Sok Rith toured a farm in Pyongyang.";
        kb.observe(story("Tour", later, mention(later, "Sok Rith", EntityType.PERSON, "PRK", "GOV", null)),
                "2024-05-03", Set.of());
        assertThat(profile(kb, "Sok Rith").country()).isEqualTo("KHM");
        assertThat(profile(kb, "Kim Song Il").country()).isEqualTo("PRK");
    }

    @Test
    void aManagerIsInBusinessAndAPartySecretaryInThePartyOrTheStateItRulesWhateverWordOfHisTitleWasCoded() {
        assertThat(NameCodes.officeSector("general manager of the Harbin Trading Co.")).isEqualTo("BUS");
        assertThat(NameCodes.officeSector("secretary general of the Ruritanian Party")).isNull();
        assertThat(NameCodes.officeSector("director general of the bureau")).isNull();
        assertThat(NameCodes.officeSector("Lieutenant General")).isEqualTo("MIL");
        assertThat(NameCodes.officeSector("editor-in-chief of the Varna Daily")).isEqualTo("MED");
        assertThat(NameCodes.officeSector("executive vice-minister of Foreign Affairs")).isEqualTo("GOV");
        String body = "Pak Chol, general manager of the Tumen Trading Co., Ri Gun, chief secretary of the Onsong "
                + "County Committee of the Workers' Party of Korea, and Ana Vel, secretary of the Borsk Committee of "
                + "the Socialist Party of Ruritania, spoke.";
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(story("Meeting", body,
                mention(body, "Pak Chol", EntityType.PERSON, "PRK", "MIL", "general manager of the Tumen Trading Co."),
                mention(body, "Ri Gun", EntityType.PERSON, "PRK", "MIL",
                        "chief secretary of the Onsong County Committee of the Workers' Party of Korea"),
                mention(body, "Ana Vel", EntityType.PERSON, "RUR", "MIL",
                        "secretary of the Borsk Committee of the Socialist Party of Ruritania")),
                "2024-05-02", Set.of());
        assertThat(profile(kb, "Pak Chol").sector()).isEqualTo("BUS");
        // a secretary of a party that rules its state is the state's official, as the event coder codes him
        assertThat(profile(kb, "Ri Gun").sector()).isEqualTo("GOV");
        assertThat(profile(kb, "Ana Vel").sector()).isEqualTo("PTY");
    }

    @Test
    void aGeneralWhoseTitlesNameAPartyTooStaysAGeneralWhenTheyDisagree() {
        assertThat(NameCodes.sectorOfTitles(List.of("Vice Marshal", "member of the Political Bureau of the Ruritanian Party")))
                .isNull();
    }

    @Test
    void aPartyTakesTheStateOfTheAdjectiveBeforeItsNameNotAStateTheHeadlineNamesAsTheOtherSide() {
        assertThat(PartyStates.keyed("Unity Party", null, "the south Korean \"Unity Party\" said.", 17, 28,
                "Talks Held")).isEqualTo("Unity Party (KOR)");
        assertThat(PartyStates.keyed("Unity Party", null, "The Unity Party said.", 4, 15,
                "Unity Party Urged to Drop Sycophancy towards U.S.")).isEqualTo("Unity Party");
        assertThat(PartyStates.keyed("Unity Party", null, "The Unity Party said.", 4, 15,
                "Brazilian Party Leaders Send Greetings")).isEqualTo("Unity Party (BRA)");
        assertThat(PartyStates.keyed("Unity Party", null, "The Unity Party said.", 4, 15,
                "Analyst Sheds Light on U.S. Involvement in Elections")).isEqualTo("Unity Party");
        assertThat(PartyStates.keyed("Unity Party", null, "The Unity Party said.", 4, 15,
                "Appeal to Japan Issued")).isEqualTo("Unity Party");
        assertThat(PartyStates.keyed("Unity Party", null, "The Unity Party said.", 4, 15,
                "Japan's Ruling Forces Split")).isEqualTo("Unity Party (JPN)");
    }

    @Test
    void aFamilyNameNamingAGroupIsNoActorOfItsOwn() {
        String body = "The Varo group denounced the talks. Varo said nothing.";
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(story("Talks", body, mention(body, "Varo", EntityType.PERSON, null, null, null)), "2024-05-02", Set.of());
        assertThat(kb.profiles(Map.of())).isEmpty();
        assertThat(ProperNames.modifiesGroupNoun("Kim's side agreed.", 3)).isTrue();
        assertThat(ProperNames.modifiesGroupNoun("Kim's visit ended.", 3)).isFalse();
    }
}
