package org.gongkai.disclosure.service;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.InfoItem;
import org.gongkai.disclosure.Validity;
import org.gongkai.publication.DisclosureAttribute;

/** The fields a drafter fills in. */
public record ItemInput(InfoItem.Kind kind, String columnCode, String title, String docNumber, String issuingDepartment,
                        LocalDate createdDate, List<String> subjects, String summary, String body,
                        DisclosureAttribute attribute, String attributeBasis, String attributeReason, LocalDate reviewDate,
                        Boolean normative, Validity validity, LocalDate validFrom, LocalDate validTo, LocalDate expiresOn,
                        List<Channel> channels, org.gongkai.disclosure.ItemType type, String featureType, String featureId,
                        Boolean majorDecision, org.gongkai.interpretation.InterpretationDetails interpretation, Long interprets) {

    /** A document (the common case), not tied to a feature record. */
    public ItemInput(InfoItem.Kind kind, String columnCode, String title, String docNumber, String issuingDepartment,
                     LocalDate createdDate, List<String> subjects, String summary, String body,
                     DisclosureAttribute attribute, String attributeBasis, String attributeReason, LocalDate reviewDate,
                     Boolean normative, Validity validity, LocalDate validFrom, LocalDate validTo, LocalDate expiresOn,
                     List<Channel> channels) {
        this(kind, columnCode, title, docNumber, issuingDepartment, createdDate, subjects, summary, body, attribute, attributeBasis,
                attributeReason, reviewDate, normative, validity, validFrom, validTo, expiresOn, channels, null, null, null, null, null, null);
    }

    /** With the type's default catalogue column when none is named (issue 10). */
    public ItemInput withTypeDefaults() {
        if ((columnCode == null || columnCode.isBlank()) && type != null && type.defaultColumn != null) {
            return new ItemInput(kind, type.defaultColumn, title, docNumber, issuingDepartment, createdDate, subjects, summary, body,
                    attribute, attributeBasis, attributeReason, reviewDate, normative, validity, validFrom, validTo, expiresOn, channels,
                    type, featureType, featureId, majorDecision, interpretation, interprets);
        }
        return this;
    }

    /** The same input with its body replaced (by the sanitised body, computed on a worker). */
    public ItemInput withBody(String newBody) {
        return new ItemInput(kind, columnCode, title, docNumber, issuingDepartment, createdDate, subjects, summary, newBody,
                attribute, attributeBasis, attributeReason, reviewDate, normative, validity, validFrom, validTo, expiresOn, channels,
                type, featureType, featureId, majorDecision, interpretation, interprets);
    }
}
