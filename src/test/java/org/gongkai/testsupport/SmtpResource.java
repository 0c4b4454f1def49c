package org.gongkai.testsupport;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server for the suite (GreenMail): the application sends to it; tests read what arrived (issue 10). */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("gongkai.mail.host", "127.0.0.1", "gongkai.mail.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        if (server != null) server.stop();
    }
}
