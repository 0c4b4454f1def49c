/**
 * Random inspections (双随机一公开, R34, issue 13): the list of matters kept by the legal section, the directories of
 * targets and inspectors with their conflicts, the seeded replayable {@link org.gongkai.inspection.Draw}, results due
 * within 20 working days after the inspection ends, published through the review; each department's yearly quota.
 */
package org.gongkai.inspection;
