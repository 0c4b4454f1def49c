import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/chart';
import type { PollQuestionResult, PollResults } from '../api/poll';

function chartOf(q: PollQuestionResult): ChartOption | null {
  const opts = q.options ?? [];
  switch (q.type) {
    case 'SINGLE':
      return { tooltip: {}, series: [{ type: 'pie', radius: '60%', data: opts.map((o) => ({ name: o.label, value: o.count })), label: { formatter: '{b}: {d}%' } }] };
    case 'MULTIPLE':
    case 'SCALE':
      return { tooltip: {}, grid: { left: 100, right: 24, top: 8, bottom: 24 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: opts.map((o) => o.label) },
        series: [{ type: 'bar', data: opts.map((o) => o.count), label: { show: true, position: 'right' } }] };
    case 'RANKING':
      return { tooltip: {}, grid: { left: 100, right: 24, top: 8, bottom: 24 }, xAxis: { type: 'value', name: '' }, yAxis: { type: 'category', data: opts.map((o) => o.label) },
        series: [{ type: 'bar', data: opts.map((o) => o.meanRank ?? 0), label: { show: true, position: 'right' } }] };
    case 'MATRIX': {
      const rows = q.rows ?? [];
      const cols = rows[0]?.columns ?? [];
      return { tooltip: {}, legend: { top: 0 }, grid: { left: 100, right: 24, top: 32, bottom: 24 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: rows.map((r) => r.label) },
        series: cols.map((c, i) => ({ type: 'bar', stack: 'all', name: c.label, data: rows.map((r) => r.columns?.[i]?.count ?? 0) })) };
    }
    default:
      return null;
  }
}

/** Each question's counts per option: a chart, and the same as a table (accessibility: charts readable as tables too). */
export function PollResultsView({ results }: { results?: PollResults }) {
  const { t } = useTranslation();
  if (!results) return null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="poll-results">
      <Typography.Paragraph>{t('poll.responsesSummary', { n: results.responses, sample: results.sampleSize })}</Typography.Paragraph>
      {(results.questions ?? []).filter((q) => q.type !== 'TEXT').map((q, i) => {
        const option = chartOf(q);
        const title = `${i + 1}. ${q.text}`;
        return (
          <Card key={q.key} size="small" title={<h3 className="gk-card-heading" style={{ margin: 0 }}>{title}</h3>} data-testid={`result-${q.key}`}>
            <Typography.Paragraph type="secondary">{t('poll.answered', { n: q.answered })}{q.mean != null ? ` · ${t('poll.mean', { n: q.mean })}` : ''}</Typography.Paragraph>
            {option && <Chart option={option} label={t('poll.chartOf', { title })} />}
            {q.type === 'MATRIX' ? (
              <Table size="small" pagination={false} rowKey="key" dataSource={q.rows ?? []} caption={title}
                columns={[{ title: t('poll.item'), dataIndex: 'label' }, ...((q.rows?.[0]?.columns ?? []).map((c, ci) => ({
                  title: c.label, key: c.key, render: (_: unknown, r: NonNullable<PollQuestionResult['rows']>[number]) => `${r.columns?.[ci]?.count ?? 0}（${r.columns?.[ci]?.share ?? 0}%）`,
                })))]} />
            ) : (
              <Table size="small" pagination={false} rowKey="key" dataSource={q.options ?? []} caption={title}
                columns={[
                  { title: t('poll.option'), dataIndex: 'label' },
                  { title: t('poll.count'), dataIndex: 'count' },
                  q.type === 'RANKING' ? { title: t('poll.meanRank'), dataIndex: 'meanRank' } : { title: t('poll.share'), dataIndex: 'share', render: (v: number) => `${v}%` },
                ]} />
            )}
          </Card>
        );
      })}
    </Space>
  );
}
