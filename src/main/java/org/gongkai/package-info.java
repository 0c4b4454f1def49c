/**
 * Gongkai 政务公开平台: one Quarkus application, packages by feature (see shared/docs/architecture.md).
 * The four shared mechanisms live in {@code calendar}, {@code compliance}, {@code publication} and {@code audit};
 * {@code organisation} holds departments and roles; {@code common} holds errors, paging, security and time.
 */
package org.gongkai;
