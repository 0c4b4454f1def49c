package org.gongkai.disclosure;

/** R9: validity of a normative document (规范性文件): 现行有效 / 已修改 / 已废止 / 失效. */
public enum Validity {
    VALID, AMENDED, REPEALED, INVALID;

    /** Repealed or invalid documents leave the portal within 20 working days (R9). */
    public boolean mustBeWithdrawn() {
        return this == REPEALED || this == INVALID;
    }
}
