package org.dateline.core.dictionary;

import java.util.List;

/**
 * One pattern of a verb family: what comes before the verb ({@code *}) and after it, and the code it gives.
 * {@code - * (FOR {FINANCIAL AID}) [020]} reads "the verb, then FOR with the object FINANCIAL AID".
 *
 * @param comment the comment after the pattern, where coders note the verb it was written for ({@code RUSH})
 */
public record VerbPattern(List<PatternToken> beforeVerb, List<PatternToken> afterVerb, VerbCode code, String comment,
                          int line) {
    public VerbPattern {
        beforeVerb = List.copyOf(beforeVerb);
        afterVerb = List.copyOf(afterVerb);
    }
}
