package org.dateline.core.event;

/**
 * Why an act the text tells is background history rather than an event of the story (CODING.md section 7, question
 * 126). The ruling: a single past act told in a main clause with a date of its own (a day, a month, a year, a decade)
 * is an event with that date, however old ("American planes bombed the port in 1950"); an act told only in a
 * background clause, an act retold with no date of its own, the act an anniversary is of, and conduct told as a
 * habit or a count of many acts are no event. Each constant names one linguistic construction the coder recognises;
 * a draft marked with any of them ({@link Draft#background}) is left out of the article's events.
 */
enum Background {
    /**
     * "When the envoy visited Pyongyang, the leader decided to help": a plain past act in a "when" clause, with no date
     * of its own or of its main clause, sets the scene for the act the main clause tells ({@link PastCues#sceneSetting}).
     * A "when" clause of the news dated by its main clause ("said so on Monday when the ambassador called on him")
     * shares that date and stays.
     */
    WHEN_CLAUSE,
    /**
     * "Held drills almost every day", "visited the country several times", "time and again": acts told as done
     * again and again sum up many acts, none of them in view ({@link RepeatedActs}).
     */
    REPEATED,
    /**
     * "Marked the 55th anniversary of the leader's visit": the anniversary is the occasion of the act told (the film
     * show), and the act it counts back to is history named, not told ({@link Anniversaries}).
     */
    ANNIVERSARY,
    /**
     * "During the Korean War the invaders bombed the schools", "in the postwar period he called on the workers", "the
     * visits paid in recent years": an act placed only in an age the text gives no date ({@link UndatedAges}): a past
     * act retold with no date of its own (CODING.md section 7, question 126). The same act with a date of its own ("in
     * 1950") keeps it and stays an event.
     */
    UNDATED_AGE,
    /**
     * "Have staged war maneuvers for more than six decades", "the blockade imposed for over 50 years": conduct kept up
     * over a counted span of years, habitual or ongoing, no act of the day ({@link UndatedAges}; section 7).
     */
    LASTING,
    /**
     * An act of an essay that goes on telling an age it gives no date ("During the war the invaders burned the
     * villages. They killed civilians."): a retelling with no date of its own ({@link NarratedPast}).
     */
    NARRATED_AGE,
    /**
     * "Soldiers and people of two provinces met on Saturday to vow ...": a mass meeting of the home state's own people,
     * one side gathered, no meeting between parties, the occasion of the speeches and vows told after it
     * ({@link HomeMassMeetings}). Kept as a draft so that "they" in the next sentences still names its people.
     */
    GATHERING_OCCASION
}
