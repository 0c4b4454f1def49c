import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import { RuleName } from '../../../components/rule-name';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';
import { useDecision, usePublicityAction } from '../../../features/publicity/api/publicity';
import { DecisionForm, toRequest, type DecisionValues } from '../../../features/publicity/components/decision-form';

/** One decision: its fields (names masked, no ID number), its R35 clock, its publicity item; correct or revoke it. */
export function DoublePublicityDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useDecision(id);
  const action = usePublicityAction();
  const prompt = useTextPrompt();
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<DecisionValues>();
  const d = detail.data?.decision;
  const mayWork = !!d && ((me?.roles ?? []).some((r) => r === 'office' || r === 'office-head') || d.departmentCode === me?.department);
  const err = action.error instanceof ApiError ? action.error : undefined;
  const startCorrecting = () => {
    if (!d) return;
    const day = (s?: string) => (s ? dayjs(s) : undefined);
    form.setFieldsValue({ ...d, partyName: '', legalRepresentative: '', idNumber: '', decisionDate: day(d.decisionDate), validFrom: day(d.validFrom), validTo: day(d.validTo),
      publicityEndsOn: day(d.publicityEndsOn) } as unknown as DecisionValues);
    setReason('');
    setCorrecting(true);
  };
  const fields: [string, unknown][] = d ? [
    ['publicity.kind', t(`publicity.kinds.${d.kind}`)], ['publicity.partyCategory', t(`publicity.parties.${d.partyCategory}`)], ['publicity.partyName', d.partyName],
    ['publicity.creditCode', d.creditCode], ['publicity.legalRep', d.legalRepresentative], ['publicity.documentName', d.documentName], ['publicity.documentNumber', d.documentNumber],
    ['publicity.decisionDate', d.decisionDate], ['publicity.licenceCategory', d.licenceCategory], ['publicity.certificateName', d.certificateName],
    ['publicity.certificateNumber', d.certificateNumber], ['publicity.validFrom', d.validFrom], ['publicity.validTo', d.validTo], ['publicity.offenceType', d.offenceType],
    ['publicity.facts', d.facts], ['publicity.legalBasis', d.legalBasis], ['publicity.penaltyCategory', d.penaltyCategory], ['publicity.fineAmount', d.fineAmount],
    ['publicity.confiscationAmount', d.confiscationAmount], ['publicity.licenceAction', d.licenceAction], ['publicity.penaltyContent', d.content],
    ['publicity.publicityEndsOn', d.publicityEndsOn], ['publicity.authority', d.authority], ['opinion.department', names.department(d.departmentCode ?? '')],
  ] : [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{d?.documentNumber}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {d && (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('item.state')}><Tag data-testid="decision-state">{t(`publicity.states.${d.state}`)}</Tag>{d.shareOnly && <Tag>{t('publicity.sharedOnly')}</Tag>}</Descriptions.Item>
                {fields.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => <Descriptions.Item key={k} label={t(k)}>{String(v)}</Descriptions.Item>)}
                {d.correctionReason && <Descriptions.Item label={t('publicity.correctionReason')}>{d.correctionReason}</Descriptions.Item>}
                {d.revocationReason && <Descriptions.Item label={t('publicity.revocationReason')}>{d.revocationReason}</Descriptions.Item>}
                {d.itemId && <Descriptions.Item label={t('publicity.item')}><Link to={`/console/items/${d.itemId}`} data-testid="decision-item-link">{d.itemId}</Link></Descriptions.Item>}
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('ruleName.R35')}>
            <Table rowKey="id" size="small" pagination={false} dataSource={detail.data?.obligations ?? []} data-testid="decision-clock"
              columns={[
                { title: t('obligations.col.rule'), dataIndex: 'ruleId', render: (v: string) => <RuleName id={v} /> },
                { title: t('obligations.col.due'), dataIndex: 'dueDate' },
                { title: t('obligations.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
              ]} />
            {d && mayWork && (
              <Space wrap style={{ marginTop: 16 }}>
                {d.state === 'RECORDED' && !d.shareOnly && (
                  <Button type="primary" onClick={() => action.mutate({ path: `/${id}/publication` })} data-testid="draft-publicity">{t('publicity.draft')}</Button>
                )}
                {(d.state === 'RECORDED' || d.state === 'PUBLISHED') && <Button onClick={startCorrecting}>{t('publicity.correct')}</Button>}
                {d.state !== 'REVOKED' && (
                  <Button danger onClick={() => prompt.open(t('publicity.revocationReason'), (r) => action.mutate({ path: `/${id}/revocation`, body: { reason: r } }))}>{t('publicity.revoke')}</Button>
                )}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <Modal open={correcting} title={t('publicity.correct')} width={760} onCancel={() => setCorrecting(false)} destroyOnClose={false}
        okText={t('review.confirm')} onOk={() => form.submit()} okButtonProps={{ disabled: !reason.trim(), loading: action.isPending }}>
        <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('publicity.correctionReason')} placeholder={t('publicity.correctionReason')} style={{ marginBottom: 16 }} />
        <DecisionForm form={form} correcting onFinish={(v) => action.mutate({ path: `/${id}/correction`, body: { reason, decision: toRequest(v) } }, { onSuccess: () => setCorrecting(false) })} />
      </Modal>
      {prompt.modal}
    </Space>
  );
}
