/**
 * Search as a shared mechanism (issue 9, first step of issue 10): Chinese words with smartcn, HTML to plain text,
 * highlighting. Used by the items, the answered enquiries and every later public list; no feature imports
 * another's search.
 */
package org.gongkai.search;
