package org.dateline.core.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the verb dictionary: synonym sets ({@code &NAME} and {@code +} lines), verb families (a
 * {@code --- NAME [code] ---} header, verb lines, {@code -} pattern lines) and {@code ~} transformations. A pattern
 * that does not fit, or uses a synonym set not defined above it (PETRARCH skips those), is reported and left out of
 * its family.
 */
final class VerbParser extends EntryParser<VerbEntry> {
    private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*(?:\\[([^\\]]*)])?\\s*---");
    private static final Pattern VERB = Pattern.compile("([^\\s{\\[]+)\\s*(?:\\{([^}]*)})?\\s*(?:\\[([^\\]]*)])?");
    private static final Pattern PATTERN = Pattern.compile("-\\s+(.*?)\\s*\\[([^\\]]*)]");

    private final Set<String> synsets = new HashSet<>();

    VerbParser(LineReader lines, Consumer<DictionaryException> onProblem) { super(lines, onProblem); }

    @Override
    VerbEntry parseNext() {
        DictionaryLine line = lines.next();
        if (line == null) return null;
        String t = line.text();
        if (t.startsWith("&")) return synset(line);
        if (t.startsWith("~")) return transformation(line);
        if (t.startsWith("---")) return family(line);
        throw error(line, "outside any verb family (a '--- NAME [code] ---' header comes first)");
    }

    private VerbEntry.Synset synset(DictionaryLine first) {
        String name = first.text();
        if (!name.matches("&[A-Z0-9_]+")) throw error(first, "a synonym set label is & and one word");
        boolean labelPlurals = !name.endsWith("_");
        List<VerbEntry.Synset.Member> members = new ArrayList<>();
        for (DictionaryLine l; (l = lines.next()) != null; ) {
            if (!l.text().startsWith("+")) {
                lines.pushBack(l);
                break;
            }
            String phrase = l.text().substring(1).strip();
            if (phrase.isEmpty() || phrase.matches(".*[$+%^&\\[{(].*"))
                throw error(l, "a synonym set holds words only");
            members.add(new VerbEntry.Synset.Member(PetrarchPhrase.text(phrase),
                    labelPlurals && !PetrarchPhrase.endsWithUnderscore(phrase)));
        }
        if (members.isEmpty()) throw error(first, "a synonym set without + lines");
        synsets.add(name);
        return new VerbEntry.Synset(name, members, first.number());
    }

    private VerbEntry.Transformation transformation(DictionaryLine line) {
        String body = line.text().substring(1).strip();
        int eq = body.indexOf('=');
        if (eq <= 0 || eq == body.length() - 1) throw error(line, "a transformation is '~ pattern = result'");
        return new VerbEntry.Transformation(body.substring(0, eq).strip(), body.substring(eq + 1).strip(), line.number());
    }

    private VerbEntry.Family family(DictionaryLine header) {
        Matcher h = HEADER.matcher(header.text());
        if (!h.matches() || h.group(1).isEmpty()) throw error(header, "not '--- NAME [code] ---'");
        Optional<VerbCode> code = code(header, h.group(2)).filter(c -> !c.isNull());
        List<Verb> verbs = new ArrayList<>();
        List<VerbPattern> patterns = new ArrayList<>();
        for (DictionaryLine l; (l = lines.next()) != null; ) {
            String t = l.text();
            if (t.startsWith("---") || t.startsWith("&") || t.startsWith("~")) {
                lines.pushBack(l);
                break;
            }
            try {
                if (t.startsWith("-")) patterns.add(pattern(l));
                else verbs.add(verb(l));
            } catch (DictionaryException e) {
                problem(e);
            }
        }
        return new VerbEntry.Family(h.group(1), code, verbs, patterns, header.number());
    }

    private Optional<VerbCode> code(DictionaryLine line, String inside) {
        if (inside == null) return Optional.empty();
        VerbCode c = VerbCode.parse(inside);
        if (c == null) throw error(line, "not a CAMEO code in brackets");
        return Optional.of(c);
    }

    private Verb verb(DictionaryLine line) {
        Matcher m = VERB.matcher(line.text());
        if (!m.matches()) throw error(line, "not 'VERB {FORMS} [code]'");
        String phrase = m.group(1);
        if (phrase.indexOf('+') != phrase.lastIndexOf('+') || phrase.contains("_") != phrase.contains("+"))
            throw error(line, "a multi-word verb marks its one verb word with +");
        Optional<List<String>> forms = m.group(2) == null ? Optional.empty()
                : Optional.of(Arrays.stream(m.group(2).split("\\s+")).filter(s -> !s.isEmpty()).toList());
        return new Verb(phrase, forms, code(line, m.group(3)), line.number());
    }

    private VerbPattern pattern(DictionaryLine line) {
        Matcher m = PATTERN.matcher(line.text());
        if (!m.matches()) throw error(line, "not '- pattern [code]'");
        VerbCode code = code(line, m.group(2)).orElseThrow();
        List<PatternToken> before = new ArrayList<>(), after = new ArrayList<>();
        boolean verbSeen = false;
        PatternTokenizer tokens = new PatternTokenizer(m.group(1), reason -> error(line, reason));
        for (String tok; (tok = tokens.peek()) != null; ) {
            if (tok.equals("*")) {
                tokens.take();
                if (verbSeen) throw error(line, "two * in one pattern");
                verbSeen = true;
                continue;
            }
            (verbSeen ? after : before).add(tokens.element());
        }
        if (!verbSeen) throw error(line, "a pattern needs * where the verb stands");
        for (String name : tokens.synsetsUsed())
            if (!synsets.contains(name)) throw error(line, "synonym set " + name + " is not defined above");
        return new VerbPattern(before, after, code, line.comment(), line.number());
    }
}
