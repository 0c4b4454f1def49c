/**
 * Proactive disclosure (主动公开, R4–R14): information items and the Disclosure Guide, drafted with their
 * disclosure attribute, reviewed through the publication pipeline, published as versions on the portal, searched in
 * Chinese, fed to other channels, cleaned up (normative documents) and re-decided (attribute reviews).
 */
package org.gongkai.disclosure;
