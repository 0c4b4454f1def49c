/**
 * Meetings open to the public (会议公开, R31) and attendance at the director's meetings (R32), issue 13: a meeting's
 * notice and its materials are items through the review; the organiser hands the materials to the office within 1
 * working day after the meeting ends (the R31 clock); the office marks a director's meeting's topics open to
 * attendance, the reporting department agrees or declines with its reason, invited representatives and what they
 * said are published with the materials (names masked).
 */
package org.gongkai.meeting;
