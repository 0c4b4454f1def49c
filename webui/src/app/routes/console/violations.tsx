import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, Modal, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { RuleName } from '../../../components/rule-name';
import { ApiError, api, apiDownload, apiUpload } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import type { components, paths } from '../../../types/api';

type Violation = components['schemas']['Violation'];
type ViolationPage = paths['/api/v1/violations']['get']['responses']['200']['content']['application/json'];
type RefusalPage = paths['/api/v1/violations/refusals']['get']['responses']['200']['content']['application/json'];
type Refusal = components['schemas']['GateRefusal'];
type FileView = components['schemas']['Attachment'];
const KINDS = ['PUBLICATION', 'SHARING', 'REVIEW_STEP', 'RESPONSE', 'INTERPRETATION', 'OPINION', 'CONSULTATION'] as const;
const DECISIONS = ['PENDING', 'CONFIRMED', 'DISMISSED'] as const;

/**
 * 违规情形 (R45): every clock of the seven kinds not kept, derived from the ledger, with its evidence; the office
 * confirms or dismisses each with a reason, and records the follow-up of a confirmed one.
 */
export function ViolationsConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const qc = useQueryClient();
  const office = (me?.roles ?? []).some((r) => r === 'office' || r === 'office-head');
  const [f, setF] = useState<{ year?: number; kind?: string; decision?: string; page: number }>({ year: new Date().getFullYear(), page: 0 });
  const list = useQuery({
    queryKey: ['violations', f],
    queryFn: () => api.get<ViolationPage>('/api/v1/violations', { ...f, size: 20 }),
    placeholderData: (p) => p,
  });
  const [deciding, setDeciding] = useState<Violation>();
  const [form] = Form.useForm();
  const decide = useMutation({
    mutationFn: (v: { decision: string; reason: string; followUp?: string; escalated?: boolean }) => api.post<Violation>(`/api/v1/violations/${deciding?.obligationId}/decision`, v),
    onSuccess: () => { setDeciding(undefined); form.resetFields(); void qc.invalidateQueries({ queryKey: ['violations'] }); },
  });
  const err = decide.error instanceof ApiError ? decide.error : undefined;
  const thisYear = new Date().getFullYear();
  const [params, setParams] = useSearchParams();
  const shown = Number(params.get('obligation')) || undefined;
  const show = (id?: number) => setParams(id ? { obligation: String(id) } : {});
  const [tab, setTab] = useState('violations');
  const [refusalPage, setRefusalPage] = useState(0);
  const refusals = useQuery({
    queryKey: ['violations', 'refusals', f.year, f.kind, refusalPage],
    queryFn: () => api.get<RefusalPage>('/api/v1/violations/refusals', { year: f.year, kind: f.kind, page: refusalPage, size: 20 }),
    enabled: tab === 'refusals',
  });
  return (
    <>
      <EvidenceDrawer id={shown} office={office} onClose={() => show(undefined)} />
      <Typography.Title level={3}>{t('console.menu.violations')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('violations.note')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<number> aria-label={t('violations.year')} value={f.year} style={{ width: 120 }} onChange={(y) => setF({ ...f, year: y, page: 0 })}
            options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} />
          <Select<string> aria-label={t('violations.kind')} placeholder={t('violations.kind')} allowClear value={f.kind} style={{ width: 260 }}
            onChange={(k) => setF({ ...f, kind: k, page: 0 })} options={KINDS.map((k) => ({ value: k, label: t(`violations.kinds.${k}`) }))} />
          <Select<string> aria-label={t('violations.decision')} placeholder={t('violations.decision')} allowClear value={f.decision} style={{ width: 160 }}
            onChange={(d) => setF({ ...f, decision: d, page: 0 })} options={DECISIONS.map((d) => ({ value: d, label: t(`violations.decisions.${d}`) }))} />
        </Space>
 <Tabs activeKey={tab} onChange={setTab} items={[
          { key: 'violations', label: t('violations.tabViolations'), children: (
        <Table<Violation> rowKey="obligationId" dataSource={list.data?.items ?? []} loading={list.isFetching} scroll={{ x: 1000 }} data-testid="violations"
          pagination={{ current: f.page + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setF({ ...f, page: p - 1 }) }}
          columns={[
            { title: t('violations.kind'), dataIndex: 'kind', render: (k: string) => t(`violations.kinds.${k}`) },
            { title: t('violations.evidence'), key: 'e', render: (_, v) => (
              <Space direction="vertical" size={0}>
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => show(v.obligationId)}
                  data-testid={`violation-${v.obligationId}`}>{v.title}</Button>
                <Typography.Text type="secondary"><RuleName id={v.ruleId} />：{v.startDate} → {v.dueDate}{v.completedOn ? `（${t('violations.completed', { date: v.completedOn })}）` : ''}</Typography.Text>
              </Space>
            ) },
            { title: t('violations.department'), dataIndex: 'departmentCode', render: (d: string) => names.department(d) },
            { title: t('violations.person'), dataIndex: 'responsiblePerson' },
            { title: t('violations.status'), dataIndex: 'status', render: (s: string) => <Tag color="red">{t(`violations.statuses.${s}`)}</Tag> },
            { title: t('violations.decision'), key: 'd', render: (_, v) => (
              <Space direction="vertical" size={0}>
                <Tag color={v.decision === 'CONFIRMED' ? 'red' : v.decision === 'DISMISSED' ? 'default' : 'orange'}>{t(`violations.decisions.${v.decision}`)}</Tag>
                {v.reason && <Typography.Text type="secondary">{v.reason}</Typography.Text>}
                {v.followUp && <Typography.Text>{v.followUp}</Typography.Text>}
              </Space>
            ) },
            { title: t('violations.actions'), key: 'a', render: (_, v) => office && <Button size="small" onClick={() => setDeciding(v)}>{t('violations.decide')}</Button> },
          ]} />) },
          { key: 'refusals', label: t('violations.tabRefusals'), children: (
            <>
              <Typography.Paragraph type="secondary">{t('violations.refusalsNote')}</Typography.Paragraph>
              <Table<Refusal> rowKey="auditEventId" dataSource={refusals.data?.items ?? []} loading={refusals.isFetching} scroll={{ x: 900 }} data-testid="refusals"
                pagination={{ current: refusalPage + 1, pageSize: 20, total: refusals.data?.total ?? 0, onChange: (p) => setRefusalPage(p - 1) }}
                columns={[
                  { title: t('violations.at'), dataIndex: 'at', render: (a: string) => new Date(a).toLocaleString() },
                  { title: t('violations.kind'), dataIndex: 'kind', render: (k: string) => t(`violations.kinds.${k}`) },
                  { title: t('violations.item'), key: 'i', render: (_, r) => <Link to={`/console/items/${r.itemId}`}>{r.itemTitle}</Link> },
                  { title: t('violations.missing'), dataIndex: 'missing' },
                  { title: t('violations.department'), dataIndex: 'departmentCode', render: (d: string) => names.department(d) },
                  { title: t('violations.tried'), dataIndex: 'actor' },
                ]} />
            </>
          ) },
        ]} />
      </Card>
      <Modal open={!!deciding} title={deciding?.title} onCancel={() => { setDeciding(undefined); decide.reset(); }} onOk={() => form.submit()} confirmLoading={decide.isPending}
        okText={t('violations.ok')} cancelText={t('common.cancel')} destroyOnClose>
        {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
        <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v)} initialValues={{ decision: 'CONFIRMED' }}>
          <Form.Item name="decision" label={t('violations.decision')} rules={[{ required: true }]}>
            <Select<string> aria-label={t('violations.decision')} options={['CONFIRMED', 'DISMISSED'].map((d) => ({ value: d, label: t(`violations.decisions.${d}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('violations.reason')} rules={[{ required: true, message: t('violations.required') }]}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="followUp" label={t('violations.followUp')}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="escalated" valuePropName="checked"><Checkbox>{t('violations.escalated')}</Checkbox></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One violation's evidence (R45): the clock, its dates, who was responsible, the decision, and the written self-examination. */
function EvidenceDrawer({ id, office, onClose }: { id?: number; office: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const qc = useQueryClient();
  const v = useQuery({ queryKey: ['violations', 'one', id], queryFn: () => api.get<Violation>(`/api/v1/violations/${id}`), enabled: !!id });
  const files = useQuery({ queryKey: ['violations', 'files', id], queryFn: () => api.get<FileView[]>(`/api/v1/violations/${id}/self-examination`), enabled: !!id });
  const upload = useMutation({
    mutationFn: (file: File) => apiUpload<FileView>(`/api/v1/violations/${id}/self-examination`, file),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['violations', 'files', id] }),
  });
  const x = v.data;
  return (
    <Drawer open={!!id} onClose={onClose} title={x?.title ?? t('violations.evidence')} width={Math.min(640, window.innerWidth)} data-testid="violation-evidence">
      {v.error instanceof ApiError && <Alert type="error" showIcon message={v.error.message} />}
      {x && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('violations.kind')}>{t(`violations.kinds.${x.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('violations.rule')}><RuleName id={x.ruleId} /></Descriptions.Item>
            <Descriptions.Item label={t('violations.department')}>{names.department(x.departmentCode)}</Descriptions.Item>
            <Descriptions.Item label={t('violations.person')}>{x.responsiblePerson}</Descriptions.Item>
            <Descriptions.Item label={t('violations.started')}>{x.startDate}</Descriptions.Item>
            <Descriptions.Item label={t('violations.due')}>{x.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('violations.status')}><Tag color="red">{t(`violations.statuses.${x.status}`)}</Tag>{x.completedOn ? t('violations.completed', { date: x.completedOn }) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('violations.subject')}>
              <Link to={`/console/obligations?subjectId=${encodeURIComponent(x.subjectId ?? '')}`}>{x.subjectType} {x.subjectId}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('violations.decision')}>
              {t(`violations.decisions.${x.decision}`)}{x.reason ? `：${x.reason}` : ''}{x.decidedBy ? `（${x.decidedBy}）` : ''}
            </Descriptions.Item>
            {x.followUp && <Descriptions.Item label={t('violations.followUp')}>{x.followUp}{x.escalated ? `；${t('violations.escalated')}` : ''}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={4} style={{ marginTop: 16 }}>{t('violations.selfExamination')}</Typography.Title>
          {(files.data ?? []).length === 0 && <Typography.Paragraph type="secondary">{t('violations.noSelfExamination')}</Typography.Paragraph>}
          <ul>
            {(files.data ?? []).map((f) => (
              <li key={f.id}><Button type="link" style={{ padding: 0 }} onClick={() => void apiDownload(`/api/v1/violations/${id}/self-examination/${f.id}`, f.fileName ?? 'file')}>{f.fileName}</Button></li>
            ))}
          </ul>
          {upload.error instanceof ApiError && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={upload.error.message} />}
          {office && x.decision === 'CONFIRMED' && (
            <Upload showUploadList={false} beforeUpload={(file) => { upload.mutate(file); return false; }}>
              <Button loading={upload.isPending}>{t('violations.attach')}</Button>
            </Upload>
          )}
        </>
      )}
    </Drawer>
  );
}
