package org.gongkai.publicity.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.publicity.AdminDecision;

/**
 * The credit platform's exchange format (行政许可、行政处罚信用信息数据标准): each field under its code, in the standard's
 * order. A natural person's name goes masked and the ID number never: the platform identifies the person through
 * its own registers, not through a file that may be copied.
 */
public final class CreditExchange {
    private CreditExchange() {}

    public static final List<String> LICENSING = List.of("XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_FRDB", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS",
            "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "XK_GKFW");
    public static final List<String> PENALTY = List.of("CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_FRDB", "CF_CFMC", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ",
            "CF_CFLB", "CF_NR", "CF_NR_FK", "CF_NR_WFFF", "CF_NR_ZKDX", "CF_JDRQ", "CF_GSJZQ", "CF_CFJG", "CF_CFJGDM", "CF_ZT", "CF_SJLY", "CF_SJLYDM", "CF_GKFW");

    static final Map<AdminDecision.PartyCategory, String> PARTY = Map.of(AdminDecision.PartyCategory.LEGAL_PERSON, "法人及非法人组织",
            AdminDecision.PartyCategory.OTHER_ORGANISATION, "法人及非法人组织", AdminDecision.PartyCategory.INDIVIDUAL_BUSINESS, "个体工商户",
            AdminDecision.PartyCategory.NATURAL_PERSON, "自然人");

    public static List<String> codes(AdminDecision.Kind kind) {
        return kind == AdminDecision.Kind.LICENSING ? LICENSING : PENALTY;
    }

    /** The record's fields by code (values as text; absent ones empty). */
    public static Map<String, Object> fields(AdminDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        String state = switch (d.state) {
            case REVOKED -> "撤销";
            case ENDED -> "公示期满";
            default -> "有效";
        };
        String scope = d.shareOnly ? "仅共享" : "社会公开";
        if (d.kind == AdminDecision.Kind.LICENSING) {
            m.put("XK_XDR_MC", d.partyNamePublic);
            m.put("XK_XDR_LB", PARTY.get(d.partyCategory));
            m.put("XK_XDR_SHXYM", str(d.creditCode));
            m.put("XK_FRDB", str(d.legalRepPublic));
            m.put("XK_XKWS", d.documentName);
            m.put("XK_WSH", d.documentNumber);
            m.put("XK_XKLB", str(d.licenceCategory));
            m.put("XK_XKZS", str(d.certificateName));
            m.put("XK_XKBH", str(d.certificateNumber));
            m.put("XK_NR", str(d.content));
            m.put("XK_JDRQ", d.decisionDate.toString());
            m.put("XK_YXQZ", str(d.validFrom));
            m.put("XK_YXQZI", d.validTo == null ? "2099-12-31" : d.validTo.toString());
            m.put("XK_XKJG", d.authority);
            m.put("XK_XKJGDM", d.authorityCode);
            m.put("XK_ZT", state);
            m.put("XK_LYDW", d.dataSource);
            m.put("XK_LYDWDM", d.dataSourceCode);
            m.put("XK_GKFW", scope);
        } else {
            m.put("CF_XDR_MC", d.partyNamePublic);
            m.put("CF_XDR_LB", PARTY.get(d.partyCategory));
            m.put("CF_XDR_SHXYM", str(d.creditCode));
            m.put("CF_FRDB", str(d.legalRepPublic));
            m.put("CF_CFMC", d.documentName);
            m.put("CF_WSH", d.documentNumber);
            m.put("CF_WFXW", str(d.offenceType));
            m.put("CF_SY", str(d.facts));
            m.put("CF_YJ", str(d.legalBasis));
            m.put("CF_CFLB", str(d.penaltyCategory));
            m.put("CF_NR", str(d.content));
            m.put("CF_NR_FK", d.fineAmount == null ? "" : d.fineAmount.stripTrailingZeros().toPlainString());
            m.put("CF_NR_WFFF", d.confiscationAmount == null ? "" : d.confiscationAmount.stripTrailingZeros().toPlainString());
            m.put("CF_NR_ZKDX", str(d.licenceAction));
            m.put("CF_JDRQ", d.decisionDate.toString());
            m.put("CF_GSJZQ", str(d.publicityEndsOn));
            m.put("CF_CFJG", d.authority);
            m.put("CF_CFJGDM", d.authorityCode);
            m.put("CF_ZT", state);
            m.put("CF_SJLY", d.dataSource);
            m.put("CF_SJLYDM", d.dataSourceCode);
            m.put("CF_GKFW", scope);
        }
        return m;
    }

    /** Records of one kind as CSV, a header of the field codes ({@link org.gongkai.common.csv.Csv}). */
    public static String csv(AdminDecision.Kind kind, List<Map<String, Object>> records) {
        return org.gongkai.common.csv.Csv.write(codes(kind), records.stream()
                .map(r -> codes(kind).stream().map(c -> String.valueOf(r.getOrDefault(c, ""))).toList()).toList());
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
