/** Demo data for the newcomer's dev run; never active in tests or production. */
package org.gongkai.demo;
