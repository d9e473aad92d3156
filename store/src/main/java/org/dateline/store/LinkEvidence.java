package org.dateline.store;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;

/**
 * The evidence of a stored link made readable, the same way wherever a link is shown (the {@code links} command, the
 * thread page): the linker cites each report it matched as {@code (article-id: "sentence...")}, cut short; a reader
 * wants the sentence in full with the day its article came out, and the reasons without the ids.
 */
public final class LinkEvidence {
    /** How the linker cites a report inside its reasons. */
    private static final Pattern CITED_REPORT = Pattern.compile("\\s*\\([0-9a-f]{8,}: \".*?\"\\)");

    private LinkEvidence() {}

    /** Why the two events fit, without the reports the reasons cite (they are shown in full beside them). */
    public static String why(String evidence) {
        return evidence == null ? null : CITED_REPORT.matcher(evidence).replaceAll("");
    }

    /** The report of an event that the evidence cites (by its article id), else the event's first report. */
    public static Optional<Mention> cited(StoryEvent e, String evidence) {
        List<Mention> ms = e.mentions();
        if (ms.isEmpty()) return Optional.empty();
        return Optional.of(ms.stream()
                .filter(m -> evidence != null && m.article() != null && evidence.contains("(" + m.article() + ":"))
                .findFirst().orElse(ms.get(0)));
    }
}
