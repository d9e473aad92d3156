package org.dateline.core.time;

import java.util.List;
import java.util.regex.Pattern;

/** Words for the present, the past or the future as a whole: "now", "currently", "recently", "the near future". */
final class ReferenceRules {
    private static final Pattern NOT_TEMPORAL_AFTER = Pattern.compile(
            "(?i)\\s*(?:-\\w|after\\b|before\\b|as\\b|thereafter\\b|afterwards?\\b|to\\s+be\\b)");

    private ReferenceRules() {}

    static List<Rule> rules() {
        return List.of(new Rule("reference", Rx.compile("\\b(?<r>{REF})"), ReferenceRules::ok, (m, c) -> {
            String[] tv = Lexicon.get().references.get(m.lower("r")).split("\\s+");
            return new Resolution(tv[0], tv[1], null, Basis.TEXT);
        }));
    }

    private static boolean ok(Match m, String body) {
        String r = m.lower("r");
        if (NOT_TEMPORAL_AFTER.matcher(body).region(m.end(), body.length()).lookingAt()) {
            return r.equals("now") && !body.startsWith("-", m.end());
        }
        if (r.startsWith("in the past")) return false;
        return !(Character.isUpperCase(m.group("r").charAt(0)) && r.equals("future"));
    }

}
