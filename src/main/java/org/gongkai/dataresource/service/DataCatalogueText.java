package org.gongkai.dataresource.service;

import static org.gongkai.search.HtmlText.escape;

import java.util.List;
import java.util.Map;

import org.gongkai.dataresource.DataResource;
import org.gongkai.organisation.Department;

/** The catalogue as its item shows it (R38): one table row per resource, its fields and their sensitivity listed. Every value escaped. */
final class DataCatalogueText {
    private DataCatalogueText() {}

    static final Map<DataResource.ShareType, String> SHARE = Map.of(DataResource.ShareType.UNCONDITIONAL, "无条件共享",
            DataResource.ShareType.CONDITIONAL, "有条件共享", DataResource.ShareType.NOT_SHARED, "不予共享");
    static final Map<DataResource.OpenType, String> OPEN = Map.of(DataResource.OpenType.OPEN, "开放",
            DataResource.OpenType.CONDITIONAL, "有条件开放", DataResource.OpenType.NOT_OPEN, "不予开放");
    static final Map<DataCatalogueService.Sensitivity, String> SENSITIVITY = Map.of(DataCatalogueService.Sensitivity.PUBLIC, "公开",
            DataCatalogueService.Sensitivity.SHARE_ONLY, "仅共享", DataCatalogueService.Sensitivity.MASKED, "脱敏", DataCatalogueService.Sensitivity.WITHHELD, "不予提供");

    static String body(List<DataResource> rs, Map<String, Department> departments) {
        StringBuilder b = new StringBuilder("<table><thead><tr><th>资源代码</th><th>资源名称</th><th>提供单位</th><th>格式</th><th>共享类型</th><th>开放类型</th>"
                + "<th>更新周期</th><th>信息项</th></tr></thead><tbody>");
        for (DataResource r : rs) {
            Department d = departments.get(r.providerDepartmentCode);
            String share = SHARE.get(r.shareType) + (r.shareCondition == null ? "" : "（" + r.shareCondition + "）");
            String open = OPEN.get(r.openType) + (r.openCondition == null ? "" : "（" + r.openCondition + "）");
            StringBuilder fs = new StringBuilder();
            for (DataCatalogueService.Field f : DataCatalogueService.fields(r)) {
                if (fs.length() > 0) fs.append("、");
                fs.append(f.name()).append(f.sensitivity() == DataCatalogueService.Sensitivity.PUBLIC ? "" : "（" + SENSITIVITY.get(f.sensitivity()) + "）");
            }
            b.append("<tr><td>").append(escape(r.code)).append("</td><td>").append(escape(r.name)).append("</td><td>").append(escape(d == null ? r.providerDepartmentCode : d.nameZh))
                    .append("</td><td>").append(r.format.name()).append("</td><td>").append(escape(share)).append("</td><td>").append(escape(open))
                    .append("</td><td>").append(r.updateCycle.name()).append("</td><td>").append(escape(fs.toString())).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
