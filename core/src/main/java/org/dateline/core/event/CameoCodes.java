package org.dateline.core.event;

/**
 * The CAMEO codes and roots that the coder's own rules name. Which word gives which code is for the resources
 * ({@code triggers.tsv}, {@code wraps.tsv}, {@code cameo-plover.tsv}); these are the few codes whose meaning a rule
 * depends on: a visit has a destination, a hosted visit is no meeting to split, a refused intention is a
 * rejection.
 */
public final class CameoCodes {
    /** 02: appeals, which PLOVER reads as REQUEST. */
    public static final String APPEAL_ROOT = "02";
    /** 03: expressions of intent to cooperate. */
    public static final String INTENT_ROOT = "03";
    /** 04: consultations, meetings and visits. */
    public static final String CONSULT_ROOT = "04";
    /** 05: diplomatic cooperation: praise, endorsement, support. */
    public static final String SUPPORT_ROOT = "05";
    /** 11: disapproval and accusation, by words: what a verb of attacking with an issue ("over X") is. */
    public static final String DISAPPROVE_ROOT = "11";
    /** 12: rejections. */
    public static final String REJECT_ROOT = "12";
    /** 13: threats. */
    public static final String THREATEN_ROOT = "13";
    /** 14: protests (demonstrations, strikes, boycotts). */
    public static final String PROTEST_ROOT = "14";
    /** 040: consult, no more said. */
    public static final String CONSULT = "040";
    /** 041: discuss by telephone. */
    public static final String PHONE_CALL = "041";
    /** 042: make a visit. */
    public static final String MAKE_VISIT = "042";
    /** 043: host a visit. */
    public static final String HOST_VISIT = "043";
    /** 120: reject, no more said. */
    public static final String REJECT = "120";
    /** Cooperate militarily: what a military exercise of two or more sides is. */
    public static final String MILITARY_COOPERATION = "062";
    /** Praise or endorse: what tributes and acclaim reported of someone are. */
    public static final String PRAISE = "051";
    /** A signed agreement, declaration or contract: the signatories' one act (CODING.md section 2). */
    public static final String SIGN_AGREEMENT = "057";
    /** Demand, unspecified (a document's "X should stop Y"). */
    public static final String DEMAND = "100";

    private CameoCodes() {}

    /** The general code of a root: "03" -> "030". */
    static String general(String root) { return root + "0"; }
}
