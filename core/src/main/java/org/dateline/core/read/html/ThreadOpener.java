package org.dateline.core.read.html;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Who opened a discussion thread, as the forum shows the name, when the page's JSON-LD names no poster: forum software
 * marks each post's writer either with a class of its own ("username", vBulletin's "bigusername") or with schema.org
 * microdata ({@code itemprop="author"} holding {@code itemprop="name"}, as text or as a meta tag's content). The
 * thread's first post comes first on the page, so the first such name is the opener's; replies follow. Names are
 * taken as written, as handles ("blue_kite", "user4471") are how forums name people. Read only for pages that show
 * themselves threads: on a story page the same marks name commenters.
 */
final class ThreadOpener {
    private static final Set<String> CLASS_WORDS = HtmlWords.get("poster-class-words");
    /** A handle or a name is short; a longer text is a post or a profile card. */
    private static final int MAX_LENGTH = 40;

    private ThreadOpener() {}

    /** The opener's name, or null when the page marks no post's writer. */
    static String of(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().getAllElements()) {
            // a commenter's name under an opening post that is a story names no thread's opener
            if (posterClass(e.className()) && !BylineElements.inComments(e)) {
                String name = name(e.text());
                if (name != null) return name;
            }
        }
        for (Element author : doc.select("[itemprop=author]")) {
            Element n = author.selectFirst("[itemprop=name]");
            if (n == null) continue;
            String name = name(n.hasAttr("content") ? n.attr("content") : n.text());
            if (name != null) return name;
        }
        return null;
    }

    private static String name(String text) {
        String s = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().replaceFirst("^@", "");
        return s.length() < 2 || s.length() > MAX_LENGTH || s.startsWith("http") ? null : s;
    }

    /** Whether one of the class names has a poster word among its parts ("username", "message-username"). */
    private static boolean posterClass(String names) {
        if (names.isBlank()) return false;
        for (String name : names.split("\\s+")) {
            for (String w : ClassHints.words(name)) {
                if (CLASS_WORDS.contains(w)) return true;
            }
        }
        return false;
    }
}
