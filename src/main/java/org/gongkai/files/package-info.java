/**
 * Attachments behind one interface ({@link org.gongkai.files.FileStore}: a local folder by default, an S3-compatible
 * store in production can replace it), described in the {@code attachment} table, typed from their bytes (Tika).
 */
package org.gongkai.files;
