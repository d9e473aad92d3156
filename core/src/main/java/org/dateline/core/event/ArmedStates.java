package org.dateline.core.event;

import java.util.Set;

import org.dateline.core.language.Gazetteer;
import org.dateline.model.CountryCodes;
import org.dateline.model.Participant;
import org.dateline.model.Sector;

/**
 * A state named as the doer of a military act stands for its armed forces: "South Korea fired shells into the sea",
 * "Israel shelled the town", "the United States staged joint drills with Japan" are acts only troops, gunners and
 * warships do, and coders code their doer MIL, not the state's government (CODING.md section 3: MIL troops and
 * warships). A military act is one of the CAMEO codes of {@code military-act-cameos} (military cooperation, shows of
 * force and mobilising, fighting with arms, mass killing), so the class follows the verb lexicon, whatever word told
 * the act. Only the state's own name changes: a minister, a president or a ministry that orders fire keeps its sector,
 * and a state that acts otherwise ("Japan protested") stays the state's government.
 */
final class ArmedStates {
    private static final Set<String> MILITARY_ACTS = EventWords.get("military-act-cameos");

    private ArmedStates() {}

    /** Whether a CAMEO code is a military act: the code, or a shorter code it begins with, is listed. */
    static boolean isMilitaryAct(String cameo) {
        if (cameo == null) return false;
        for (int n = cameo.length(); n >= 2; n--) if (MILITARY_ACTS.contains(cameo.substring(0, n))) return true;
        return false;
    }

    /** Codes the states that are the actors of a military act as their armed forces. */
    static void place(Draft d, Gazetteer gazetteer) {
        if (gazetteer == null || !isMilitaryAct(d.cameo)) return;
        d.actors.replaceAll(p -> armed(p, gazetteer));
    }

    /** A state named by its own name and coded as its government, as its armed forces; anyone else as it was. */
    static Participant armed(Participant p, Gazetteer gazetteer) {
        if (!CountryCodes.isState(p.country()) || !Sector.GOV.is(p.sector()) || p.name() == null) return p;
        String name = gazetteer.countryName(p.country());
        if (name == null || !name.equals(p.name())) return p;
        return new Participant(p.name(), p.country(), Sector.MIL.code());
    }
}
