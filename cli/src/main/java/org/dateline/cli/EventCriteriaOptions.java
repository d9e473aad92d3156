package org.dateline.cli;

import java.util.Locale;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Spelled;
import org.dateline.store.EventCriteria;
import org.dateline.store.TimeMlDays;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --from --to --type --status}: the event criteria {@code export} and {@code timeline} share. */
final class EventCriteriaOptions {
    @Option(names = "--from", paramLabel = "DATE", description = "Only events that may fall on or after this TimeML date (2024-03-08, 2024-03, 2024).") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Only events that may fall on or before this date.") String to;
    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this PLOVER type, e.g. CONSULT.") String type;
    @Option(names = "--status", paramLabel = "STATUS", description = "Only events with this status: occurred, planned, possible or negated.") String status;

    /** The filter with these criteria added; a date without a year is a usage error. */
    EventCriteria apply(EventCriteria filter, CommandSpec spec) {
        for (String date : new String[] {from, to}) {
            if (date != null && TimeMlDays.of(date).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "'" + date + "' is not a date with a year "
                        + "(expected e.g. 2024-03-08, 2024-03, 2024-W11, 2024)");
            }
        }
        return filter.toBuilder().type(spelled(EventType.class, type == null ? null : type.strip().toUpperCase(Locale.ROOT), spec))
                .status(spelled(EventStatus.class, status == null ? null : status.strip().toLowerCase(Locale.ROOT), spec))
                .from(from).to(to).build();
    }

    /** The value of a closed vocabulary the user typed; another word is a usage error naming the choices. */
    private static <E extends Enum<E> & Spelled> E spelled(Class<E> vocabulary, String text, CommandSpec spec) {
        try {
            return Spelled.parse(vocabulary, text == null || text.isEmpty() ? null : text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
