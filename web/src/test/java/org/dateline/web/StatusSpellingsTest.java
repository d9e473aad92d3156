package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.dateline.model.EventStatus;
import org.dateline.model.Spelled;

/**
 * The pages' status menus and the OpenAPI document are static files, so they cannot ask {@link EventStatus} for its
 * spellings; this keeps their copies equal to it (the server's own checks use the enum directly).
 */
class StatusSpellingsTest {
    private static final List<String> STATUSES = Spelled.spellings(EventStatus.class);

    @Test
    void theApiChecksAndTheActorPageUseTheStatusSpellings() {
        assertThat(ActorPage.STATUSES).isEqualTo(STATUSES);
    }

    @Test
    void theStatusMenusOfThePagesListEveryStatusInOrder() throws IOException {
        for (String page : List.of("pages/events.js", "pages/network.js")) {
            Matcher m = Pattern.compile("\\['', ((?:'[a-z_]+'(?:, )?)+)\\]\\.map").matcher(resource(page));
            assertThat(m.find()).as(page + " has a status menu").isTrue();
            List<String> listed = new ArrayList<>();
            for (String quoted : m.group(1).split(", ")) listed.add(quoted.replace("'", ""));
            assertThat(listed).as(page).isEqualTo(STATUSES);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheStatusFilterWithEveryStatus() throws IOException {
        String doc = resource("openapi.json");
        Matcher m = Pattern.compile("\"description\": \"(occurred[^\"]*)\"").matcher(doc);
        int found = 0;
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(String.join(" | ", STATUSES));
            found++;
        }
        assertThat(found).isPositive();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StatusSpellingsTest.class.getResourceAsStream("/org/dateline/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
