/**
 * Public consultation on drafts (征求意见, R30, issue 12): a draft normative document or major decision open for comment
 * for at least 15 days (30 for a major administrative decision or rule), every comment given a fate, the adoption
 * report published within 30 days after the close; the document is routed only after it (a pipeline gate), or with an
 * exemption approved by the head of the office.
 */
package org.gongkai.consultation;
