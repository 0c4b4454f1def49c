import { useEffect, useState } from 'react';
import { Alert, Button, Card, Drawer, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError, api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import type { components, paths } from '../../../types/api';

type Figures = components['schemas']['AnnualFigures'];
type Report = components['schemas']['AnnualReport'];
const SECTIONS = ['overview', 'proactive', 'applications', 'reviews', 'problems', 'other'] as const;
type Row = components['schemas']['AnnualReportRow'];
type Records = paths['/api/v1/annual-reports/{year}/figures/{cell}/records']['get']['responses']['200']['content']['application/json'];

const APPLICANTS = ['NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'NON_PROFIT', 'LEGAL_SERVICE', 'OTHER_ORG', 'TOTAL'] as const;
const RESULTS = ['MAINTAINED', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'] as const;

/**
 * 政府信息公开工作年度报告 (R11): the year's figures in the national template's tables, computed from the records, with
 * what does not add up; every figure opens on the records it counts.
 */
export function AnnualReportConsolePage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [cell, setCell] = useState<{ key: string; label: string }>();
  const [page, setPage] = useState(0);
  const figures = useQuery({ queryKey: ['annual-report', year], queryFn: () => api.get<Figures>(`/api/v1/annual-reports/${year}/figures`) });
  const records = useQuery({
    queryKey: ['annual-report', year, 'records', cell?.key, page],
    queryFn: () => api.get<Records>(`/api/v1/annual-reports/${year}/figures/${encodeURIComponent(cell?.key ?? '')}/records`, { page, size: 20 }),
    enabled: !!cell,
  });
  const f = figures.data;
  const open = (key: string, label: string) => { setCell({ key, label }); setPage(0); };
  const figure = (key: string, label: string, n?: number) => (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(key, label)} aria-label={`${label}：${n ?? 0}`}>{n ?? 0}</Button>
  );
  const two = f?.two;
  const { me } = useAuth();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.annualReport')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('annualReport.note')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Select<number> aria-label={t('annualReport.year')} value={year} onChange={setYear} style={{ width: 140 }} data-testid="annual-year"
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: t('annualReport.yearLabel', { year: y }) }))} />
      </Space>
      {f && (f.problems?.length ?? 0) > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('annualReport.problems')} description={<ul>{f.problems?.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="annual-problems" />
      )}
      {f && (f.problems?.length ?? 0) === 0 && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('annualReport.addsUp')} />}
      <Card loading={figures.isLoading} title={<h2 className="gk-card-heading">{t('annualReport.tableTwo')}</h2>} style={{ marginBottom: 16 }}>
        {two && (
          <Table size="small" pagination={false} rowKey="key" scroll={{ x: 600 }} data-testid="annual-two"
            dataSource={[
              { key: 'rules', label: t('annualReport.rules'), a: two.rulesIssued, b: two.rulesRepealed, c: two.rulesInForce, cells: [] as string[] },
              { key: 'normative', label: t('annualReport.normative'), a: two.normativeIssued, b: two.normativeRepealed, c: two.normativeInForce,
                cells: ['II.normativeIssued', 'II.normativeRepealed', 'II.normativeInForce'] },
            ]}
            columns={[
              { title: t('annualReport.kind'), dataIndex: 'label' },
              ...(['a', 'b', 'c'] as const).map((k, i) => ({
                title: t(`annualReport.two.${k}`), key: k,
                render: (_: unknown, r: { label: string; a?: number; b?: number; c?: number; cells: string[] }) => (r.cells[i] ? figure(r.cells[i], `${r.label} ${t(`annualReport.two.${k}`)}`, r[k]) : r[k] ?? 0),
              })),
            ]} />
        )}
        {two && (
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('annualReport.licensing')}：{figure('II.licensing', t('annualReport.licensing'), two.licensing)}　
            {t('annualReport.penalties')}：{figure('II.penalties', t('annualReport.penalties'), two.penalties)}　
            {t('annualReport.enforcement')}：{two.enforcement ?? 0}　
            {t('annualReport.fees')}：{two.feesTenThousandYuan ?? t('annualReport.toEnter')}
          </Typography.Paragraph>
        )}
        {two && office && <ManualFigures year={year} enforcement={two.enforcement} fees={two.feesTenThousandYuan} />}
      </Card>
      <Card loading={figures.isLoading} title={<h2 className="gk-card-heading">{t('annualReport.tableThree')}</h2>} style={{ marginBottom: 16 }}>
        {f && (
          <Table<Row> size="small" pagination={false} rowKey="key" scroll={{ x: 900 }} dataSource={f.three?.rows ?? []} data-testid="annual-three"
            columns={[
              { title: t('annualReport.row'), dataIndex: 'label', width: 280 },
              ...APPLICANTS.map((c) => ({
                title: t(`annualReport.applicants.${c}`), key: c,
                render: (_: unknown, r: Row) => figure(`III.${r.key}.${c}`, `${r.label} ${t(`annualReport.applicants.${c}`)}`, r.cells?.[c]),
              })),
            ]} />
        )}
      </Card>
      <Card loading={figures.isLoading} title={<h2 className="gk-card-heading">{t('annualReport.tableFour')}</h2>} style={{ marginBottom: 16 }}>
        {f && (
          <Table<Row> size="small" pagination={false} rowKey="key" scroll={{ x: 700 }} dataSource={f.four?.rows ?? []} data-testid="annual-four"
            columns={[
              { title: t('annualReport.kind'), dataIndex: 'label', width: 240 },
              ...RESULTS.map((c) => ({
                title: t(`annualReport.results.${c}`), key: c,
                render: (_: unknown, r: Row) => figure(`IV.${r.key}.${c}`, `${r.label} ${t(`annualReport.results.${c}`)}`, r.cells?.[c]),
              })),
            ]} />
        )}
        {f?.six && <Typography.Paragraph style={{ marginTop: 12 }}>{t('annualReport.six', { notices: f.six.feeNotices ?? 0, amount: f.six.feesCharged ?? 0 })}</Typography.Paragraph>}
      </Card>
      {year < thisYear && <ReportCard year={year} />}
      <Drawer open={!!cell} onClose={() => setCell(undefined)} title={cell?.label} width={Math.min(720, window.innerWidth)}>
        <Table size="small" rowKey={(r) => `${r.kind}-${r.id}-${r.reference}`} loading={records.isFetching} dataSource={records.data?.items ?? []} data-testid="annual-records"
          pagination={{ current: page + 1, pageSize: 20, total: records.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
          columns={[
            { title: t('annualReport.reference'), key: 'ref', render: (_, r) => <Link to={r.link ?? '#'}>{r.reference || `#${r.id}`}</Link> },
            { title: t('annualReport.recordTitle'), dataIndex: 'title' },
            { title: t('annualReport.on'), dataIndex: 'on' },
            { title: t('annualReport.detail'), dataIndex: 'detail' },
          ]} />
      </Drawer>
    </>
  );
}

/** The office's text sections, the drafting into the ANNUAL_REPORT item, and the filing (R11). */
function ReportCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const report = useQuery({ queryKey: ['annual-report', year, 'report'], queryFn: () => api.get<Report>(`/api/v1/annual-reports/${year}`) });
  const [form] = Form.useForm();
  const [reason, setReason] = useState('');
  const [filing, setFiling] = useState('');
  const act = useMutation({
    mutationFn: (a: { method: 'PUT' | 'POST'; path: string; body: object }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/annual-reports/${year}${a.path}`, a.body) : api.post<unknown>(`/api/v1/annual-reports/${year}${a.path}`, a.body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['annual-report', year] }),
  });
  const r = report.data;
  useEffect(() => { if (r) form.setFieldsValue(r.sections ?? {}); }, [r, form]);
  const err = act.error instanceof ApiError ? act.error : undefined;
  const fieldError = (name: string) => err?.problem?.errors?.find((e) => e.field === name)?.message;
  const published = (r?.publishedVersion ?? 0) > 0;
  return (
    <Card loading={report.isLoading} title={<h2 className="gk-card-heading">{t('annualReport.document')}</h2>} style={{ marginBottom: 16 }} data-testid="annual-document">
      {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      {r?.itemId && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Link to={`/console/items/${r.itemId}`}>#{r.itemId}</Link>
          {r.itemState && <Tag>{t(`itemState.${r.itemState}`)}</Tag>}
          {r.filedOn && <Tag color="green">{t('annualReport.filedOn', { date: r.filedOn })}</Tag>}
        </Space>
      )}
      <Form form={form} layout="vertical" disabled={!office} onFinish={(v) => act.mutate({ method: 'PUT', path: '/text', body: v })}>
        {SECTIONS.map((k) => (
          <Form.Item key={k} name={k} label={t(`annualReport.sections.${k}`)} validateStatus={fieldError(k) ? 'error' : undefined} help={fieldError(k)}>
            <Input.TextArea rows={k === 'overview' || k === 'problems' ? 4 : 2} />
          </Form.Item>
        ))}
        {office && <Button htmlType="submit" data-testid="annual-save">{t('annualReport.save')}</Button>}
      </Form>
      {office && (
        <Space wrap style={{ marginTop: 16 }}>
          {published && <Input aria-label={t('annualReport.correctionReason')} placeholder={t('annualReport.correctionReason')} style={{ width: 280 }} value={reason} onChange={(e) => setReason(e.target.value)} />}
          <Button type="primary" data-testid="annual-draft" onClick={() => act.mutate({ method: 'POST', path: '/list-item', body: { reason: reason || undefined } },
            { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })}>{published ? t('annualReport.correct') : t('annualReport.draft')}</Button>
          {published && !r?.filedOn && <>
            <Input aria-label={t('annualReport.filingRef')} placeholder={t('annualReport.filingRef')} style={{ width: 280 }} value={filing} onChange={(e) => setFiling(e.target.value)} />
            <Button onClick={() => act.mutate({ method: 'POST', path: '/filing', body: { reference: filing } })}>{t('annualReport.file')}</Button>
          </>}
        </Space>
      )}
    </Card>
  );
}

/** 行政强制 and 行政事业性收费: figures of table 二 the platform has no records of, entered by the office. */
function ManualFigures({ year, enforcement, fees }: { year: number; enforcement?: number; fees?: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: { enforcementDecisions?: number; administrativeFees?: number }) => api.put<Figures>(`/api/v1/annual-reports/${year}/manual-figures`, v),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['annual-report', year] }),
  });
  useEffect(() => { form.setFieldsValue({ enforcementDecisions: enforcement ?? 0, administrativeFees: fees }); }, [form, enforcement, fees]);
  const err = save.error instanceof ApiError ? save.error : undefined;
  return (
    <Form form={form} layout="inline" onFinish={(v) => save.mutate(v)} data-testid="annual-manual">
      <Form.Item name="enforcementDecisions" label={t('annualReport.enforcement')}
        validateStatus={err?.problem?.errors?.some((e) => e.field === 'enforcementDecisions') ? 'error' : undefined}><InputNumber min={0} precision={0} /></Form.Item>
      <Form.Item name="administrativeFees" label={t('annualReport.fees')}
        validateStatus={err?.problem?.errors?.some((e) => e.field === 'administrativeFees') ? 'error' : undefined}><InputNumber min={0} precision={4} step={0.1} /></Form.Item>
      <Button htmlType="submit" loading={save.isPending}>{t('annualReport.saveFigures')}</Button>
      {err && <Typography.Text type="danger" style={{ marginLeft: 8 }}>{err.message}</Typography.Text>}
    </Form>
  );
}
