package org.dateline.model;

/**
 * The country field of entities and participants: an ISO 3166 alpha-3 code for a state, {@link #INTERNATIONAL} for an
 * international body (the UN, the African Union: CAMEO's "IGO"), or null when the text gives none. Many rules want a
 * state only, since an international body has no territory, government or people to stand for: {@link #isState}
 * says it once.
 */
public final class CountryCodes {
    /** The country code of an international body, as CAMEO writes it. */
    public static final String INTERNATIONAL = "IGO";

    private CountryCodes() {}

    /** True when the code names a state: given, and not an international body's. */
    public static boolean isState(String code) {
        return code != null && !INTERNATIONAL.equals(code);
    }
}
