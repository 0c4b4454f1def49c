package org.gongkai.publication;

import java.util.Arrays;
import java.util.Optional;

/**
 * R4: every item that is not public states its legal reason (OGI Regulations Art. 13–16).
 */
public enum AttributeBasis {
    OGI_13("OGI-13", "依申请公开：与申请人生产、生活、科研等特殊需要相关（条例第十三条）", "On request: concerns particular persons' needs (Art. 13)"),
    OGI_14_SECRET("OGI-14-1", "属于国家秘密（条例第十四条）", "State secret (Art. 14)"),
    OGI_14_LAW("OGI-14-2", "法律、行政法规禁止公开（条例第十四条）", "Disclosure prohibited by law (Art. 14)"),
    OGI_14_SECURITY("OGI-14-3", "公开后可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）", "Would endanger security or stability (Art. 14)"),
    OGI_15("OGI-15", "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（条例第十五条）", "Trade secrets or personal privacy of third parties (Art. 15)"),
    OGI_16_INTERNAL("OGI-16-1", "内部事务信息（条例第十六条第一款）", "Internal affairs (Art. 16 para. 1)"),
    OGI_16_PROCESS("OGI-16-2", "过程性信息、行政执法案卷、行政查询事项（条例第十六条第二款）", "Process information, enforcement files (Art. 16 para. 2)");

    public final String code;
    public final String zh;
    public final String en;

    AttributeBasis(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public static Optional<AttributeBasis> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
