package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "The secretary for international relations of a party abroad" is not the general secretary named before: a title
 * with a "for" complement, like one with "of", names a known person only when that person's role has the same words.
 */
class TitleComplementCoreferenceTest {
    private static List<Entity> persons(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2012-06-04", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test void aTitleWithAForComplementTheKnownPersonLacksIsSomeoneElse() {
        List<Entity> ps = persons("General Secretary Pedro Santos received a gift on Monday. The secretary for "
                + "international relations of the Workers' Union of Portugal praised the new reforms on Tuesday.");
        assertThat(ps).as(ps.toString()).filteredOn(e -> e.text().toLowerCase().startsWith("secretary"))
                .noneMatch(e -> "Pedro Santos".equals(e.canonical()));
    }
}
