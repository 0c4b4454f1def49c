package org.gongkai.publication;

/** R13: the disclosure attribute every drafted document carries from the start. */
public enum DisclosureAttribute {
    /** 主动公开 */
    PUBLIC,
    /** 依申请公开 */
    ON_REQUEST,
    /** 不予公开 */
    NOT_PUBLIC
}
