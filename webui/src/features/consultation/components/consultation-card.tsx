import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { DateRange } from '../../../components/date-range';
import { ApiError } from '../../../lib/api-client';
import { GROUNDS, useConsultationsOf, useCreateConsultation, useExemptionAction, useExemptions } from '../api/consultation';
import { PhaseTag } from './phase-tag';

/**
 * R30 on a draft normative document or major decision: its consultations and exemptions, and the two ways forward —
 * put it out for consultation, or ask the head of the office to exempt it (涉密, an emergency …).
 */
export function ConsultationCard({ documentId, mayAct }: { documentId: number; mayAct: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useConsultationsOf(documentId, true);
  const exemptions = useExemptions({ documentId });
  const create = useCreateConsultation();
  const exempt = useExemptionAction();
  const [setUp, setSetUp] = useState(false);
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm();
  const under = (list.data?.items ?? []).some((k) => k.phase !== 'REPORTED');
  const exempted = (exemptions.data ?? []).some((x) => x.state !== 'REFUSED');
  const err = (create.error ?? exempt.error) instanceof ApiError ? (create.error ?? exempt.error) as ApiError : undefined;
  return (
    <Card title={t('consultation.consultationsOfDoc')} style={{ marginTop: 16 }} data-testid="consultation-card">
      <Typography.Paragraph type="secondary">{t('consultation.gateNote')}</Typography.Paragraph>
      {err && <Alert type="error" showIcon message={err.message} style={{ marginBottom: 12 }} />}
      <List size="small" dataSource={list.data?.items ?? []} locale={{ emptyText: t('consultation.none') }}
        renderItem={(k) => <List.Item><Link to={`/console/consultations/${k.id}`}>{k.refNo}</Link> {k.opensOn} — {k.closesOn} <PhaseTag phase={k.phase} /></List.Item>} />
      {(exemptions.data ?? []).map((x) => (
        <div key={x.id}><Tag>{t(`consultation.exemptionState.${x.state}`)}</Tag>{t('consultation.exempt')}：{t(`consultation.ground.${x.ground}`)} · {x.reason}</div>
      ))}
      {mayAct && !under && !exempted && (
        <Space style={{ marginTop: 12 }} wrap>
          <Button type="dashed" onClick={() => setSetUp(true)} data-testid="start-consultation">{t('consultation.new')}</Button>
          <Button type="dashed" onClick={() => setAsking(true)} data-testid="ask-exemption">{t('consultation.exempt')}</Button>
        </Space>
      )}
      <Modal open={setUp} title={t('consultation.new')} onCancel={() => setSetUp(false)} footer={null} destroyOnClose>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'ORDINARY', publicComments: true }}
          onFinish={(v: { kind: string; period: [Dayjs, Dayjs]; explanation: string; publicComments: boolean }) => create.mutate({
            documentId, kind: v.kind as 'ORDINARY', opensOn: v.period[0].format('YYYY-MM-DD'), closesOn: v.period[1].format('YYYY-MM-DD'),
            explanation: v.explanation, publicComments: v.publicComments,
          }, {
            onSuccess: (d) => { setSetUp(false); navigate(`/console/consultations/${d.consultation?.id}`); },
            onError: (e) => { if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, m]) => ({ name: name === 'opensOn' || name === 'closesOn' ? 'period' : name, errors: [m] }))); },
          })}>
          <Form.Item name="kind" label={t('consultation.kindLabel')} rules={[{ required: true }]}>
            <Select options={(['ORDINARY', 'MAJOR'] as const).map((k) => ({ value: k, label: t(`consultation.kind.${k}`) }))} data-testid="consultation-kind" />
          </Form.Item>
          <Form.Item name="period" label={t('consultation.period')} rules={[{ required: true, message: t('form.required') }]}>
            <DateRange disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="explanation" label={t('consultation.explanation')} rules={[{ required: true, message: t('form.required') }, { max: 20000 }]}>
            <Input.TextArea rows={4} data-testid="consultation-explanation" />
          </Form.Item>
          <Form.Item name="publicComments" valuePropName="checked"><Checkbox>{t('consultation.publicComments')}</Checkbox></Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="consultation-save">{t('review.confirm')}</Button>
        </Form>
      </Modal>
      <Modal open={asking} title={t('consultation.exempt')} onCancel={() => setAsking(false)} footer={null} destroyOnClose>
        <Form layout="vertical" preserve={false} onFinish={(v: { ground: string; reason: string }) => exempt.mutate({ path: '', body: { documentId, ...v } }, { onSuccess: () => setAsking(false) })}>
          <Form.Item name="ground" label={t('consultation.groundLabel')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={GROUNDS.map((g) => ({ value: g, label: t(`consultation.ground.${g}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('consultation.exemptReason')} rules={[{ required: true, message: t('form.required') }, { max: 2000 }]}><Input.TextArea rows={3} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={exempt.isPending}>{t('review.confirm')}</Button>
        </Form>
      </Modal>
    </Card>
  );
}
