/** Cross-cutting pieces every feature uses: problem+json errors, paging, roles and the current user, the clock. */
package org.gongkai.common;
