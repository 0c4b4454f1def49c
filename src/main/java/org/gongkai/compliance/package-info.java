/**
 * The obligation ledger (shared mechanism 2): every legal clock is one {@link org.gongkai.compliance.Obligation}.
 * Features open, pause, resume, extend, restart, complete and cancel obligations through
 * {@link org.gongkai.compliance.service.ObligationService}; "overdue", "due soon" and "met late" are derived when read
 * ({@link org.gongkai.compliance.ObligationStatus}), never stored. A daily sweep marks reminders.
 */
package org.gongkai.compliance;
