/** Idempotency keys of public submissions: bound to the caller and the body. */
package org.gongkai.common.idempotency;
