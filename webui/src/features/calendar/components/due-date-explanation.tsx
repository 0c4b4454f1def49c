import { Alert, Descriptions, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DueDate, ExplainedDay } from '../api/get-due-date';
import { DayKindTag } from './day-kind-tag';

/** The answer with its reasons: every day counted or skipped, as an applicant or an officer needs to see it. */
export function DueDateExplanation({ result }: { result: DueDate }) {
  const { t, i18n } = useTranslation();
  const skipped = (result.explanation ?? []).filter((d) => d.role === 'SKIPPED' || d.role === 'MOVED');
  const weekday = (d?: string) => (d ? t(`calendar.weekday.${dayjs(d).day()}`) : '');
  return (
    <div data-testid="due-date-result">
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('calendar.result.dueDate')}>
          <Typography.Text strong style={{ fontSize: 22 }} data-testid="due-date-value">
            {result.dueDate} {weekday(result.dueDate)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('calendar.result.rule')}>{i18n.language === 'en' ? result.ruleEn : result.rule}</Descriptions.Item>
        <Descriptions.Item label={t('calendar.result.skipped')}>{t('calendar.result.skippedDays', { count: result.skippedDays ?? 0 })}</Descriptions.Item>
      </Descriptions>
      {result.provisional && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('calendar.result.provisional')} />}
      {skipped.length > 0 && (
        <div style={{ marginBottom: 16 }} data-testid="skipped-days">
          <Typography.Title level={2} className="gk-h2">{t('calendar.result.skippedList')}</Typography.Title>
          {skipped.map((d) => (
            <div key={d.date}>
              {d.date} {weekday(d.date)} <DayKindTag kind={d.kind} name={d.holidayName} nameEn={d.holidayNameEn} />
              {d.role === 'MOVED' ? t('calendar.result.moved') : ''}
            </div>
          ))}
        </div>
      )}
      <Table<ExplainedDay>
        size="small"
        rowKey="date"
        pagination={false}
        scroll={{ x: true }}
        dataSource={result.explanation ?? []}
        rowClassName={(d) => (d.counted ? '' : 'gk-row-skipped')}
        columns={[
          { title: t('calendar.col.date'), dataIndex: 'date', render: (v: string) => `${v} ${weekday(v)}` },
          { title: t('calendar.col.kind'), dataIndex: 'kind', render: (_: unknown, d) => <DayKindTag kind={d.kind} name={d.holidayName} nameEn={d.holidayNameEn} /> },
          { title: t('calendar.col.role'), dataIndex: 'role', render: (v: string) => t(`calendar.role.${v}`) },
          { title: t('calendar.col.ordinal'), dataIndex: 'ordinal', render: (v?: number) => (v ? t('calendar.nth', { n: v }) : '—') },
        ]}
      />
    </div>
  );
}
