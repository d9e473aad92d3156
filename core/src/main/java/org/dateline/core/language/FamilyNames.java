package org.dateline.core.language;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.core.resources.ResourceFile;

/**
 * The East Asian family names of {@code surnames.txt}, which open a person's name ("Kim Jong Un", "Park Min-jae"):
 * read once here, for the recogniser that tags such names by their shape and for whoever must know that a name's
 * first word is a family name, not a given name that may be dropped.
 */
public final class FamilyNames {
    private static final Set<String> WORDS = ResourceFile.lines(FamilyNames.class, "surnames.txt").stream()
            .flatMap(l -> Arrays.stream(l.text().strip().split("\\s+"))).collect(Collectors.toUnmodifiableSet());

    private FamilyNames() {}

    /** The family names as written in the list ("Kim", "Choe", "Park"). */
    public static Set<String> words() { return WORDS; }
}
