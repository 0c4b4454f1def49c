package org.gongkai.testsupport;

import static org.gongkai.testsupport.Users.as;

import java.util.List;
import java.util.Map;

/** The data catalogue in tests: resources added by the info section, the register drafted by the office and published through the review. */
public final class DataCatalogues {
    private DataCatalogues() {}

    /** Adds each resource, then drafts and publishes the catalogue with them. */
    @SafeVarargs
    public static void publishWith(String reason, Map<String, Object>... resources) {
        for (Map<String, Object> r : resources) as("infosection").body(r).post("/api/v1/data-resources").then().statusCode(201);
        as("office").body(Map.of("reason", reason)).post("/api/v1/data-resources/catalogue/list-item").then().statusCode(200);
        long item = as("infosection").get("/api/v1/data-resources/catalogue").then().statusCode(200).extract().jsonPath().getLong("itemId");
        Items.publishByOffice(item);
    }

    /** A resource of JCJY's with the given fields; {@code system} null: no system carries it. */
    public static Map<String, Object> resource(String code, String name, String system, String shareType, List<Map<String, String>> fields) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("code", code);
        m.put("classification", code.substring(0, code.indexOf('-')));
        m.put("name", name);
        m.put("providerDepartmentCode", "JCJY");
        m.put("summary", "测试用资源：" + name);
        m.put("format", "DATABASE");
        m.put("shareType", shareType);
        if (!"UNCONDITIONAL".equals(shareType)) m.put("shareCondition", "仅向教育、人社部门共享，用于资格核验");
        m.put("openType", "NOT_OPEN");
        m.put("openCondition", "含个人信息，不予开放");
        m.put("updateCycle", "REAL_TIME");
        if (system != null) m.put("systemName", system);
        m.put("fields", fields);
        return m;
    }

    public static Map<String, String> field(String name, String sensitivity, String mask) {
        return mask == null ? Map.of("name", name, "type", "STRING", "sensitivity", sensitivity) : Map.of("name", name, "type", "STRING", "sensitivity", sensitivity, "mask", mask);
    }
}
