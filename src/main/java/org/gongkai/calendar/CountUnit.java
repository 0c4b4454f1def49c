package org.gongkai.calendar;

/** Working days (工作日) or calendar days (自然日). */
public enum CountUnit { WORKING, CALENDAR }
