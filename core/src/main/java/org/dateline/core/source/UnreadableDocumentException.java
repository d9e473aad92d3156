package org.dateline.core.source;

/** A document that cannot be read as an article; the message is one line saying why ("binary content", "empty"). */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String reason) { super(reason); }
}
