import { useState } from 'react';
import { Alert, Button, Card, Form, Modal, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useNames } from '../../../lib/reference-data';
import { KINDS, STATES, useDecisions, usePublicityAction, type AdminDecision, type AdminDecisionDetail } from '../../../features/publicity/api/publicity';
import { DecisionForm, toRequest, type DecisionValues } from '../../../features/publicity/components/decision-form';

/** 双公示 (R35): the department's licensing and penalty decisions, their state and publicity; recording one. */
export function DoublePublicityConsolePage() {
  const { t } = useTranslation();
  const names = useNames();
  const navigate = useNavigate();
  const [f, setF] = useState<{ kind?: string; state?: string; page: number }>({ page: 0 });
  const list = useDecisions(f);
  const action = usePublicityAction();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DecisionValues>();
  const err = action.error instanceof ApiError ? action.error : undefined;
  const submit = (v: DecisionValues) => action.mutate({ path: '', body: toRequest(v) }, {
    onSuccess: (d) => { setOpen(false); navigate(`/console/double-publicity/${(d as AdminDecisionDetail).decision?.id}`); },
    onError: (e) => { if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, m]) => ({ name: name as never, errors: [m] }))); },
  });
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.doublePublicity')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicity.note')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => { form.resetFields(); setOpen(true); }} data-testid="new-decision">{t('publicity.new')}</Button>
          <Select allowClear aria-label={t('publicity.kind')} placeholder={t('publicity.kind')} style={{ width: 160 }} value={f.kind}
            onChange={(v) => setF({ ...f, kind: v, page: 0 })} options={KINDS.map((k) => ({ value: k, label: t(`publicity.kinds.${k}`) }))} />
          <Select allowClear aria-label={t('item.state')} placeholder={t('item.state')} style={{ width: 140 }} value={f.state}
            onChange={(v) => setF({ ...f, state: v, page: 0 })} options={STATES.map((s) => ({ value: s, label: t(`publicity.states.${s}`) }))} />
        </Space>
        <Table<AdminDecision> rowKey="id" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 900 }} data-testid="decisions-table"
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => setF({ ...f, page: p - 1 }) }}
          columns={[
            { title: t('publicity.documentNumber'), dataIndex: 'documentNumber', render: (v: string, d) => <Link to={`/console/double-publicity/${d.id}`}>{v}</Link> },
            { title: t('publicity.kind'), dataIndex: 'kind', render: (v: string) => t(`publicity.kinds.${v}`) },
            { title: t('publicity.partyName'), dataIndex: 'partyName' },
            { title: t('publicity.decisionDate'), dataIndex: 'decisionDate' },
            { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('item.state'), render: (_, d) => <Space><Tag>{t(`publicity.states.${d.state}`)}</Tag>{d.shareOnly && <Tag>{t('publicity.sharedOnly')}</Tag>}</Space> },
          ]} />
      </Card>
      <Modal open={open} title={t('publicity.new')} onCancel={() => setOpen(false)} width={760} destroyOnClose
        okText={t('review.confirm')} onOk={() => form.submit()} okButtonProps={{ loading: action.isPending, id: 'save-decision' }}>
        {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.message} />}
        <DecisionForm form={form} onFinish={submit} />
      </Modal>
    </>
  );
}
