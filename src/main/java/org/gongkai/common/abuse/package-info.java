/** The public intakes' defences, shared by every feature: rate limits per address and account, the text challenge. */
package org.gongkai.common.abuse;
