package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * The event of one trigger while {@link ClauseCoder} codes it: the steps fill it in turn (parties, then status and
 * any recoding, then drafts), so that each step names what it reads and what it decides.
 */
final class Coding {
    final Cand k;
    /** The event folded into this one (the talks of "agreed to hold talks"), or null. */
    final Cand inner;
    CameoTable.Entry entry;
    String code;
    EventType type;
    final List<Participant> actors = new ArrayList<>();
    /** The other side: co-actors of a meeting, recipients of anything else. */
    final List<Participant> others = new ArrayList<>();
    /** The subject word of the trigger (or of its light verb), or -1. */
    int subject = -1;
    /** A visit (CAMEO 042), whose other side is where it goes. */
    boolean visit;
    /** A hosting whose guests the clause does not name: they may be named by the next sentence. */
    boolean guestsAfter;
    String place;
    /** Words naming where the event happens, from its obliques and objects. */
    List<Integer> places = List.of();
    /** "met with X" hung elsewhere by the parser: X's word, whose place phrases are the meeting's; or -1. */
    int strayWith = -1;
    String topic;
    String mode;
    /** Marked multilateral by a modifier ("trilateral talks"). */
    boolean multi;
    EventStatus status;

    /**
     * Gives the event another CAMEO code, whose table entry sets the type and the mode: the entry may be the code's
     * parent when the table lacks the code itself, so both are kept. The mode follows the code even when the code
     * changes after the status was decided ("threatened to bomb" is a threat of force, not an air raid's mode).
     */
    void recode(String code, CameoTable.Entry entry) {
        this.code = code;
        this.entry = entry;
        this.type = entry.type();
        this.mode = entry.mode();
    }

    Coding(Cand k, Cand inner, CameoTable.Entry entry) {
        this.k = k;
        this.inner = inner;
        this.entry = entry;
        this.code = k.t().cameo();
        this.type = entry.type();
    }
}
