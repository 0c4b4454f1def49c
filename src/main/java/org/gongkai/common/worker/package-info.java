/** Running blocking or CPU-heavy work on a worker thread, never on the event loop. */
package org.gongkai.common.worker;
