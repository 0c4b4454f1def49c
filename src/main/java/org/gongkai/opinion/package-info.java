/**
 * Public-opinion events (舆情, R27, issue 11; 国办发〔2016〕61号): logged by the office with the unit involved, answered
 * within 48 hours (a press conference or briefing within 24 for a 重大 or 特别重大 event) — hour clocks on the
 * obligation ledger, reminded at their shares and escalated to the leaders —, responses recorded, closed with an
 * assessment. Nothing here is public but a response statement published through the pipeline as an item.
 */
package org.gongkai.opinion;
