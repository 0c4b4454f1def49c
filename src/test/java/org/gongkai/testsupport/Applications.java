package org.gongkai.testsupport;

import java.util.HashMap;
import java.util.Map;

/** An application as a natural person fills it in (the same personal data every test then checks is never shown). */
public final class Applications {
    private Applications() {}

    public static Map<String, Object> body(String description, String delivery) {
        Map<String, Object> m = new HashMap<>();
        m.put("applicantType", "NATURAL_PERSON");
        m.put("name", "王小明");
        m.put("idType", "居民身份证");
        m.put("idNumber", "371302199001011234");
        m.put("phone", "13700001111");
        m.put("email", "wxm@example.cn");
        m.put("address", "临沂市兰山区某路1号");
        m.put("description", description);
        m.put("deliveryForm", delivery);
        return m;
    }
}
