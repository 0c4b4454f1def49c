import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { RuleName } from '../../../components/rule-name';
import { ApiError, apiDownload } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useDepartments, useNames } from '../../../lib/reference-data';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { SOURCES, useKeyTaskAction, useKeyTaskImport, useKeyTaskYear, useKeyTasks, type KeyTask, type KeyTaskDetail } from '../../../features/keytask/api/keytask';

/**
 * 重点工作台账 (R33): a year's ledger (the office adds tasks one by one or from a sheet), the division drafted for the
 * review, the half-yearly inspections and their clocks; export as CSV or XLSX.
 */
export function KeyTasksConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const departments = useDepartments();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const [page, setPage] = useState(0);
  const [department, setDepartment] = useState<string>();
  const tasks = useKeyTasks({ year, department, page });
  const yearView = useKeyTaskYear(year);
  const action = useKeyTaskAction();
  const upload = useKeyTaskImport();
  const prompt = useTextPrompt();
  const [form] = Form.useForm();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const err = [action.error, upload.error].find((e) => e instanceof ApiError) as ApiError | undefined;
  const required = [{ required: true, message: t('form.required') }];
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }));
  const parents = (tasks.data?.items ?? []).filter((x) => !x.parentId);
  const rounds = yearView.data?.rounds ?? [];
  const planned = !!yearView.data?.planPublishedOn;
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.keyTasks')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('keyTask.note')}</Typography.Paragraph>
      {prompt.modal}
      {err && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message}
        data-testid="key-task-error" />}
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <InputNumber aria-label={t('keyTask.year')} min={2000} max={2100} value={year} onChange={(v) => { if (v) setParams({ year: String(v) }); setPage(0); }} />
          <Select aria-label={t('keyTask.department')} allowClear style={{ width: 200 }} placeholder={t('keyTask.department')} value={department}
            onChange={(v) => { setDepartment(v as string | undefined); setPage(0); }} options={deptOptions} />
          <Button onClick={() => void apiDownload(`/api/v1/key-tasks/export?year=${year}&format=csv`, `key-tasks-${year}.csv`)}>{t('keyTask.exportCsv')}</Button>
          <Button onClick={() => void apiDownload(`/api/v1/key-tasks/export?year=${year}&format=xlsx`, `key-tasks-${year}.xlsx`)}>{t('keyTask.exportXlsx')}</Button>
          {office && (
            <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
              <Button data-testid="key-task-import">{t('keyTask.importSheet')}</Button>
            </Upload>
          )}
          {upload.data && <Tag color="green">{t('keyTask.imported', { n: upload.data.created })}</Tag>}
        </Space>
      </Card>
      <Card title={t('keyTask.yearTitle', { year })} style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>{t('keyTask.plan')}：{yearView.data?.planPublishedOn ? t('keyTask.publishedOn', { date: yearView.data.planPublishedOn }) : yearView.data?.planItemId ? t('keyTask.inReview') : t('keyTask.notDrafted')}</span>
            {yearView.data?.planItemId && <Link to={`/console/items/${yearView.data.planItemId}`}>{t('keyTask.openItem')}</Link>}
            {office && <Button data-testid="draft-plan" onClick={() => (planned ? prompt.open(t('keyTask.adjustReason'), (reason) => action.mutate({ path: `/years/${year}/plan-item`, body: { reason } }))
              : action.mutate({ path: `/years/${year}/plan-item` }, { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) }))}>
              {planned ? t('keyTask.adjustPlan') : t('keyTask.draftPlan')}</Button>}
          </Space>
          <Space wrap>
            {[1, 2].map((h) => {
              const r = rounds.find((x) => x.half === h);
              return (
                <Space key={h}>
                  <span>{t('keyTask.roundLabel', { year, half: t(`keyTask.halves.${h}`) })}：{r ? t(`keyTask.roundStates.${r.state}`) : t('keyTask.notOpened')}</span>
                  {office && !r && planned && <Button size="small" onClick={() => action.mutate({ path: '/rounds', body: { year, half: h } })} data-testid={`open-round-${h}`}>{t('keyTask.openRound')}</Button>}
                  {office && r?.state === 'OPEN' && <Button size="small" onClick={() => action.mutate({ path: `/rounds/${r.id}/progress-item` },
                    { onSuccess: (d) => navigate(`/console/items/${(d as { id: number }).id}`) })} data-testid={`draft-round-${h}`}>{t('keyTask.draftRound')}</Button>}
                  {r?.itemId && <Link to={`/console/items/${r.itemId}`}>{t('keyTask.openItem')}</Link>}
                </Space>
              );
            })}
          </Space>
          <Table rowKey="id" size="small" pagination={false} dataSource={yearView.data?.obligations ?? []} scroll={{ x: 500 }}
            columns={[
              { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
              { title: t('obligations.col.due'), dataIndex: 'dueDate' },
              { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
            ]} />
        </Space>
      </Card>
      <Card title={t('keyTask.ledger')} style={{ marginBottom: 16 }}>
        <Table<KeyTask> rowKey="id" dataSource={tasks.data?.items ?? []} loading={tasks.isFetching} scroll={{ x: 900 }} data-testid="key-task-ledger"
          pagination={{ current: page + 1, pageSize: 20, total: tasks.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
          columns={[
            { title: t('keyTask.refNo'), dataIndex: 'refNo', render: (v: string, x) => <Link to={`/console/key-tasks/${x.id}`}>{v}</Link> },
            { title: t('keyTask.title'), dataIndex: 'title', render: (v: string, x) => (x.parentId ? `— ${v}` : v) },
            { title: t('keyTask.lead'), dataIndex: 'leadDepartmentCode', render: (v: string) => names.department(v) },
            { title: t('keyTask.leader'), dataIndex: 'leader' },
            { title: t('keyTask.weight'), dataIndex: 'weight' },
            { title: t('keyTask.progress'), dataIndex: 'percent', render: (v?: number) => (v == null ? '—' : `${v}%`) },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`keyTask.states.${v}`)}</Tag> },
          ]} />
      </Card>
      {office && (
        <Card title={t('keyTask.add')}>
          <Form form={form} layout="vertical" initialValues={{ weight: 10, source: 'BUREAU_POINTS' }}
            onFinish={(v: { title: string; source: string; parentId?: number; measures: string; leadDepartmentCode: string; supportingDepartmentCodes?: string[]; leader: string; weight: number; m1?: string; d1?: Dayjs }) =>
              action.mutate({ path: '', body: { ...v, year, m1: undefined, d1: undefined, milestones: v.m1 && v.d1 ? [{ title: v.m1, dueOn: v.d1.format('YYYY-MM-DD') }] : [] } }, {
                onSuccess: (d) => navigate(`/console/key-tasks/${(d as KeyTaskDetail).task?.id}`),
                onError: (e) => { if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: (name.startsWith('milestones') ? 'd1' : name) as never, errors: [msg] }))); },
              })}>
            <Space wrap align="start">
              <Form.Item name="title" label={t('keyTask.title')} rules={required}><Input style={{ width: 320 }} /></Form.Item>
              <Form.Item name="source" label={t('keyTask.source')} rules={required}>
                <Select style={{ width: 180 }} options={SOURCES.map((s) => ({ value: s, label: t(`keyTask.sources.${s}`) }))} />
              </Form.Item>
              <Form.Item name="parentId" label={t('keyTask.parent')}>
                <Select allowClear style={{ width: 240 }} options={parents.map((x) => ({ value: x.id, label: `${x.refNo} ${x.title}` }))} />
              </Form.Item>
            </Space>
            <Form.Item name="measures" label={t('keyTask.measures')} rules={required}><Input.TextArea rows={3} /></Form.Item>
            <Space wrap align="start">
              <Form.Item name="leadDepartmentCode" label={t('keyTask.lead')} rules={required}><Select style={{ width: 180 }} options={deptOptions} /></Form.Item>
              <Form.Item name="supportingDepartmentCodes" label={t('keyTask.supporting')}><Select mode="multiple" style={{ width: 240 }} options={deptOptions} /></Form.Item>
              <Form.Item name="leader" label={t('keyTask.leader')} rules={required}><Input style={{ width: 120 }} /></Form.Item>
              <Form.Item name="weight" label={t('keyTask.weight')}><InputNumber min={1} max={100} /></Form.Item>
              <Form.Item name="m1" label={t('keyTask.milestone')}><Input style={{ width: 200 }} /></Form.Item>
              <Form.Item name="d1" label={t('keyTask.milestoneDue')}><DatePicker /></Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" data-testid="add-key-task">{t('keyTask.add')}</Button>
          </Form>
        </Card>
      )}
    </>
  );
}
