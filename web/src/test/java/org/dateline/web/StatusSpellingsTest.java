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
 * The pages read the statuses from {@code /api/codebook}, which takes them from {@link EventStatus}; the time chart's
 * colours and the OpenAPI document are static files that cannot, so this keeps their copies equal to it.
 */
class StatusSpellingsTest {
    private static final List<String> STATUSES = Spelled.spellings(EventStatus.class);

    @Test
    void theCodebookAndTheActorPageUseTheStatusSpellings() {
        assertThat(Codebook.STATUSES).isEqualTo(STATUSES);
        assertThat(ActorPage.STATUSES).isEqualTo(STATUSES);
    }

    @Test
    void theTimeChartHasAColourForEveryStatus() throws IOException {
        Matcher m = Pattern.compile("STATUS_COLOURS = \\{([^}]*)\\}").matcher(resource("pages/timechart.js"));
        assertThat(m.find()).as("timechart.js has its status colours").isTrue();
        List<String> keys = new ArrayList<>();
        for (String pair : m.group(1).split(",")) keys.add(pair.strip().split(":")[0].strip());
        assertThat(keys).isEqualTo(STATUSES);
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
