import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { PHASES, useConsultations, useExemptionAction, useExemptions, type Consultation, type Exemption } from '../../../features/consultation/api/consultation';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';

/** 征求意见 (R30): the department's consultations with their phase and report clock; for the head of the office, the exemptions to decide. */
export function ConsultationsConsolePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const names = useNames();
  const [f, setF] = useState<{ phase?: string; q?: string; page: number; size: number }>({ page: 0, size: 20 });
  const list = useConsultations(f);
  const officeHead = !!me?.roles?.includes('office-head');
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.consultations')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('consultation.gateNote')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear aria-label={t('item.state')} placeholder={t('item.state')} style={{ width: 180 }} value={f.phase}
            onChange={(v) => setF({ ...f, phase: v, page: 0 })} options={PHASES.map((p) => ({ value: p, label: t(`consultation.phase.${p}`) }))} />
          <Input.Search allowClear aria-label={t('consultation.search')} placeholder={t('consultation.search')} style={{ width: 260 }}
            onSearch={(v) => setF({ ...f, q: v.trim() || undefined, page: 0 })} />
        </Space>
        <Table<Consultation>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          pagination={{ current: (list.data?.page ?? 0) + 1, pageSize: list.data?.size ?? 20, total: list.data?.total ?? 0, onChange: (p, s) => setF({ ...f, page: p - 1, size: s }) }}
          columns={[
            { title: t('opinion.refNo'), dataIndex: 'refNo' },
            { title: t('item.title'), dataIndex: 'title', render: (v: string, k) => <Link to={`/console/consultations/${k.id}`}>{v}</Link> },
            { title: t('opinion.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
            { title: t('consultation.period'), render: (_, k) => `${k.opensOn} — ${k.closesOn}` },
            { title: t('item.state'), render: (_, k) => <Space><PhaseTag phase={k.phase} />{k.phase === 'OPEN' && <Tag>{t('consultation.daysLeft', { n: k.daysLeft })}</Tag>}</Space> },
            { title: t('consultation.staffComments'), render: (_, k) => Object.values(k.comments ?? {}).reduce((a, b) => a + (b ?? 0), 0) },
            { title: t('ruleName.R30'), render: (_, k) => k.report ? <Space>{k.report.dueDate}<StatusTag status={k.report.status} /></Space> : null },
          ]}
          data-testid="consultations-table"
        />
      </Card>
      {officeHead && <ExemptionQueue />}
    </>
  );
}

function ExemptionQueue() {
  const { t } = useTranslation();
  const waiting = useExemptions({ state: 'REQUESTED' });
  const decide = useExemptionAction();
  const prompt = useTextPrompt();
  const err = decide.error instanceof ApiError ? decide.error : undefined;
  return (
    <Card title={t('consultation.exemptions')} style={{ marginTop: 16 }} data-testid="exemption-queue">
      {err && <Alert type="error" showIcon message={err.message} style={{ marginBottom: 12 }} />}
      <Table<Exemption> rowKey="id" dataSource={waiting.data ?? []} pagination={false} loading={waiting.isFetching}
        columns={[
          { title: t('consultation.of'), dataIndex: 'documentItemId', render: (v: number) => <Link to={`/console/items/${v}`}>{v}</Link> },
          { title: t('consultation.groundLabel'), dataIndex: 'ground', render: (v: string) => t(`consultation.ground.${v}`) },
          { title: t('consultation.exemptReason'), dataIndex: 'reason' },
          { title: t('consultation.requestedBy'), dataIndex: 'requestedBy' },
          { title: '', render: (_, x) => (
            <Space>
              <Button type="primary" size="small" onClick={() => decide.mutate({ path: `/${x.id}/decision`, body: { approve: true } })}>{t('consultation.approve')}</Button>
              <Button size="small" onClick={() => prompt.open(t('consultation.decisionNote'), (note) => decide.mutate({ path: `/${x.id}/decision`, body: { approve: false, note } }))}>{t('consultation.refuse')}</Button>
            </Space>
          ) },
        ]} />
      {prompt.modal}
    </Card>
  );
}
