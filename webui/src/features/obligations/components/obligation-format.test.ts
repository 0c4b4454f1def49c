import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import type { TFunction } from 'i18next';
import i18n from '../../../lib/i18n';
import type { Obligation } from '../api/obligations';
import { dueText, periodText, progressText } from './obligation-format';

const t = { t: undefined as unknown as TFunction };
const e = { t: undefined as unknown as TFunction };
beforeAll(async () => {
  // English is loaded on demand in the app; here it is added up front
  i18n.addResourceBundle('en', 'translation', en);
  await i18n.changeLanguage('zh-CN');
  t.t = i18n.getFixedT('zh-CN');
  e.t = i18n.getFixedT('en');
});

describe('obligation wording (issue 10)', () => {
  it('shows an hour clock with hours left and its due time in Beijing time', () => {
    const o = { kind: 'HOURS', hours: 48, dueAt: '2026-10-18T12:00:00Z', minutesLeft: 125 } as Obligation;
    expect(periodText(o, t.t)).toBe('48 小时');
    expect(progressText(o, t.t)).toBe('还剩 2 小时 5 分');
    expect(dueText(o)).toBe('2026-10-18 20:00');
    expect(progressText({ ...o, minutesLeft: -61 }, t.t)).toBe('超时 1 小时 1 分');
  });

  it('shows a quota as n of N and a minimum duration as at least', () => {
    expect(progressText({ kind: 'QUOTA', required: 2, achieved: 1 } as Obligation, t.t)).toBe('已完成 1/2');
    expect(periodText({ kind: 'MINIMUM', days: 15, unit: 'CALENDAR' } as Obligation, t.t)).toBe('不少于 15 个自然日');
    expect(periodText({ kind: 'DEADLINE', days: 20, unit: 'WORKING' } as Obligation, t.t)).toBe('20 个工作日');
    expect(progressText({ kind: 'DEADLINE', workingDaysLeft: -2 } as Obligation, t.t)).toBe('逾期 2 个工作日');
  });

  it('speaks English too', () => {
    expect(periodText({ kind: 'HOURS', hours: 24 } as Obligation, e.t)).toBe('24 hours');
    expect(progressText({ kind: 'QUOTA', required: 1, achieved: 0 } as Obligation, e.t)).toBe('0 of 1 done');
  });
});
