package org.gongkai.disclosure;

/** R5: channels an item was also published on, besides the portal. */
public enum Channel { WEIBO, WECHAT, NEWS_CLIENT, PRESS_CONFERENCE, RADIO, TV, NEWSPAPER }
