package org.dateline.core.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.resources.ResourceFile;

/**
 * Paragraph-level furniture that survives block selection because it sits inside the story container: share and
 * print prompts, "Advertisement", newsletter and cookie notices, photo captions and credits, copyright lines,
 * "(END)", publication-time stamps, editors' corrections, and the reporter's e-mail sign-off (kept aside as the
 * contact).
 */
final class Furniture {
    /** The cue words of the tests below, kept as data ({@code furniture-cues.txt}), one alternation a kind. */
    private static final PatternRows CUES = PatternRows.of(Furniture.class, "furniture-cues.txt");
    /** A short paragraph that is only a prompt, a label or a network's name ("Share this article", "Read more"). */
    private static final Pattern SHORT_FURNITURE = Pattern.compile(
            "(?i)^(?:" + CUES.alternation("short-line") + ")[\\s.:!|\u00bb\u203a>]*$");
    /** A word that marks a notice to the reader ("newsletter", "cookies", "your browser"). */
    private static final Pattern NOTICE = Pattern.compile("(?i)(?:" + CUES.alternation("notice-word") + ")");
    private static final Pattern CAPTION = Pattern.compile("(?i)(?:" + CUES.alternation("caption") + ")");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:" + CUES.alternation("copyright-mark") + ")\\s.{0,200}$");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^(?:" + CUES.alternation("stamp-label") + ")\\b.{0,80}$");
    /** Stops, colons, bars and arrows that end a short line ("Read more >", "Share:"), left off before the lines are matched. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s.:!|\u00bb\u203a>\u2026]+$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\(?(?:by\\s+)?(?:[\\p{L}.'\\- ]{0,60}?[\\s(:]+)?(" + EMAIL.pattern() + ")\\)?\\.?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Lines that close a story without telling it: who else reported, edited or produced it ("Jane Roe contributed
     * to this report.", "Reporting by ...; Editing by ...", "The interview was produced by ..."), where it first
     * appeared, and how to reach the writer. Taken off the end of the story only.
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)^(?:" + CUES.alternation("trailing-credit") + ")$");
    /** How many closing paragraphs may be a note on the writer, and how long such a note is at most. */
    private static final int NOTE_TAIL = 2;
    private static final int NOTE_LENGTH = 600;
    /** Where a writer's note names the writer: in its first words ("Sports writer Jane Roe has covered ..."). */
    private static final int NOTE_NAME_WITHIN = 60;

    /** "Jane Roe is a senior reporter at ...": a name (two to four capitalised words) said to be a writer. */
    private static final Pattern WRITER_BIO = Pattern.compile("^\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){1,3}"
            + " (?:is|was) (?:a|an|the)\\b.{0,80}?\\b(?:" + CUES.alternation("writer-job") + ")s?\\b.{0,250}$");
    /** A closing line of wire copy that only ends the story: "(END)", "-30-", "###". */
    private static final Pattern END_MARK = Pattern.compile("(?i)(?:" + CUES.alternation("end-mark") + ")");
    /** What makes a short notice a sign-up box even when it ends like prose, with case: "newsletter", "Sign up". */
    private static final Pattern CALL_TO_SIGN_UP = Pattern.compile(CUES.alternation("call-to-sign-up"));
    /** Furniture lines and notices kept as data ({@code furniture-lines.txt}): whole short lines, and notices. */
    private static final List<Pattern> LINES = phrases("line");
    private static final List<Pattern> NOTICES = phrases("notice");
    /** Notes on the story itself that open a paragraph (a correction), kept as data ({@code furniture-lines.txt}). */
    private static final List<Pattern> NOTES = phrases("note");
    /** How many closing paragraphs are looked at for credits and biographies. */
    private static final int TAIL = 4;
    /** How many long prose paragraphs must use a notice word for it to be the story's subject. */
    private static final int TOPIC_PARAGRAPHS = 2;
    /**
     * How long a paragraph that opens with a notice may be and still be one: a disclosure runs on into the site's
     * terms of use ("If you buy through a link on our site, we may earn a commission. By using this site you consent
     * to ..."), longer than a notice alone.
     */
    private static final int NOTICE_BLOCK = 600;
    /** The end of a paragraph's first sentence: a full stop, question or exclamation mark before a blank. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)");

    private Furniture() {}

    /** Drops credit lines and the writer's biography from the last {@value #TAIL} paragraphs. */
    static void stripTrailingCredits(List<String> paragraphs) {
        int from = Math.max(1, paragraphs.size() - TAIL);
        for (int i = paragraphs.size() - 1; i >= from; i--) {
            String p = paragraphs.get(i).strip();
            if (p.length() < 400 && (TRAILING_CREDIT.matcher(p).matches() || WRITER_BIO.matcher(p).matches())) {
                paragraphs.remove(i);
            }
        }
    }

    /**
     * Drops the note on the writer that closes a story: a closing paragraph that names one of the page's credited
     * writers in its first words ("Jane Roe has covered six World Cups ...", "Sports writer Jane Roe is ...", "The
     * Editorial Board consists of ...") or opens on the writer's first name and goes on in lower case ("Jane is a
     * science writer ..."). A story does not speak of its own writer in its last lines; its notes do.
     */
    static void stripWriterNote(List<String> paragraphs, List<String> writers) {
        if (writers.isEmpty()) return;
        for (int i = paragraphs.size() - 1; i >= Math.max(1, paragraphs.size() - NOTE_TAIL); i--) {
            String p = paragraphs.get(i).strip();
            if (p.length() <= NOTE_LENGTH && namesWriter(p, writers)) paragraphs.remove(i);
        }
    }

    private static boolean namesWriter(String p, List<String> writers) {
        String opening = p.substring(0, Math.min(p.length(), NOTE_NAME_WITHIN));
        for (String w : writers) {
            String name = w.strip();
            if (name.length() < 4) continue;
            if (opening.contains(name)) return true;
            String first = Spaces.split(name)[0];
            if (first.length() >= 3 && name.contains(" ") && opensWithNameThenLowerCase(p, first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code p} opens with {@code first}, a space and a lower-case letter ("Maria writes about ..."), as
     * {@code Pattern.compile("^" + Pattern.quote(first) + " \\p{Ll}").matcher(p).find()} says, without compiling a
     * pattern for every writer of every page.
     */
    static boolean opensWithNameThenLowerCase(String p, String first) {
        int at = first.length() + 1;
        return p.length() > at && p.startsWith(first) && p.charAt(first.length()) == ' '
                && Character.getType(p.codePointAt(at)) == Character.LOWERCASE_LETTER;
    }

    /**
     * Drops the paragraphs that are page furniture. A notice word ("newsletter", "subscribe", "cookies",
     * "browser", "consent") marks a short paragraph as a notice to the reader, except where it is the story's own
     * subject: a word that {@value #TOPIC_PARAGRAPHS} or more of the story's long prose paragraphs use (a post on
     * growing a newsletter's subscribers, a recipe for cookies, a guide to browser APIs) tells nothing about the
     * short lines that also use it.
     */
    static void strip(List<String> paragraphs) {
        Set<String> topics = topics(paragraphs);
        paragraphs.removeIf(p -> isFurniture(p, topics));
    }

    /** Notice words that at least {@value #TOPIC_PARAGRAPHS} long prose paragraphs use, lower case. */
    private static Set<String> topics(List<String> paragraphs) {
        Map<String, Integer> uses = new HashMap<>();
        for (String p : paragraphs) {
            if (!endsLikeProse(p)) continue;
            Set<String> here = new HashSet<>();
            for (Matcher m = NOTICE.matcher(p); m.find(); ) here.add(m.group().toLowerCase(Locale.ROOT));
            for (String w : here) uses.merge(w, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        uses.forEach((w, n) -> { if (n >= TOPIC_PARAGRAPHS) out.add(w); });
        return out;
    }

    /** A notice word in {@code p} that is not one of the story's subjects. */
    private static boolean noticeBesides(String p, Set<String> topics) {
        for (Matcher m = NOTICE.matcher(p); m.find(); ) {
            if (!topics.contains(m.group().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** True for a paragraph that is page furniture, not story text, given the story's subjects. */
    private static boolean isFurniture(String p, Set<String> topics) {
        if (p.length() <= 60 && SHORT_FURNITURE.matcher(p).matches()) return true;
        if (p.length() <= 80) {
            String bare = TRAILING_MARKS.matcher(p.strip()).replaceFirst("");
            for (Pattern line : LINES) if (line.matcher(bare).matches()) return true;
        }
        if (p.length() < 300) for (Pattern notice : NOTICES) if (notice.matcher(p).find()) return true;
        if (p.length() < NOTICE_BLOCK && opensWithNotice(p)) return true;
        if (p.length() < NOTICE_BLOCK) for (Pattern note : NOTES) if (note.matcher(p).find()) return true;
        // asked once: the two tests below share it, and it scans the paragraph for every notice word
        boolean notice = p.length() < 300 && noticeBesides(p, topics);
        if (notice && !endsLikeProse(p)) return true;
        if (p.length() < 200 && notice && Spaces.count(p) < 25
                && CALL_TO_SIGN_UP.matcher(p).find()) {
            return true;
        }
        if (p.length() < 300 && CAPTION.matcher(p).find()) return true;
        if (COPYRIGHT.matcher(p).matches()) return true;
        return p.length() < 100 && STAMP.matcher(p).matches() && DateText.parse(p) != null;
    }

    private static List<Pattern> phrases(String kind) {
        List<Pattern> out = new ArrayList<>();
        for (String[] row : ResourceFile.rows(Furniture.class, "furniture-lines.txt")) {
            if (row.length != 2) throw new IllegalStateException("furniture-lines.txt: not KIND, REGEX: " + String.join("\t", row));
            if (row[0].equals(kind)) out.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }

    /** A paragraph whose first sentence, short as a notice is, is one of the notices of {@code furniture-lines.txt}. */
    private static boolean opensWithNotice(String p) {
        Matcher end = SENTENCE_END.matcher(p);
        if (!end.find() || end.end() >= 300) return false;
        String first = p.substring(0, end.end());
        // an anchored notice (a picture's credit, "Follow us on ...") is a whole line, not a sentence that opens a block
        for (Pattern notice : NOTICES) if (!notice.pattern().startsWith("^") && notice.matcher(first).find()) return true;
        return false;
    }

    private static boolean endsLikeProse(String p) {
        return Spaces.count(p) >= 20 && (p.endsWith(".") || p.endsWith("\"") || p.endsWith("\u201d"));
    }

    /** The e-mail address if the paragraph is only a sign-off ("yoonjae@yna.co.kr", "(Reporting by x@y.com)"). */
    static String signOffEmail(String p) {
        if (p.length() > 120) return null;
        Matcher m = SIGN_OFF.matcher(p.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Drops trailing sign-off lines ("(END)", e-mail) and returns the last e-mail seen, or null. */
    static String stripSignOff(List<String> paragraphs) {
        String contact = null;
        for (int guard = 0; guard < 4 && !paragraphs.isEmpty(); guard++) {
            String last = paragraphs.get(paragraphs.size() - 1).strip();
            String mail = signOffEmail(last);
            if (mail != null) {
                if (contact == null) contact = mail;
                paragraphs.remove(paragraphs.size() - 1);
            } else if (END_MARK.matcher(last).matches()) {
                paragraphs.remove(paragraphs.size() - 1);
            } else {
                break;
            }
        }
        return contact;
    }
}
