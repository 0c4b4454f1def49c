package org.gongkai.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client address no other test uses: from 100.64.0.0/10 (shared address space), which no test writes literally.
 * Rate limits count per address in the one database of a run; random addresses from the blocks tests also write
 * literally collided now and then (a random 198.51.100.61 used up the limit of another class's fixed one).
 */
public final class Addresses {
    private Addresses() {}

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    public static String fresh() {
        int n = NEXT.getAndIncrement();
        return "100." + (64 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
