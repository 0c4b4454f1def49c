/**
 * Data resources (R37–R43, issue 14): the catalogue of resources with their fields, sensitivity and masking rules
 * (R37, {@link org.gongkai.dataresource.FieldMask}), versioned and published through the review (R38, R39), read on
 * the portal and by harvesters (DCAT, CKAN's read API). Sharing by API call, grants and requests both ways are next.
 */
package org.gongkai.dataresource;
