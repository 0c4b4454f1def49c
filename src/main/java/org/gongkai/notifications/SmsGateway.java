package org.gongkai.notifications;

/** The city's SMS gateway: a boundary. The default records what would be sent; a bureau provides its own bean. */
public interface SmsGateway {
    /** Sends a text to a mobile number; the text carries no personal data beyond the addressee's own tracking number. */
    void send(String mobile, String text);
}
