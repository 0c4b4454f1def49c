/**
 * The publication pipeline (shared mechanism 3, R12, R13): every thing that reaches the portal passes the same
 * confidentiality review — the drafter's written opinion (保密审查意见), approval by the head of the drafting
 * department, approval by the head of the office — and the same states
 * (draft → submitted → department-approved → published → revised / withdrawn), with its disclosure attribute.
 * Opinions are archived and immutable ({@link org.gongkai.publication.ReviewOpinion}); every move is an audit event;
 * publication closes the R8 obligations of its subject. Features keep their own content and state column and ask
 * {@link org.gongkai.publication.service.PublicationPipeline} for each move.
 */
package org.gongkai.publication;
