import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { useKeyTask, useKeyTaskAction } from '../../../features/keytask/api/keytask';

/** One key task: milestones, sub-tasks, progress reported in each round, rectifications with their clocks (R33). */
export function KeyTaskDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useKeyTask(id);
  const action = useKeyTaskAction();
  const prompt = useTextPrompt();
  const [progressForm] = Form.useForm();
  const [rectForm] = Form.useForm();
  const x = detail.data?.task;
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const lead = office || x?.leadDepartmentCode === me?.department;
  const err = action.error instanceof ApiError ? action.error : undefined;
  const required = [{ required: true, message: t('form.required') }];
  const rounds = detail.data?.rounds ?? [];
  const open = rounds.filter((r) => r.state === 'OPEN');
  const unpublished = rounds.filter((r) => r.state !== 'PUBLISHED');
  const hasChildren = (detail.data?.children ?? []).some((c) => c.state === 'ACTIVE');
  const roundName = (rid?: number) => {
    const r = rounds.find((y) => y.id === rid);
    return r ? t('keyTask.roundLabel', { year: r.year, half: t(`keyTask.halves.${r.half}`) }) : String(rid);
  };
  const fieldErrors = (f: ReturnType<typeof Form.useForm>[0]) => (e: unknown) => {
    if (e instanceof ApiError) f.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
  };
  if (!x) return <Card loading />;
  return (
    <>
      <Typography.Title level={3}>{x.refNo} {x.title}</Typography.Title>
      {prompt.modal}
      {err && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('keyTask.source')}>{t(`keyTask.sources.${x.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('item.state')}><Tag>{t(`keyTask.states.${x.state}`)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('keyTask.lead')}>{names.department(x.leadDepartmentCode)}</Descriptions.Item>
          <Descriptions.Item label={t('keyTask.supporting')}>{(x.supportingDepartmentCodes ?? []).map((c) => names.department(c)).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('keyTask.leader')}>{x.leader}</Descriptions.Item>
          <Descriptions.Item label={t('keyTask.progress')}>{x.percent == null ? '—' : `${x.percent}%`}</Descriptions.Item>
          <Descriptions.Item label={t('keyTask.measures')} span={2}>{x.measures}</Descriptions.Item>
        </Descriptions>
        {x.parentId && <Link to={`/console/key-tasks/${x.parentId}`}>{t('keyTask.parent')}</Link>}
        {office && x.state === 'ACTIVE' && (
          <Button danger style={{ marginTop: 12 }} onClick={() => prompt.open(t('keyTask.cancelReason'), (reason) => action.mutate({ path: `/${id}/cancellation`, body: { reason } }))}>
            {t('keyTask.cancel')}</Button>
        )}
      </Card>
      <Card title={t('keyTask.milestones')} style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={x.milestones ?? []} scroll={{ x: 500 }}
          columns={[
            { title: t('keyTask.milestone'), dataIndex: 'title' },
            { title: t('keyTask.milestoneDue'), dataIndex: 'dueOn' },
            { title: t('keyTask.milestoneDone'), render: (_, m) => m.doneOn ?? (lead ? <Button size="small" onClick={() => action.mutate({ path: `/${id}/milestones/${m.id}/done` })}>{t('keyTask.markDone')}</Button> : '—') },
          ]} />
      </Card>
      {(detail.data?.children ?? []).length > 0 && (
        <Card title={t('keyTask.children')} style={{ marginBottom: 16 }}>
          <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.children ?? []} scroll={{ x: 500 }}
            columns={[
              { title: t('keyTask.refNo'), dataIndex: 'refNo', render: (v: string, c) => <Link to={`/console/key-tasks/${c.id}`}>{v}</Link> },
              { title: t('keyTask.title'), dataIndex: 'title' },
              { title: t('keyTask.lead'), dataIndex: 'leadDepartmentCode', render: (v: string) => names.department(v) },
              { title: t('keyTask.weight'), dataIndex: 'weight' },
              { title: t('keyTask.progress'), dataIndex: 'percent', render: (v?: number) => (v == null ? '—' : `${v}%`) },
            ]} />
        </Card>
      )}
      <Card title={t('keyTask.history')} style={{ marginBottom: 16 }}>
        <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.progress ?? []} scroll={{ x: 600 }} data-testid="key-task-progress"
          columns={[
            { title: t('keyTask.round'), dataIndex: 'roundId', render: (v: number) => roundName(v) },
            { title: t('keyTask.progress'), dataIndex: 'percent', render: (v: number) => `${v}%` },
            { title: t('keyTask.progressText'), dataIndex: 'progress' },
            { title: t('keyTask.problems'), dataIndex: 'problems' },
          ]} />
        {lead && !hasChildren && open.length > 0 && x.state === 'ACTIVE' && (
          <Form form={progressForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ roundId: open[0].id }}
            onFinish={(v: object) => action.mutate({ path: `/${id}/progress`, body: v }, { onSuccess: () => progressForm.resetFields(['progress', 'problems']), onError: fieldErrors(progressForm) })}>
            <Space wrap align="start">
              <Form.Item name="roundId" label={t('keyTask.round')} rules={required}><Select style={{ width: 180 }} options={open.map((r) => ({ value: r.id, label: roundName(r.id) }))} /></Form.Item>
              <Form.Item name="percent" label={t('keyTask.percent')} rules={required}><InputNumber min={0} max={100} addonAfter="%" /></Form.Item>
            </Space>
            <Form.Item name="progress" label={t('keyTask.progressText')} rules={required}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="problems" label={t('keyTask.problems')}><Input.TextArea rows={2} /></Form.Item>
            <Button type="primary" htmlType="submit" data-testid="report-progress">{t('keyTask.report')}</Button>
          </Form>
        )}
      </Card>
      <Card title={t('keyTask.rectifications')}>
        <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.rectifications ?? []} scroll={{ x: 700 }}
          columns={[
            { title: t('keyTask.round'), dataIndex: 'roundId', render: (v: number) => roundName(v) },
            { title: t('keyTask.problem'), dataIndex: 'problem' },
            { title: t('keyTask.measure'), dataIndex: 'measure' },
            { title: t('obligations.col.due'), dataIndex: 'dueOn' },
            { title: t('obligations.col.status'), render: (_, r) => <StatusTag status={r.obligation?.status} /> },
            { title: t('keyTask.evidence'), render: (_, r) => r.evidence ?? (lead && r.state === 'OPEN'
              ? <Button size="small" onClick={() => prompt.open(t('keyTask.evidence'), (evidence) => action.mutate({ path: `/${id}/rectifications/${r.id}/completion`, body: { evidence } }))}>{t('keyTask.rectified')}</Button> : '—') },
          ]} />
        {office && unpublished.length > 0 && (
          <Form form={rectForm} layout="vertical" style={{ marginTop: 16 }} initialValues={{ roundId: unpublished[0].id }}
            onFinish={(v: { roundId: number; problem: string; measure: string; dueOn: Dayjs }) => action.mutate({ path: `/${id}/rectifications`, body: { ...v, dueOn: v.dueOn?.format('YYYY-MM-DD') } },
              { onSuccess: () => rectForm.resetFields(['problem', 'measure', 'dueOn']), onError: fieldErrors(rectForm) })}>
            <Space wrap align="start">
              <Form.Item name="roundId" label={t('keyTask.round')} rules={required}><Select style={{ width: 180 }} options={unpublished.map((r) => ({ value: r.id, label: roundName(r.id) }))} /></Form.Item>
              <Form.Item name="dueOn" label={t('obligations.col.due')} rules={required}><DatePicker /></Form.Item>
            </Space>
            <Form.Item name="problem" label={t('keyTask.problem')} rules={required}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="measure" label={t('keyTask.measure')} rules={required}><Input.TextArea rows={2} /></Form.Item>
            <Button htmlType="submit" data-testid="require-rectification">{t('keyTask.requireRectification')}</Button>
          </Form>
        )}
      </Card>
    </>
  );
}
