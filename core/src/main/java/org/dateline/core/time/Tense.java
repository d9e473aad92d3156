package org.dateline.core.time;

/** Which way an underspecified date points from the anchor ("Friday" after "will" is the coming one). */
enum Tense { PAST, FUTURE, UNKNOWN }
