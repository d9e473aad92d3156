package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * The lines forum and question-and-answer software writes around every post of a thread: the poster's card (rank,
 * join date, post count, location), the post's number or time stamp standing alone, vote and like counts, badges,
 * and the actions under each post ("Quote", "Reply", "Improve this answer", "Add a comment"). On a thread every post
 * is text, so no block is removed for being named a post or a reply ({@link BodyExtractor}); these lines come along
 * with the posts and are what is left to take out, line by line, as trafilatura's forum rules do. Kept as data in
 * {@code post-furniture-lines.txt}; read only on pages that show themselves a discussion thread, as a bare number
 * or "Top" may be a line of an article's table or list.
 */
final class PostFurniture {
    /** A furniture line is short: a post's prose that happens to start like one runs on. */
    private static final int MAX_LINE = 80;
    private static final Pattern TRAILING = Pattern.compile("[\\s.:!|\u00bb\u203a>]+$");
    private static final List<Pattern> LINES = lines();

    private PostFurniture() {}

    /** Drops every paragraph that is one of the software's lines around a post. */
    static void strip(List<String> paragraphs) {
        paragraphs.removeIf(PostFurniture::isFurniture);
    }

    /** Whether the paragraph, trailing punctuation aside, is wholly one of the lines around a post. */
    static boolean isFurniture(String paragraph) {
        String p = TRAILING.matcher(paragraph.strip()).replaceFirst("");
        if (p.isEmpty() || p.length() > MAX_LINE) return false;
        for (Pattern line : LINES) if (line.matcher(p).matches()) return true;
        return false;
    }

    private static List<Pattern> lines() {
        List<Pattern> out = new ArrayList<>();
        for (String line : ResourceFile.entries(PostFurniture.class, "post-furniture-lines.txt")) {
            out.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }
}
