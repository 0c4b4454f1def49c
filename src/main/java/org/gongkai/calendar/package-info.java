/**
 * The working-day calendar (shared mechanism 1, architecture.md): official days off and make-up working days
 * per year (holiday-cn format, shipped for 2018–2026, importable by an administrator), and the counting rules
 * of legal-rules.md. Every deadline in the product is computed here and carries its explanation.
 */
package org.gongkai.calendar;
