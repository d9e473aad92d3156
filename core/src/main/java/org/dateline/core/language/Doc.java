package org.dateline.core.language;

import org.dateline.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One article's working state inside the analyser: body, tokens, mentions. Confined to the analysing thread. */
final class Doc {
    final String body;
    final List<Sentence> sentences;
    final List<Token> tokens = new ArrayList<>();
    final int[] sentenceOf;
    final Map<Integer, Integer> tokenStartingAt = new HashMap<>();
    final Map<Integer, Integer> tokenEndingAt = new HashMap<>();
    final Gazetteer gazetteer;
    final List<Mention> mentions = new ArrayList<>();
    /** ISO codes of countries the article names (by name, alias, capital or demonym). */
    final Set<String> countriesNamed = new HashSet<>();
    /** The country of the dateline city, or null: the default owner of "the ministry". */
    String datelineCountry;
    /** The state the story is set in ({@link StorySetting}): the dateline's, else the one its headline places it in. */
    String settingCountry;
    /** The dateline's country, else the home of the article's news agency: whose "Korean" an article means first. */
    String homeCountry;
    /** Body ranges inside quotation marks, as {start, end} pairs. */
    List<int[]> quoteSpans = List.of();

    Doc(String body, List<Sentence> sentences, Gazetteer gazetteer) {
        this.body = body;
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        for (Sentence s : sentences) tokens.addAll(s.tokens());
        sentenceOf = new int[tokens.size()];
        for (Sentence s : sentences) for (Token t : s.tokens()) sentenceOf[t.index()] = s.index();
        for (Token t : tokens) {
            tokenStartingAt.put(t.start(), t.index());
            tokenEndingAt.put(t.end(), t.index());
        }
    }

    Token token(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    String lower(int i) {
        Token t = token(i);
        return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
    }

    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < tokens.size() && j < tokens.size() && sentenceOf[i] == sentenceOf[j];
    }

    /** The mention covering token i, or null. */
    Mention mentionAt(int i) {
        for (Mention m : mentions) if (m.firstToken <= i && i <= m.lastToken) return m;
        return null;
    }

    boolean inQuote(int offset) {
        for (int[] q : quoteSpans) if (q[0] <= offset && offset < q[1]) return true;
        return false;
    }

    void sortMentions() { mentions.sort(Comparator.comparingInt((Mention m) -> m.start).thenComparingInt(m -> -m.end)); }

    Mention newMention(int firstToken, int lastToken, EntityType type) {
        return new Mention(tokens.get(firstToken).start(), tokens.get(lastToken).end(), firstToken, lastToken,
                sentenceOf[firstToken], type);
    }
}
