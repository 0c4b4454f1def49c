package org.gongkai.notifications;

import java.util.Map;

/**
 * WeChat subscription messages (订阅消息) to a citizen who used the mini-program: a boundary. The gateway maps the
 * platform account to the openid the citizen subscribed with; the default records what would be sent.
 */
public interface WeChatMessages {
    void send(String account, String template, Map<String, String> data);
}
