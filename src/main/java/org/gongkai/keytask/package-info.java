/**
 * Key tasks (重点工作台账, R33, issue 13): the office's ledger of the year's tasks, the division published in the first
 * quarter, half-yearly inspection rounds with progress, problems and rectifications, each published through the review.
 */
package org.gongkai.keytask;
