package org.gongkai.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.disclosure.service.ItemLinkService;
import org.gongkai.publication.PublicationGate;
import org.gongkai.publication.PublicationState;
import org.gongkai.publication.ReviewSubject;

/**
 * A gate as a feature registers one (issue 10), for the tests of the mechanism: an item whose title carries
 * 【须附解读】 is not submitted before an interpretation is linked to it (the shape of R24's rule).
 */
@ApplicationScoped
public class InterpretationGate implements PublicationGate {
    public static final String MARK = "【须附解读】";

    @Inject
    ItemLinkService links;

    @Override
    public Uni<Refusal> check(ReviewSubject subject, PublicationState.Action action) {
        if (action != PublicationState.Action.SUBMIT || !subject.title().contains(MARK)) return Uni.createFrom().nullItem();
        return links.of(Long.parseLong(subject.id())).map(l -> l.stream().anyMatch(x -> "INTERPRETED_BY".equals(x.direction())) ? null
                : new Refusal("test-interpretation", "须先起草并关联政策解读", "its interpretation must be drafted and linked first"));
    }
}
