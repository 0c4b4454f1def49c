/**
 * The audit trail (shared mechanism 4): every state change and every staff write is one append-only event,
 * chained to the one before by an SM3 hash (GB/T 32905), so that a changed or deleted row is detected by
 * {@code GET /api/v1/audit/verify}.
 */
package org.gongkai.audit;
