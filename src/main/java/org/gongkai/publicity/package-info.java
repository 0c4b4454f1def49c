/**
 * Double publicity (双公示, R35, issue 13): administrative licensing and penalty decisions with the national credit
 * field set, published within 7 working days as items through the review, natural persons masked, a penalty's
 * publicity ended on its day (item withdrawn, archive kept), corrections and revocations; the exchange with the
 * city's credit platform through one boundary ({@link org.gongkai.publicity.service.CreditPlatform}).
 */
package org.gongkai.publicity;
