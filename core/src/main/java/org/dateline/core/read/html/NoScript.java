package org.dateline.core.read.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * What to do with {@code <noscript>} blocks. Usually they hold a tracking pixel or a plea to turn scripts on, and
 * go. But pages built by scripts (forum software, single-page sites) put their whole text in a {@code <noscript>}
 * for readers and robots without scripts, and leave the rest of the page to a script-drawn shell: when the
 * {@code <noscript>} blocks hold more text than everything outside them, they are the page, and are unwrapped.
 */
final class NoScript {
    private NoScript() {}

    /** Removes every {@code <noscript>} under {@code root}, or unwraps them all when they hold most of its text. */
    static void settle(Element root) {
        List<Element> blocks = root.select("noscript");
        if (blocks.isEmpty()) return;
        long inside = 0;
        for (Element b : blocks) {
            if (b.parents().stream().noneMatch(p -> p.normalName().equals("noscript"))) inside += textLength(b);
        }
        long all = textLength(root);
        if (inside > all - inside) {
            for (Element b : blocks) if (b.parent() != null) b.unwrap();
        } else {
            Prune.removeAll(blocks);
        }
    }

    private static long textLength(Element e) {
        return e.text().length();
    }
}
