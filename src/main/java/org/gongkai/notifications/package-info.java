/**
 * Notifications (issue 10), a shared mechanism: what the ledger's sweep marks (due soon, overdue, an hour clock's
 * reminders) and what the workflows hand on (assigned to you, returned to you, awaiting your approval or signature)
 * reaches people — in the console's list per user, by e-mail through an outbox to departments' mailboxes, and, with
 * their consent, to applicants and enquirers by e-mail, text message or WeChat subscription message. Messages carry no
 * personal data beyond the addressee's own. SMS and WeChat are boundaries: one interface each, a recording
 * implementation by default, so a bureau plugs in its gateway.
 */
package org.gongkai.notifications;
