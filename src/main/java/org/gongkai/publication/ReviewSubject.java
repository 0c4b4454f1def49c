package org.gongkai.publication;

/**
 * What the pipeline needs to know of a thing under review. {@code live}: a version of it is on the portal now.
 */
public record ReviewSubject(String type, String id, String title, String departmentCode, String drafter,
                            PublicationState state, DisclosureAttribute attribute, String attributeBasis,
                            String attributeReason, int round, boolean live) {
}
