package org.dateline.core.quote;

/**
 * 'X, a worker of the plant, said:' closing a paragraph, and the words quoted opening the next one: the speaker is
 * in the paragraph the colon ends, not in the quotation's own sentence (which names no one). Wire copy sets long
 * quotations so, a paragraph each.
 */
final class ColonIntroductions {
    private ColonIntroductions() {}

    /**
     * The offset of the colon that ends the paragraph before a quotation opening at {@code contentStart} (the
     * character after its opening mark), or -1 when the quotation does not open a paragraph after a colon.
     */
    static int colonBefore(String body, int contentStart) {
        int i = contentStart - 2;
        boolean newParagraph = false;
        while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
            if (body.charAt(i) == '\n') newParagraph = true;
            i--;
        }
        return newParagraph && i >= 0 && body.charAt(i) == ':' ? i : -1;
    }
}
