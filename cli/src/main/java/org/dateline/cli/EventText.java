package org.dateline.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Participant;
import org.dateline.model.Spelled;
import org.dateline.model.StoryEvent;

/** Story events as the terminal commands print them: one aligned line, then the source sentence. */
final class EventText {
    private static final int SENTENCE_WIDTH = 160;

    private EventText() {}

    /** "2024-03-08  occurred  CONSULT   Park Min-jae, Ellen Whitfield -> United States  @ Washington". */
    static String line(StoryEvent se) {
        Event e = se.event();
        String date = e.date() == null ? "(no date)" : e.date() + (e.dateMod() == null ? "" : " " + e.dateMod().spelling());
        String who = names(e.actors()) + (e.recipients().isEmpty() ? "" : " -> " + names(e.recipients()));
        String where = e.place() == null ? "" : "  @ " + e.place();
        return String.format("%-18s %-9s %-10s %s%s", date, Spelled.of(e.status()), e.type(), who, where);
    }

    /** The first mention's sentence and headline, indented; empty when the event has no mention. */
    static String source(StoryEvent se) {
        if (se.mentions().isEmpty()) return "";
        Mention m = se.mentions().get(0);
        String more = se.mentions().size() > 1 ? " (+" + (se.mentions().size() - 1) + " more reports)" : "";
        return "    " + quoted(shorten(m.sentence())) + "\n    -- " + m.headline() + more;
    }

    /** In quotation marks, unless the sentence opens with one of its own (a quote's first sentence). */
    private static String quoted(String sentence) {
        return sentence.startsWith("\"") || sentence.startsWith("\u201c") ? sentence : "\"" + sentence + "\"";
    }

    /**
     * A link as the terminal commands print it: the event, the relation to the other event, and the linker's
     * evidence when it gave one. An event not at hand shows its id.
     */
    static String link(Optional<StoryEvent> from, String fromId, String rel, Optional<StoryEvent> to, String toId,
                       String evidence) {
        return described(from, fromId) + "\n    --" + rel + "--> " + described(to, toId)
                + (evidence == null ? "" : "\n    because: " + evidence);
    }

    private static String described(Optional<StoryEvent> e, String id) {
        return e.map(EventText::line).map(String::strip).orElse(id + " (not stored)") + "  [" + id + "]";
    }

    static String names(List<Participant> ps) {
        if (ps.isEmpty()) return "?";
        return ps.stream().map(p -> p.name() == null ? p.country() : p.name()).collect(Collectors.joining(", "));
    }

    /** A sentence on one line, whitespace runs made single spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= SENTENCE_WIDTH ? one : one.substring(0, SENTENCE_WIDTH - 3) + "...";
    }
}
