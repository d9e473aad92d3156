package org.dateline.core.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a verb pattern into elements: words, {@code &SYNSETS}, the slots {@code $ + % ^}, braced noun phrases or
 * disjunctions, and parenthesised prepositional phrases (which may hold braces, not other parentheses).
 */
final class PatternTokenizer {
    private static final Pattern TOKEN = Pattern.compile("[(){}|]|[^\\s(){}|]+");

    private final List<String> tokens = new ArrayList<>();
    private final Function<String, DictionaryException> error;
    private final Set<String> synsetsUsed = new LinkedHashSet<>();
    private int at;

    PatternTokenizer(String text, Function<String, DictionaryException> error) {
        this.error = error;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
    }

    String peek() { return at < tokens.size() ? tokens.get(at) : null; }

    String take() {
        if (at >= tokens.size()) throw error.apply("the pattern ends inside a group");
        return tokens.get(at++);
    }

    Set<String> synsetsUsed() { return synsetsUsed; }

    /** One element at the top level or inside a group. */
    PatternToken element() {
        String t = take();
        switch (t) {
            case "{": return braces();
            case "(": return parentheses();
            case ")", "}", "|", "*": throw error.apply("'" + t + "' out of place");
            default: return simple(t);
        }
    }

    private PatternToken simple(String t) {
        return switch (t) {
            case "$" -> new PatternToken.Slot(PatternToken.Slot.Kind.SOURCE);
            case "+" -> new PatternToken.Slot(PatternToken.Slot.Kind.TARGET);
            case "%" -> new PatternToken.Slot(PatternToken.Slot.Kind.COMPOUND);
            case "^" -> new PatternToken.Slot(PatternToken.Slot.Kind.SKIP);
            default -> {
                if (t.startsWith("&")) {
                    synsetsUsed.add(t);
                    yield new PatternToken.SynsetRef(t);
                }
                yield new PatternToken.Word(t);
            }
        };
    }

    private PatternToken braces() {
        List<List<PatternToken>> choices = new ArrayList<>();
        List<PatternToken> current = new ArrayList<>();
        while (true) {
            String t = peek();
            if (t == null) throw error.apply("a { without its }");
            if (t.equals("}")) { take(); break; }
            if (t.equals("|")) { take(); choices.add(current); current = new ArrayList<>(); continue; }
            current.add(element());
        }
        choices.add(current);
        if (choices.stream().anyMatch(List::isEmpty)) throw error.apply("an empty part in braces");
        return choices.size() == 1 ? new PatternToken.NounPhrase(current) : new PatternToken.Alternatives(choices);
    }

    private PatternToken parentheses() {
        String preposition = take();
        if (!preposition.matches("[A-Za-z][A-Za-z_'./-]*")) throw error.apply("a ( must start with its preposition");
        List<PatternToken> object = new ArrayList<>();
        while (true) {
            String t = peek();
            if (t == null) throw error.apply("a ( without its )");
            if (t.equals("(")) throw error.apply("parentheses inside parentheses");
            if (t.equals(")")) { take(); break; }
            object.add(element());
        }
        return new PatternToken.Prepositional(preposition, object);
    }
}
