/** Organisation (R1–R3): departments, affiliated units, the office and the leadership; who the caller is. */
package org.gongkai.organisation;
