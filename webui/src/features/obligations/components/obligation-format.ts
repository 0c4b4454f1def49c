import type { TFunction } from 'i18next';
import type { Obligation } from '../api/obligations';
import { beijingTime } from '../../../lib/beijing-time';

/** The period of a clock in words: 20 个工作日, 不少于 15 个自然日, 48 小时, 每期至少 1 次 (issue 10). */
export function periodText(o: Obligation, t: TFunction): string {
  switch (o.kind) {
    case 'HOURS':
      return t('obligations.hours', { count: o.hours ?? 0 });
    case 'MINIMUM':
      return t('obligations.atLeastDays', { count: o.days ?? 0 });
    case 'QUOTA':
      return t('obligations.quotaPeriod', { count: o.required ?? 1 });
    default:
      return t(o.unit === 'CALENDAR' ? 'obligations.calendarDays' : 'obligations.workingDays', { count: o.days ?? 0 });
  }
}

/** What is left: working days, hours and minutes of an hour clock, n of N of a quota; null when nothing is running. */
export function progressText(o: Obligation, t: TFunction): string | null {
  if (o.kind === 'QUOTA' && o.required != null) {
    return t('obligations.quotaProgress', { achieved: o.achieved ?? 0, required: o.required });
  }
  if (o.kind === 'HOURS' && o.minutesLeft != null) {
    const m = Math.abs(o.minutesLeft);
    const parts = { hours: Math.floor(m / 60), minutes: m % 60 };
    return t(o.minutesLeft >= 0 ? 'obligations.timeLeft' : 'obligations.timeLate', parts);
  }
  if (o.workingDaysLeft != null) {
    return o.workingDaysLeft >= 0
      ? t('obligations.daysLeft', { count: o.workingDaysLeft })
      : t('obligations.daysLate', { count: -o.workingDaysLeft });
  }
  return null;
}

/** The due moment: a date, or for an hour clock the date and time in Beijing time (2026-10-18 20:00). */
export function dueText(o: Obligation): string {
  if (o.kind === 'HOURS' && o.dueAt) return beijingTime(o.dueAt);
  return o.dueDate ?? '';
}
