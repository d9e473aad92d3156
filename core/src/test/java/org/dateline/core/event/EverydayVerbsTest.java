package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

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
        eventsOf("Moldovan troops pulled out of the disputed valley on Tuesday.")
                .anyMatch(e -> e.type() == EventType.RETREAT);
        eventsOf("The Peruvian cabinet turned down the proposal from Bolivia.")
                .anyMatch(e -> e.type() == EventType.REJECT);
        eventsOf("A Chadian rebel blew himself up at a checkpoint in N'Djamena.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
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
        eventsOf("Turkey sent troops and tanks to the Syrian border.").anyMatch(e -> e.type() == EventType.MOBILIZE);
        eventsOf("Norway sent medicine and tents to the flooded regions of Pakistan.")
                .anyMatch(e -> e.type() == EventType.AID);
        eventsOf("Latvia expelled two Russian diplomats on Friday.").anyMatch(e -> e.type() == EventType.SANCTION);
        eventsOf("Uganda expelled three Kenyan reporters on Friday.").anyMatch(e -> e.type() == EventType.COERCE);
    }

    @Test
    void supportDeclaredInWordsIsSupportOfWhomItIsFor() {
        eventsOf("Chile expressed support for the Argentine government.")
                .anyMatch(e -> e.type() == EventType.SUPPORT
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
        eventsOf("Iran held naval drills in the Gulf of Oman on Friday.").anyMatch(e -> e.type() == EventType.MOBILIZE);
        eventsOf("Indian and Japanese warships began joint exercises in the Bay of Bengal.")
                .anyMatch(e -> e.type() == EventType.COOPERATE);
        eventsOf("Egypt held military exercises with Saudi Arabia near the Red Sea.")
                .anyMatch(e -> e.type() == EventType.COOPERATE);
    }

    @Test
    void aStretchOfAnEventNounTakesTheNounsLightVerb() {
        eventsOf("Indian and French warships began five days of naval exercises off Goa.")
                .anyMatch(e -> e.type() == EventType.COOPERATE);
    }

    @Test
    void aGeneratedVerbCarryingAnEventNounIsThatNounsOneEvent() {
        eventsOf("The African Union imposed an arms embargo on Eritrea.").hasSize(1);
        eventsOf("The Ugandan government imposed a curfew on Kampala.").hasSize(1);
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
        eventsOf("The African Union called on Ethiopia to open humanitarian corridors.")
                .anyMatch(e -> e.type() == EventType.REQUEST
                        && e.recipients().stream().anyMatch(p -> "ETH".equals(p.country())));
    }
}
