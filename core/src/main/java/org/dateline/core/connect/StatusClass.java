package org.dateline.core.connect;

import java.util.Locale;

import org.dateline.model.EventStatus;

/**
 * What the cross-article stage compares of an event's status: reports that it {@link #OCCURRED}, that it is a
 * {@link #PLAN} (planned or possible: a report may say "will meet" of what another calls "may meet"), that it was
 * {@link #NEGATED}, or {@link #OTHER} (no status). Reports merge only within one class; a plan is what a later
 * occurrence realizes or a negation cancels.
 */
enum StatusClass {
    OCCURRED, PLAN, NEGATED, OTHER;

    static StatusClass of(EventStatus status) {
        if (status == null) return OTHER;
        return switch (status) {
            case OCCURRED -> OCCURRED;
            case PLANNED, POSSIBLE -> PLAN;
            case NEGATED -> NEGATED;
        };
    }

    /** The class in words, as link evidence and blocking keys write it: "occurred", "plan", ... */
    String word() { return name().toLowerCase(Locale.ROOT); }
}
