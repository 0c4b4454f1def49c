package org.gongkai.disclosure.service;

import io.smallrye.mutiny.Uni;
import org.gongkai.audit.Actor;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.InfoItemVersion;

/**
 * What a feature does when an item goes live (issue 11): a bean of this type is called for every published version,
 * inside the publication's transaction — its failure undoes the publication. The interpretation counts towards the
 * head's yearly quota (R26) and meets its document's R24 obligation; a document published before its interpretation,
 * where a setting allows it, opens that obligation.
 */
public interface ItemPublished {
    Uni<Void> published(InfoItem item, InfoItemVersion version, Actor actor);
}
