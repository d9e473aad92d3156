package org.dateline.core.event;

/**
 * "Kim Yong Su, minister of Sports, and his party left here on Friday": after a name, its title and a second
 * conjunct, the tagger may take the past tense for a participle and the parser hang it on the last conjunct ("his
 * party left here" read as "the party that was left here"), so the sentence has a noun for its root and no verb; the
 * clause coder then finds no one who left or arrived. A past participle with no auxiliary and no "by" agent (a
 * passive reduced relative names its doer: "the delegation invited by the party") that qualifies a conjunct of the
 * root noun is the sentence's main verb, and the coordinated nouns are its subject. A headline with no verb ("Gifts
 * sent to the leader") has no conjunct under its root and stays as parsed. Run once by {@link Clause}.
 */
final class StrandedMainVerbs {
    private StrandedMainVerbs() {}

    static void repair(Clause c) {
        for (int a = 0; a < c.size(); a++) {
            if (!c.rel(a).equals("acl") || !c.pos(a).equals("VBN") && !c.pos(a).equals("VBD")) continue;
            int conjunct = c.head(a);
            int root = c.head(conjunct);
            if (conjunct < 0 || conjunct > a || !c.relIs(conjunct, "conj") || root < 0 || c.head(root) >= 0) continue;
            if (!c.pos(root).startsWith("NN") || !c.children(root, "cop").isEmpty()) continue;
            if (!c.children(a, "aux", "aux:pass", "cop", "nsubj", "nsubj:pass").isEmpty() || !PassiveRelatives.agents(c, a).isEmpty()) continue;
            c.makeRoot(a);
            c.move(root, a, "nsubj");
            return;
        }
    }
}
