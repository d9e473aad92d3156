package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The parts of a visit that are no events of their own (CODING.md, section 6: "parts of one happening fold into it").
 * A visit story tells the trip once ("X paid a visit to China from the 20th to the 26th") and then its parts: the
 * welcome the hosts gave the visitor ("the Chinese leaders gave a warm welcome to X"), the places the visitor saw ("X
 * visited the north-eastern regions"). Those parts are the visit, not a second visit or an act of praise:
 * <ul>
 * <li>a greeting ({@link Draft#greeting}) whose recipient is of the visitor's state, given by someone not of it;</li>
 * <li>a later visit (CAMEO 042) by the visitor's state whose destination is the visit's own (or none named), on the
 * visit's day or later or on no day of its own.</li>
 * </ul>
 * Parties are compared by state, not by name: the visitor is "the Leader" here and his full title there. A talk held
 * during the visit stays an event ("X met Y"): it is an act with a party of its own. Applied after {@link MentionMerge},
 * on one article's drafts, whatever language told them.
 */
final class VisitParts {
    private static final String VISIT = "042";

    private VisitParts() {}

    /** The drafts without the parts of a visit the same list tells. */
    static List<Draft> fold(List<Draft> drafts) {
        List<Draft> visits = new ArrayList<>();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (visits.stream().anyMatch(v -> partOf(d, v))) continue;
            if (VISIT.equals(d.cameo) && !countries(d.actors).isEmpty()) visits.add(d);
            out.add(d);
        }
        // a greeting told before the visit it belongs to (a lead that opens on the welcome) folds too
        out.removeIf(d -> d.greeting && visits.stream().anyMatch(v -> v != d && greetingOf(d, v)));
        return out;
    }

    /** Whether the draft is a part of the visit told before it. */
    static boolean partOf(Draft d, Draft visit) {
        if (d.greeting) return greetingOf(d, visit);
        if (!VISIT.equals(d.cameo) || d.type != EventType.CONSULT || !d.status.equals(visit.status)) return false;
        if (!Participants.shareCountry(d.actors, visit.actors, Set.of())) return false;
        if (!d.recipients.isEmpty() && !Participants.shareCountry(d.recipients, visit.recipients, Set.of())) return false;
        return d.date == null || visit.date == null || d.date.compareTo(visit.date) >= 0;
    }

    /** A greeting of someone of the visitor's state, by someone not of it. */
    private static boolean greetingOf(Draft greeting, Draft visit) {
        if (!Participants.shareCountry(greeting.recipients, visit.actors, Set.of())) return false;
        return !Participants.shareCountry(greeting.actors, visit.actors, Set.of());
    }

    private static List<String> countries(List<Participant> ps) {
        return ps.stream().map(Participant::country).filter(Objects::nonNull).toList();
    }
}
