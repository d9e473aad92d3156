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
 * A one-word name is a short form of a full name the article gave before it, never of one it gives after: in a list
 * of guests, "Arvid, chairman of ..., Arvid Selin, director of ..." names two people, the first of one name.
 */
class ShortNamesReferBackTest {
    /** One article's profiles, with the context of a story whose earlier days named "Arvid Selin". */
    private static List<ActorProfile> read(String body, Entity... mentions) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2024-02-01", "Guests Arrive", body), List.of(mentions), List.of(),
                List.of(), List.of()), "2024-02-01", Set.of("Arvid Selin"));
        kb.joinVariants();
        return kb.profiles(Map.of());
    }

    /** A person named at the first place the body writes the text followed by {@code after}. */
    private static Entity at(String body, String name, String after) {
        int start = body.indexOf(name + after);
        return new Entity(name, EntityType.PERSON, start, start + name.length(), name, "IND", null, null, 0);
    }

    private static ActorProfile named(List<ActorProfile> ps, String name) {
        return ps.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + ps));
    }

    @Test
    void aOneWordNameListedBeforeAFullNameWithThatWordIsAnotherPerson() {
        String body = "Present were Arvid, chairman of the Tarn Party, Arvid Selin, director of the Osmo Company.";
        List<ActorProfile> ps = read(body, at(body, "Arvid Selin", ","), at(body, "Arvid", ","));
        assertThat(named(ps, "Arvid Selin").aliases()).doesNotContain("Arvid");
        assertThat(ps).extracting(ActorProfile::name).contains("Arvid");
    }

    @Test
    void aOneWordNameAfterTheFullNameIsItsShortForm() {
        String body = "Arvid Selin, director of the Osmo Company, arrived. Arvid said the talks would go on.";
        List<ActorProfile> ps = read(body, at(body, "Arvid Selin", ","), at(body, "Arvid", " said"));
        assertThat(named(ps, "Arvid Selin").aliases()).contains("Arvid");
    }

    @Test
    void aFullNameAnotherArticleGaveStillStandsBehindAShortForm() {
        Entity full = new Entity("Arvid Selin", EntityType.PERSON, 0, 11, "Arvid Selin", "IND", null, null, 0);
        Entity shortForm = new Entity("Arvid", EntityType.PERSON, 0, 5, "Arvid", "IND", null, null, 0);
        assertThat(AliasRules.namedInFullOnlyLater("Arvid Selin", shortForm, List.of(shortForm))).isFalse();
        Entity later = new Entity("Arvid Selin", EntityType.PERSON, 40, 51, "Arvid Selin", "IND", null, null, 0);
        assertThat(AliasRules.namedInFullOnlyLater("Arvid Selin", shortForm, List.of(shortForm, later))).isTrue();
        assertThat(AliasRules.namedInFullOnlyLater("Arvid Selin", later, List.of(full, later))).isFalse();
    }
    @Test
    void aOneWordNameTheLanguageLayerTiedToAFullNameGivenOnlyLaterIsAnotherPerson() {
        // the tagger's coreference wrote the later full name as the one word's canonical name
        String body = "Present were Arvid, chairman of the Tarn Party, Arvid Selin, director of the Osmo Company.";
        Entity one = at(body, "Arvid", ",");
        Entity tied = new Entity("Arvid", EntityType.PERSON, one.start(), one.end(), "Arvid Selin", "IND", null, null, 0);
        List<ActorProfile> ps = read(body, at(body, "Arvid Selin", ","), tied);
        assertThat(named(ps, "Arvid Selin").aliases()).doesNotContain("Arvid");
        assertThat(ps).extracting(ActorProfile::name).contains("Arvid");
    }
}
