/**
 * Online enquiries (网上留言咨询) and 12345 hotline tickets (R21–R23): one queue for the office, transfers to
 * departments on the ledger's clock (R22), extensions on request, an explanation for every item even when it is
 * unfounded or out of scope (R23), a public list of the answers people allowed to be shown, and monthly figures.
 */
package org.gongkai.enquiries;
