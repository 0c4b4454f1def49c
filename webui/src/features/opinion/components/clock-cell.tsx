import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../obligations/components/status-tag';
import type { OpinionEvent } from '../api/opinion';

/** An hour clock as the office reads it: due at, hours left, status from the ledger. */
export function ClockCell({ clock }: { clock?: OpinionEvent['response'] }) {
  const { t } = useTranslation();
  if (!clock) return <>—</>;
  const due = clock.dueAt ? new Date(clock.dueAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, -3) : '';
  const left = clock.minutesLeft;
  return (
    <Space size={4} wrap>
      <span>{due}</span>
      <StatusTag status={clock.status} />
      {left != null && left >= 0 && <Typography.Text type="secondary">{t('opinion.hoursLeft', { h: Math.floor(left / 60), m: left % 60 })}</Typography.Text>}
    </Space>
  );
}
