package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Verbs of everyday English that are events only in one construction, on sentences written for this test: a
 * particle ("pulled out of", "turned down", "blew himself up"), an armed subject ("missiles struck", not "struck a
 * deal"), or what is sent, expelled or cut ("sent troops" is a deployment, "sent medicine" aid).
 */
class EverydayVerbsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean has(List<Event> es, EventType type) { return es.stream().anyMatch(e -> e.type() == type); }

    @Test
    void aParticleMakesAPhrasalVerbAnEventEvenWhenParsedAsAnAdverb() {
        List<Event> es = code("Moldovan troops pulled out of the disputed valley on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.RETREAT);
        es = code("The Peruvian cabinet turned down the proposal from Bolivia.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REJECT);
        es = code("A Chadian rebel blew himself up at a checkpoint in N'Djamena.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void withoutItsParticleTheVerbIsNoEvent() {
        List<Event> es = code("The Peruvian cabinet turned its attention to the budget.");
        assertThat(has(es, EventType.REJECT)).as(GoldEvents.describe(es)).isFalse();
        es = code("Moldovan farmers pulled their carts to the market in Chisinau.");
        assertThat(has(es, EventType.RETREAT)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void anEverydayVerbIsAnAttackOnlyWhenWeaponsOrArmedMenDoIt() {
        List<Event> es = code("Ethiopian artillery shells hit a market in the Eritrean border town.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        es = code("Colombian rebel fighters struck a police post in Cauca province.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        es = code("The Colombian government struck a deal with Ecuador on border trade.");
        assertThat(has(es, EventType.ASSAULT)).as(GoldEvents.describe(es)).isFalse();
        es = code("Falling oil prices hit the Venezuelan economy hard.");
        assertThat(has(es, EventType.ASSAULT)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void firingIsAnAttackOnSomeoneOrWithAWeaponNotDismissingStaff() {
        List<Event> es = code("Bolivian police fired on demonstrators in La Paz.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        es = code("Hamas militants fired rockets into southern Israel.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT);
        es = code("The Kenyan president fired his finance minister.");
        assertThat(has(es, EventType.ASSAULT)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void whatIsSentOrExpelledSaysWhichEventItIs() {
        List<Event> es = code("Turkey sent troops and tanks to the Syrian border.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE);
        es = code("Norway sent medicine and tents to the flooded regions of Pakistan.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AID);
        es = code("Latvia expelled two Russian diplomats on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SANCTION);
        es = code("Uganda expelled three Kenyan reporters on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void supportDeclaredInWordsIsSupportOfWhomItIsFor() {
        List<Event> es = code("Chile expressed support for the Argentine government.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test
    void aWeaponThatWentOffIsAnAttackByUnidentifiedAttackers() {
        List<Event> es = code("A roadside bomb exploded near an army checkpoint outside Kandahar on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && e.actors().stream().anyMatch(p -> "AFG".equals(p.country())));
        es = code("The Chilean economy exploded after the reforms.");
        assertThat(has(es, EventType.ASSAULT)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void anExerciseOfOneSideShowsForceAndOfTwoSidesIsCooperation() {
        List<Event> es = code("Iran held naval drills in the Gulf of Oman on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE);
        es = code("Indian and Japanese warships began joint exercises in the Bay of Bengal.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE);
        es = code("Egypt held military exercises with Saudi Arabia near the Red Sea.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE);
    }

    @Test
    void aStretchOfAnEventNounTakesTheNounsLightVerb() {
        List<Event> es = code("Indian and French warships began five days of naval exercises off Goa.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COOPERATE);
    }

    @Test
    void aGeneratedVerbCarryingAnEventNounIsThatNounsOneEvent() {
        List<Event> es = code("The African Union imposed an arms embargo on Eritrea.");
        assertThat(es).as(GoldEvents.describe(es)).hasSize(1);
        es = code("The Ugandan government imposed a curfew on Kampala.");
        assertThat(es).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test
    void aWeaponsTestShowsForce() {
        List<Event> es = code("Pakistan conducted a nuclear test on Thursday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.MOBILIZE);
        es = code("Pakistan conducted a census of its population.");
        assertThat(has(es, EventType.MOBILIZE)).as(GoldEvents.describe(es)).isFalse();
    }

    @Test
    void aVerbsOwnPrepositionRightAfterItCountsHoweverItIsParsed() {
        List<Event> es = code("The African Union called on Ethiopia to open humanitarian corridors.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.recipients().stream().anyMatch(p -> "ETH".equals(p.country())));
    }
}
