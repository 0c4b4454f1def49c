import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError, api, apiDownload } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import type { components } from '../../../types/api';

type Scheme = components['schemas']['AssessmentScheme'];
type Scores = components['schemas']['AssessmentScores'];
type Dept = components['schemas']['DepartmentAssessment'];
type Line = components['schemas']['AssessmentLine'];
type Comparison = components['schemas']['AssessmentComparison'];
type Ref = components['schemas']['AssessmentRecord'];

/** Where a record that cost points is shown in the console. */
function RecordLink({ r }: { r: Ref }) {
  const label = `${r.title ?? ''}${r.date ? `（${r.date}）` : ''}`;
  if (r.type === 'OBLIGATION') return <Link to={`/console/violations?obligation=${r.id}`}>{label}</Link>;
  if (r.type === 'ITEM') return <Link to={`/console/items/${r.id}`}>{label}</Link>;
  return <Link to="/console/annual-report">{label}</Link>;
}

/**
 * 绩效考核 (R44): each department's score of the year, every point explained with the records that cost it; the
 * scheme (at least 4 of 100 points) and the manual items set by the office; the sheet for the personnel section as
 * XLSX or PDF; the year before beside it.
 */
export function AssessmentConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const qc = useQueryClient();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const scores = useQuery({ queryKey: ['assessment', year, 'scores'], queryFn: () => api.get<Scores>(`/api/v1/assessment/${year}/scores`) });
  const scheme = useQuery({ queryKey: ['assessment', year, 'scheme'], queryFn: () => api.get<Scheme>(`/api/v1/assessment/${year}/scheme`) });
  const comparison = useQuery({ queryKey: ['assessment', year, 'comparison'], queryFn: () => api.get<Comparison[]>(`/api/v1/assessment/${year}/comparison`) });
  const [editing, setEditing] = useState(false);
  const [manual, setManual] = useState<{ dept: Dept; line: Line }>();
  const [schemeForm] = Form.useForm();
  const [manualForm] = Form.useForm();
  const done = () => { setEditing(false); setManual(undefined); void qc.invalidateQueries({ queryKey: ['assessment', year] }); };
  const save = useMutation({ mutationFn: (s: Scheme) => api.put<Scheme>(`/api/v1/assessment/${year}/scheme`, s), onSuccess: done });
  const enter = useMutation({
    mutationFn: (v: { points: number; reason: string }) => api.put(`/api/v1/assessment/${year}/manual/${manual?.line.code}/${manual?.dept.departmentCode}`, v),
    onSuccess: done,
  });
  useEffect(() => { if (editing && scheme.data) schemeForm.setFieldsValue(scheme.data); }, [editing, scheme.data, schemeForm]);
  const err = (save.error ?? enter.error) instanceof ApiError ? (save.error ?? enter.error) as ApiError : undefined;
  const s = scores.data;
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.assessment')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('assessment.note')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<number> aria-label={t('assessment.year')} value={year} onChange={setYear} style={{ width: 140 }} data-testid="assessment-year"
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))} />
        <Button onClick={() => void apiDownload(`/api/v1/assessment/${year}/scores.xlsx`, `assessment-${year}.xlsx`)}>{t('assessment.xlsx')}</Button>
        <Button onClick={() => void apiDownload(`/api/v1/assessment/${year}/scores.pdf`, `assessment-${year}.pdf`)}>{t('assessment.pdf')}</Button>
        {office && <Button onClick={() => setEditing(true)} data-testid="assessment-edit">{t('assessment.editScheme')}</Button>}
      </Space>
      {s && !s.schemeStored && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('assessment.proposal', { points: s.outOf })} />}
      <Card title={<h2 className="gk-card-heading">{t('assessment.scores', { points: s?.outOf ?? '' })}</h2>} style={{ marginBottom: 16 }}>
        <Table<Dept> rowKey="departmentCode" dataSource={s?.departments ?? []} loading={scores.isLoading} pagination={false} scroll={{ x: 700 }} data-testid="assessment-scores"
          expandable={{
            expandedRowRender: (d) => (
              <Table<Line> size="small" rowKey="code" pagination={false} dataSource={d.lines ?? []} columns={[
                { title: t('assessment.indicator'), dataIndex: 'name' },
                { title: t('assessment.points'), dataIndex: 'points', width: 70 },
                { title: t('assessment.score'), dataIndex: 'score', width: 70 },
                { title: t('assessment.explanation'), key: 'e', render: (_, l) => (
                  <Space direction="vertical" size={0}>
                    <span>{l.explanation}</span>
                    {(l.costs ?? []).map((r) => <RecordLink key={`${r.type}${r.id}`} r={r} />)}
                  </Space>
                ) },
                { title: '', key: 'm', width: 90, render: (_, l) => office && l.formula === 'MANUAL' && s?.schemeStored &&
                  <Button size="small" onClick={() => { manualForm.resetFields(); setManual({ dept: d, line: l }); }}>{t('assessment.enter')}</Button> },
              ]} />
            ),
          }}
          columns={[
            { title: t('assessment.department'), dataIndex: 'departmentName' },
            { title: t('assessment.score'), dataIndex: 'score' },
            { title: t('assessment.outOf'), dataIndex: 'outOf' },
            { title: t('assessment.percent'), dataIndex: 'percent', render: (p: number, d) => <Space>{`${p}%`}{!d.complete && <Tag color="orange">{t('assessment.incomplete')}</Tag>}</Space> },
          ]} />
      </Card>
      <Card title={<h2 className="gk-card-heading">{t('assessment.comparison', { year: year - 1 })}</h2>}>
        <Table<Comparison> size="small" rowKey="departmentCode" dataSource={comparison.data ?? []} pagination={false} scroll={{ x: 500 }} columns={[
          { title: t('assessment.department'), dataIndex: 'departmentName' },
          { title: String(year - 1), dataIndex: 'lastYearPercent', render: (p?: number) => (p == null ? '—' : `${p}%`) },
          { title: String(year), dataIndex: 'thisYearPercent', render: (p: number) => `${p}%` },
          { title: t('assessment.change'), dataIndex: 'change', render: (c?: number) => (c == null ? '—' : <Tag color={c >= 0 ? 'green' : 'red'}>{c > 0 ? `+${c}` : c}</Tag>) },
        ]} />
      </Card>
      <Modal open={editing} title={t('assessment.editScheme')} width={Math.min(900, window.innerWidth)} onCancel={() => { setEditing(false); save.reset(); }}
        onOk={() => schemeForm.submit()} confirmLoading={save.isPending} okText={t('assessment.save')} cancelText={t('common.cancel')} destroyOnClose>
        {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message}
          description={<ul>{err.problem?.errors?.map((e) => <li key={e.field}>{e.field}：{e.message}</li>)}</ul>} />}
        <Form form={schemeForm} layout="vertical" onFinish={(v: Scheme) => save.mutate({ ...scheme.data!, ...v, indicators: v.indicators?.map((x, i) => ({ ...scheme.data!.indicators![i], ...x })) })}>
          <Form.Item name="totalPoints" label={t('assessment.total')} rules={[{ required: true }]}><InputNumber min={4} max={100} step={0.5} /></Form.Item>
          <Form.Item name="note" label={t('assessment.schemeNote')}><Input /></Form.Item>
          <Form.List name="indicators">
            {(fields) => fields.map((f) => (
              <Space key={f.key} wrap align="baseline">
                <Form.Item name={[f.name, 'name']} label={t('assessment.indicator')} rules={[{ required: true }]}><Input style={{ width: 320 }} /></Form.Item>
                <Form.Item name={[f.name, 'points']} label={t('assessment.points')} rules={[{ required: true }]}><InputNumber min={0.01} max={100} step={0.25} /></Form.Item>
              </Space>
            ))}
          </Form.List>
        </Form>
      </Modal>
      <Modal open={!!manual} title={`${manual?.dept.departmentName ?? ''}：${manual?.line.name ?? ''}`} onCancel={() => { setManual(undefined); enter.reset(); }}
        onOk={() => manualForm.submit()} confirmLoading={enter.isPending} okText={t('assessment.save')} cancelText={t('common.cancel')} destroyOnClose>
        {enter.error instanceof ApiError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={enter.error.message} />}
        <Form form={manualForm} layout="vertical" onFinish={(v) => enter.mutate(v)}>
          <Form.Item name="points" label={t('assessment.points')} rules={[{ required: true }]}><InputNumber min={0} max={manual?.line.points} step={0.1} /></Form.Item>
          <Form.Item name="reason" label={t('assessment.reason')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
