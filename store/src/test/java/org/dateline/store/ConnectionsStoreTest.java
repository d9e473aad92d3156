package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.model.ActorProfile;
import org.dateline.model.Connected;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.LinkRelation;
import org.dateline.model.StoryEvent;
import org.dateline.model.StoryThread;

class ConnectionsStoreTest {
    @TempDir Path dir;
    Store store;

    @BeforeEach void open() { store = Store.open(dir.resolve("t.db")); }

    @AfterEach void close() { store.close(); }

    @Test
    void theCrossArticleRecordComesBackEqual() {
        Connected in = TestRecords.connected();
        store.replaceConnections(in);

        Connected out = store.connections();

        assertThat(out.events()).containsExactlyInAnyOrderElementsOf(in.events());
        assertThat(out.threads()).containsExactlyInAnyOrderElementsOf(in.threads());
        assertThat(out.actors()).containsExactlyInAnyOrderElementsOf(in.actors());
        assertThat(out.revisionOf()).isEqualTo(in.revisionOf());
        assertThat(out.inferredDates()).isEqualTo(in.inferredDates());
        assertThat(store.inferredDate("a3")).contains("2024-03-09");
        assertThat(store.inferredDate("a1")).isEmpty();
        assertThat(store.revisionOf("a3")).contains("a2");
        assertThat(store.revisionOf("a2")).isEmpty();
    }

    @Test
    void theCountsAreTheSizesOfWhatIsStored() {
        assertThat(store.connectionCounts()).isEqualTo(new ConnectionCounts(0, 0, 0, 0));
        Connected in = TestRecords.connected();
        store.replaceConnections(in);

        long links = in.events().stream().mapToLong(e -> e.links().size()).sum();
        assertThat(store.connectionCounts()).isEqualTo(new ConnectionCounts(in.events().size(), links,
                in.threads().size(), in.actors().size()));
        assertThat(links).isEqualTo(store.links().size()).isPositive();
    }

    @Test
    void replacingDropsEverythingThatWasThere() {
        store.replaceConnections(TestRecords.connected());
        StoryEvent only = TestRecords.story(TestRecords.event("new", EventType.AGREE, List.of(TestRecords.JPN), List.of(),
                "2025-01-02", null, EventStatus.OCCURRED), null, "z");
        store.replaceConnections(new Connected(List.of(only), List.of(), List.of(), Map.of(), Map.of()));

        assertThat(store.connections()).isEqualTo(new Connected(List.of(only), List.of(), List.of(), Map.of(), Map.of()));
        assertThat(store.links()).isEmpty();
        assertThat(store.actor("Park Min-jae")).isEmpty();
        assertThat(store.storyEvents(EventCriteria.all().withActor("Park Min-jae"))).isEmpty();
    }

    @Test
    void aFailedReplaceLeavesTheOldRecordWhole() {
        Connected old = TestRecords.connected();
        store.replaceConnections(old);
        StoryEvent e = old.events().get(0);
        List<StoryEvent> twice = new ArrayList<>(old.events());
        twice.add(e);                                          // the same id twice violates the unique key mid-write

        assertThatThrownBy(() -> store.replaceConnections(new Connected(twice, List.of(), List.of(), Map.of(), Map.of())))
                .isInstanceOf(StoreException.class);

        assertThat(store.connections().events()).containsExactlyInAnyOrderElementsOf(old.events());
        assertThat(store.connections().actors()).hasSize(old.actors().size());
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void readersSeeTheOldRecordOrTheNewNeverAMix() throws Exception {
        Connected big = TestRecords.connected();
        Connected small = new Connected(big.events().subList(0, 1), List.of(), big.actors().subList(0, 1), Map.of(), Map.of());
        store.replaceConnections(big);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                Connected c = store.connections();
                seen.add(c.events().size() + "/" + c.actors().size());
            }
        });
        reader.start();
        for (int i = 0; i < 40; i++) store.replaceConnections(i % 2 == 0 ? small : big);
        stop.set(true);
        reader.join();

        assertThat(seen).isNotEmpty().allMatch(s -> s.equals("5/3") || s.equals("1/1"));
    }

    @Test
    void actorsAreListedBusiestFirstAndFoundByNameOrUniqueAlias() {
        store.replaceConnections(TestRecords.connected());

        assertThat(store.actors(0, 0)).extracting(ActorProfile::name)
                .containsExactly("Ellen Whitfield", "Park Min-jae", "Kenji Morita");
        assertThat(store.actors(1, 1)).extracting(ActorProfile::name).containsExactly("Park Min-jae");
        assertThat(store.actor("park min-jae").orElseThrow().roles()).extracting(ActorProfile.Role::role)
                .containsExactly("special representative");
        assertThat(store.actor("whitfield")).map(ActorProfile::name).contains("Ellen Whitfield");
        assertThat(store.actor("Park")).as("an alias two actors share names neither").isEmpty();
    }

    @Test
    void anActorIsFoundByAnotherSpellingOfItsNameOrAlias() {
        store.replaceConnections(TestRecords.connected());

        assertThat(store.actor("Park Min Jae")).as("blank for hyphen").map(ActorProfile::name).contains("Park Min-jae");
        assertThat(store.actor("PARK MIN-JAE")).as("any case").map(ActorProfile::name).contains("Park Min-jae");
        assertThat(store.actor("ParkMinjae")).as("words joined are another name, as a city named after a man is")
                .isEmpty();
        assertThat(store.actor("Kenji  Morita")).map(ActorProfile::name).contains("Kenji Morita");
        assertThat(store.actor("Park Min Ja")).as("other letters are another name").isEmpty();
    }

    @Test
    void threadsAreListedLatestFirst() {
        store.replaceConnections(TestRecords.connected());

        assertThat(store.threads(10, 0)).extracting(StoryThread::id).containsExactly("t1", "t2");
        assertThat(store.threads(10, 1)).extracting(StoryThread::id).containsExactly("t2");
        assertThat(store.thread("t1").orElseThrow().articles()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(store.thread("t9")).isEmpty();
    }

    @Test
    void linksNameBothEnds() {
        store.replaceConnections(TestRecords.connected());

        assertThat(store.links()).extracting(StoryLink::from, StoryLink::rel, StoryLink::to)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("se-plan", LinkRelation.REALIZED_BY, "se-met"),
                        org.assertj.core.groups.Tuple.tuple("se-met", LinkRelation.REALIZES, "se-plan"));
        assertThat(store.links(1, 0)).hasSize(1);
    }
}
