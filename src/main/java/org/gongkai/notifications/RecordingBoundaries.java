package org.gongkai.notifications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The recording implementations of the SMS and WeChat boundaries (default beans: a bureau's own gateway bean replaces
 * them). What would have been sent is kept in memory for the console's operators and the tests — never logged, since
 * a mobile number is personal data.
 */
@ApplicationScoped
public class RecordingBoundaries {
    public record Sms(String mobile, String text) {}

    public record WeChat(String account, String template, Map<String, String> data) {}

    public static final List<Sms> SMS = new CopyOnWriteArrayList<>();
    public static final List<WeChat> WECHAT = new CopyOnWriteArrayList<>();

    @Produces
    @DefaultBean
    @ApplicationScoped
    SmsGateway sms() {
        return (mobile, text) -> {
            if (SMS.size() > 1000) SMS.remove(0);
            SMS.add(new Sms(mobile, text));
        };
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    WeChatMessages wechat() {
        return (account, template, data) -> {
            if (WECHAT.size() > 1000) WECHAT.remove(0);
            WECHAT.add(new WeChat(account, template, Map.copyOf(data)));
        };
    }
}
