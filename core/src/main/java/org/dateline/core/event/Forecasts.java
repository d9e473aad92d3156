package org.dateline.core.event;

/**
 * A future passive with no agent is a forecast, no stated intention: "a nuclear disaster will be imposed upon the
 * nation", "heavy losses will be inflicted". The one whose will a stated intention tells is the subject of an active
 * verb ("X will impose sanctions") or the "by" agent of a passive ("sanctions will be imposed by X"); a passive
 * without one names only what is acted on, so nothing was threatened or promised, and the act stays ahead (planned),
 * not an occurred statement.
 */
final class Forecasts {
    private Forecasts() {
    }

    /** Whether the verb v is a passive with no "by" agent. */
    static boolean agentlessPassive(Clause c, int v) {
        if (v < 0 || c.children(v, "aux:pass").isEmpty()) return false;
        return !c.namesDoer(v);
    }
}
