package org.dateline.core.language;

/**
 * One token of the body, kept small so that a whole article's tokens stay cheap to hold for the event coder.
 *
 * @param index position in the article's token sequence (0-based, across sentences)
 * @param start body offset (inclusive)
 * @param end   body offset (exclusive)
 * @param word  the text as written in the body
 * @param lemma CoreNLP lemma
 * @param pos   Penn Treebank tag
 * @param ner   CoreNLP 3-class NER tag (PERSON, ORGANIZATION, LOCATION) or "O"
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
    public boolean isVerb() { return pos.startsWith("VB") || "MD".equals(pos); }

    public boolean isNoun() { return pos.startsWith("NN"); }
}
