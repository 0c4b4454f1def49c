package org.gongkai.servicelist.service;

import static org.gongkai.search.HtmlText.escape;

import java.util.List;
import java.util.Map;

import org.gongkai.organisation.Department;
import org.gongkai.servicelist.ServiceEntry;
import org.gongkai.servicelist.ServiceList.Kind;

/** A service list as its item shows it (R35): the powers and the services as tables, each guide as a section. Every value escaped. */
final class ServiceListText {
    private ServiceListText() {}

    static String summary(Kind kind, List<ServiceEntry> es) {
        return switch (kind) {
            case POWER -> "本局权责事项共" + es.size() + "项，列明权力类别、实施依据、实施主体、责任事项、追责情形和监督电话。";
            case PUBLIC_SERVICE -> "本局公共服务事项共" + es.size() + "项，列明设定依据、实施主体、服务对象、办理渠道和收费。";
            case GUIDE -> "本局办事指南共" + es.size() + "项，列明受理条件、申请材料、办理流程、办结时限、收费、地点、时间和咨询电话。";
        };
    }

    static String body(Kind kind, List<ServiceEntry> es, Map<String, Department> departments) {
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case POWER -> {
                b.append("<table><thead><tr><th>编码</th><th>事项名称</th><th>权力类别</th><th>实施依据</th><th>实施主体</th><th>责任事项</th><th>追责情形</th><th>监督电话</th></tr></thead><tbody>");
                for (ServiceEntry e : es) {
                    row(b, e.code, e.name, e.category, e.legalBasis, name(departments, e.departmentCode), e.responsibility, e.accountability, e.supervisionPhone);
                }
                b.append("</tbody></table>");
            }
            case PUBLIC_SERVICE -> {
                b.append("<table><thead><tr><th>编码</th><th>服务事项</th><th>类别</th><th>设定依据</th><th>实施主体</th><th>服务对象</th><th>办理渠道</th><th>收费</th></tr></thead><tbody>");
                for (ServiceEntry e : es) row(b, e.code, e.name, e.category, e.legalBasis, name(departments, e.departmentCode), e.serviceObject, e.channel, e.fee);
                b.append("</tbody></table>");
            }
            case GUIDE -> {
                for (ServiceEntry e : es) {
                    b.append("<section><h2>").append(escape(e.name)).append("（").append(escape(e.code)).append("）</h2><dl>");
                    term(b, "事项类别", e.category);
                    term(b, "设定依据", e.legalBasis);
                    term(b, "实施主体", name(departments, e.departmentCode));
                    term(b, "受理条件", e.conditions);
                    b.append("<dt>申请材料</dt><dd><ol>");
                    for (String m : e.materials.split("\n")) b.append("<li>").append(escape(m)).append("</li>");
                    b.append("</ol></dd>");
                    term(b, "办理流程", e.procedure);
                    term(b, "法定办结时限", e.statutoryDays + "个工作日");
                    if (e.promisedDays != null) term(b, "承诺办结时限", e.promisedDays + "个工作日");
                    term(b, "收费标准", e.fee);
                    term(b, "办理地点", e.venue);
                    term(b, "办理时间", e.hours);
                    term(b, "咨询电话", e.phone);
                    if (e.onlineUrl != null) {
                        b.append("<dt>网上办理</dt><dd><a href=\"").append(escape(e.onlineUrl)).append("\">").append(escape(e.onlineUrl)).append("</a></dd>");
                    }
                    b.append("</dl></section>");
                }
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        b.append("<tr>");
        for (String c : cells) b.append("<td>").append(escape(c)).append("</td>");
        b.append("</tr>");
    }

    private static void term(StringBuilder b, String term, String value) {
        b.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private static String name(Map<String, Department> departments, String code) {
        Department d = departments.get(code);
        return d == null ? code : d.nameZh;
    }

}
