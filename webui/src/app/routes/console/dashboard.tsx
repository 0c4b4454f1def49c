import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/chart';
import { RuleName } from '../../../components/rule-name';
import { Select } from '../../../components/select';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import type { components } from '../../../types/api';

type Dashboard = components['schemas']['Dashboard'];
type Warning = components['schemas']['PortalWarning'];

const bar = (labels: string[], series: { name: string; data: (number | null)[] }[], max?: number): ChartOption => ({
  tooltip: { trigger: 'axis' },
  legend: series.length > 1 ? { top: 0 } : undefined,
  grid: { left: 40, right: 16, top: series.length > 1 ? 32 : 16, bottom: 60, containLabel: true },
  xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 35 : 0 } },
  yAxis: { type: 'value', max },
  series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data })),
});

/** A chart and, below it, the same figures as a table (for screen readers, keyboards and printing). */
function Figure({ title, option, label, columns, rows, testId }: {
  title: string; option: ChartOption; label: string; columns: { title: string; dataIndex: string }[]; rows: Record<string, unknown>[]; testId: string;
}) {
  return (
    <Card title={<h2 className="gk-card-heading">{title}</h2>} style={{ marginBottom: 16 }} data-testid={testId}>
      {rows.length > 0 ? <Chart option={option} label={label} /> : null}
      <Table size="small" pagination={false} rowKey={(r) => String(r.key)} dataSource={rows} columns={columns} scroll={{ x: 400 }} />
    </Card>
  );
}

/**
 * 工作看板 (issue 15): the year's on-time rates by month and department, the open and overdue clocks by rule, the
 * violations by kind, the applications by outcome and the enquiries' response times — each chart also a table — and
 * the warnings before an inspection fails, with their days left.
 */
export function DashboardConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const q = useQuery({ queryKey: ['dashboard', year], queryFn: () => api.get<Dashboard>('/api/v1/dashboard', { year }) });
  const warnings = useQuery({ queryKey: ['dashboard', 'warnings'], queryFn: () => api.get<Warning[]>('/api/v1/dashboard/warnings') });
  const send = useMutation({ mutationFn: () => api.post<{ warnings: number }>('/api/v1/dashboard/warnings/notices', {}) });
  const d = q.data;
  const pct = t('dashboard.percent');
  const months = useMemo(() => (d?.onTimeByMonth ?? []).map((r) => ({ ...r, key: r.key })), [d]);
  const depts = useMemo(() => (d?.onTimeByDepartment ?? []).map((r) => ({ ...r, name: names.department(r.key ?? '') ?? '' })), [d, names]);
  const rules = useMemo(() => (d?.openByRule ?? []).map((r) => ({ ...r, key: r.ruleId, rule: <RuleName id={r.ruleId} />, name: t(`ruleName.${r.ruleId}`, { defaultValue: r.ruleId ?? '' }) })), [d, t]);
  const kinds = useMemo(() => (d?.violationsByKind ?? []).map((r) => ({ ...r, key: r.kind, name: t(`violations.kinds.${r.kind}`) })), [d, t]);
  const outcomes = useMemo(() => (d?.applicationsByOutcome ?? []).map((r) => ({ ...r, name: r.key === 'IN_PROGRESS' ? t('dashboard.inProgress') : t(`outcome.${r.key}`, { defaultValue: r.key ?? '' }) })), [d, t]);
  const responses = useMemo(() => (d?.enquiryResponseByMonth ?? []).map((r) => ({ ...r, key: r.month })), [d]);
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.dashboard')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.note')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<number> aria-label={t('dashboard.year')} value={year} onChange={setYear} style={{ width: 140 }} data-testid="dashboard-year"
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))} />
        <Link to="/console/violations">{t('dashboard.toViolations')}</Link>
        <Link to="/console/assessment">{t('dashboard.toAssessment')}</Link>
        <Link to="/console/annual-report">{t('dashboard.toAnnualReport')}</Link>
      </Space>
      <Card title={<h2 className="gk-card-heading">{t('dashboard.warnings')}</h2>} style={{ marginBottom: 16 }} data-testid="dashboard-warnings"
        extra={office && <Button onClick={() => send.mutate()} loading={send.isPending}>{t('dashboard.sendWarnings')}</Button>}>
        {send.data && <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t('dashboard.sent', { n: send.data.warnings })} />}
        <Table<Warning> size="small" rowKey={(w) => `${w.type}:${w.subject}`} dataSource={warnings.data ?? []} loading={warnings.isLoading} scroll={{ x: 800 }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('dashboard.warningType'), dataIndex: 'type', render: (x: string) => t(`dashboard.warningTypes.${x}`) },
            { title: t('dashboard.subject'), key: 's', render: (_, w) => (w.link ? <Link to={w.link}>{w.name}</Link> : w.name) },
            { title: t('dashboard.department'), dataIndex: 'departmentCode', render: (c: string) => names.department(c) },
            { title: t('dashboard.responsible'), dataIndex: 'responsiblePerson' },
            { title: t('dashboard.since'), dataIndex: 'since', render: (s?: string) => s ?? t('dashboard.never') },
            { title: t('dashboard.daysLeft'), dataIndex: 'daysLeft', render: (n: number, w) => (
              <Tag color={w.level === 'FAILED' ? 'red' : 'orange'}>{w.level === 'FAILED' ? t('dashboard.failed', { n: -n }) : t('dashboard.left', { n })}</Tag>
            ) },
          ]} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.byMonth')} label={t('dashboard.byMonth')} testId="dashboard-months" rows={months}
            option={bar(months.map((r) => r.key ?? ''), [{ name: pct, data: months.map((r) => r.percent ?? null) }], 100)}
            columns={[{ title: t('dashboard.month'), dataIndex: 'key' }, { title: t('dashboard.due'), dataIndex: 'due' }, { title: t('dashboard.kept'), dataIndex: 'kept' }, { title: pct, dataIndex: 'percent' }]} />
        </Col>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.byDepartment')} label={t('dashboard.byDepartment')} testId="dashboard-departments" rows={depts}
            option={bar(depts.map((r) => r.name), [{ name: pct, data: depts.map((r) => r.percent ?? null) }], 100)}
            columns={[{ title: t('dashboard.department'), dataIndex: 'name' }, { title: t('dashboard.due'), dataIndex: 'due' }, { title: t('dashboard.kept'), dataIndex: 'kept' }, { title: pct, dataIndex: 'percent' }]} />
        </Col>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.byRule')} label={t('dashboard.byRule')} testId="dashboard-rules" rows={rules}
            option={bar(rules.map((r) => r.name), [{ name: t('dashboard.open'), data: rules.map((r) => r.open ?? 0) }, { name: t('dashboard.overdue'), data: rules.map((r) => r.overdue ?? 0) }])}
            columns={[{ title: t('dashboard.rule'), dataIndex: 'rule' }, { title: t('dashboard.open'), dataIndex: 'open' }, { title: t('dashboard.overdue'), dataIndex: 'overdue' }]} />
        </Col>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.byKind')} label={t('dashboard.byKind')} testId="dashboard-kinds" rows={kinds}
            option={bar(kinds.map((r) => r.name.replace(/^（.）/, '')), [{ name: t('violations.decisions.PENDING'), data: kinds.map((r) => r.pending ?? 0) },
              { name: t('violations.decisions.CONFIRMED'), data: kinds.map((r) => r.confirmed ?? 0) }])}
            columns={[{ title: t('violations.kind'), dataIndex: 'name' }, { title: t('violations.decisions.PENDING'), dataIndex: 'pending' }, { title: t('violations.decisions.CONFIRMED'), dataIndex: 'confirmed' }]} />
        </Col>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.byOutcome')} label={t('dashboard.byOutcome')} testId="dashboard-outcomes" rows={outcomes}
            option={{ tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: '65%', data: outcomes.map((r) => ({ name: r.name, value: r.count })) }] }}
            columns={[{ title: t('dashboard.outcome'), dataIndex: 'name' }, { title: t('dashboard.count'), dataIndex: 'count' }]} />
        </Col>
        <Col xs={24} xl={12}>
          <Figure title={t('dashboard.responses')} label={t('dashboard.responses')} testId="dashboard-responses" rows={responses}
            option={bar(responses.map((r) => r.month ?? ''), [{ name: t('dashboard.median'), data: responses.map((r) => r.medianDays ?? null) }, { name: t('dashboard.mean'), data: responses.map((r) => r.meanDays ?? null) }])}
            columns={[{ title: t('dashboard.month'), dataIndex: 'month' }, { title: t('dashboard.answered'), dataIndex: 'answered' }, { title: t('dashboard.median'), dataIndex: 'medianDays' }, { title: t('dashboard.mean'), dataIndex: 'meanDays' }]} />
        </Col>
      </Row>
    </>
  );
}
