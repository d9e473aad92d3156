package org.dateline.core.connect;

import java.util.Locale;
import java.util.Set;

/**
 * Which side of an exchange a report's deed is: receiving ("the leader received messages from heads of state") or
 * sending ("the leader sent messages in reply to them"). The events stage codes both with the leader as actor and
 * most words alike, the messages, the occasion, the heads of state; but what one received and what he sent back are
 * two acts, days or weeks apart. Two reports disagree when one's trigger is a verb of receiving ({@code
 * receiving-triggers}) and the other's a verb of sending ({@code sending-triggers}); a trigger of neither kind ("a
 * message", "a floral basket") says nothing either way.
 */
final class GivingSides {
    private static final Set<String> RECEIVING = ConnectWords.get("receiving-triggers");
    private static final Set<String> SENDING = ConnectWords.get("sending-triggers");

    private GivingSides() {}

    /** True when one report receives and the other sends. */
    static boolean differ(EventMention a, EventMention b) {
        String x = trigger(a), y = trigger(b);
        return RECEIVING.contains(x) && SENDING.contains(y) || SENDING.contains(x) && RECEIVING.contains(y);
    }

    private static String trigger(EventMention m) {
        String t = m.event().trigger();
        return t == null ? "" : t.toLowerCase(Locale.ROOT).strip();
    }
}
