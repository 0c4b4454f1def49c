/**
 * Press conferences (新闻发布会, R28–R29, issue 11): topics proposed by departments, selected by the office into the
 * yearly press plan (an item of type PRESS_PLAN, each adjustment a new version with its reason); conferences with
 * their speakers, the documents they interpret, and each department's materials due on the ledger N working days
 * before; emergencies called at any time outside the plan (R29); afterwards the record published through the
 * pipeline (PRESS_RECORD), counted towards the head's yearly interpretation when the head spoke (R26).
 */
package org.gongkai.press;
