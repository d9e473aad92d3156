package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.*;

import java.util.List;
import java.util.Set;

import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A person addressed by titles ("H.E. Generalissimo Tomas Rell Ky") is that person, not an actor of his own beside
 * him with no events (invented names).
 */
class TitledNamesTest {
    private static Annotated with(String id, Entity... es) {
        return new Annotated(article(id, "2023-03-01", "h", "body"), List.of(es), List.of(), List.of(), List.of());
    }

    /** A person's mention as the tagger left it: its canonical name is its text. */
    private static Entity tagged(String text, String country) {
        return new Entity(text, EntityType.PERSON, 0, text.length(), text, country, "GOV", null, 0);
    }

    @Test
    void titlesBeforeANameAreStripped() {
        assertThat(AliasRules.withoutTitles("H.E. Generalissimo Tomas Rell Ky")).isEqualTo("Tomas Rell Ky");
        assertThat(AliasRules.withoutTitles("Dear Respected Marshal Tomas Rell")).isEqualTo("Tomas Rell");
        assertThat(AliasRules.withoutTitles("President Anna Velde")).isEqualTo("Anna Velde");
        assertThat(AliasRules.withoutTitles("General Velde")).as("one word left: a short name").isEqualTo("General Velde");
        assertThat(AliasRules.withoutTitles("Tomas Rell Ky")).isEqualTo("Tomas Rell Ky");
    }

    @Test
    void aPersonAddressedByTitlesIsThePerson() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(with("a", tagged("Tomas Rell Ky", "VLM")), "2023-03-01", Set.of());
        var names = kb.observe(with("b", tagged("H.E. Generalissimo Tomas Rell Ky", "VLM")), "2023-03-02", Set.of());
        assertThat(names.of("H.E. Generalissimo Tomas Rell Ky")).isEqualTo("Tomas Rell Ky");
        assertThat(kb.profiles(java.util.Map.of())).extracting(p -> p.name()).doesNotContain("H.E. Generalissimo Tomas Rell Ky");
    }

    @Test
    void aTitledNameMetFirstStillFilesThePersonByName() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        var names = kb.observe(with("a", tagged("Generalissimo Tomas Rell Ky", "VLM")), "2023-03-01", Set.of());
        assertThat(names.of("Generalissimo Tomas Rell Ky")).isEqualTo("Tomas Rell Ky");
    }
}
