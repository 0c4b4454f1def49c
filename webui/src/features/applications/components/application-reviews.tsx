import { Alert, Button, DatePicker, Form, Input, List, Space } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Review = components['schemas']['ApplicationReview'];
const KINDS = ['RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER'] as const;
const RESULTS = ['PENDING', 'MAINTAINED', 'CORRECTED', 'OTHER'] as const;

/** Reconsideration and litigation about an application, for the annual report's table IV. */
export function ApplicationReviews({ applicationId, reviews, canRecord }: { applicationId: number; reviews: Review[]; canRecord: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ kind: string; body: string; filedOn: Dayjs; result: string; decidedOn?: Dayjs }>();
  const record = useMutation({
    mutationFn: (b: unknown) => api.post(`/api/v1/applications/${applicationId}/reviews`, b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['applications', 'detail', applicationId] }),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List size="small" dataSource={reviews} locale={{ emptyText: t('application.noReviews') }}
        renderItem={(r) => <List.Item>{t(`reviewKind.${r.kind}`)} · {r.body} · {r.filedOn} · {t(`reviewResult.${r.result}`)}{r.decidedOn ? ` · ${r.decidedOn}` : ''}</List.Item>} />
      {canRecord && (
        <Form form={form} layout="vertical" onFinish={(v) => record.mutate({ ...v, filedOn: v.filedOn.format('YYYY-MM-DD'), decidedOn: v.decidedOn?.format('YYYY-MM-DD') }, { onSuccess: () => form.resetFields() })}>
          <Space wrap>
            <Form.Item name="kind" label={t('application.reviewKind')} rules={[{ required: true, message: t('form.required') }]}>
              <Select style={{ width: 180 }} options={KINDS.map((k) => ({ value: k, label: t(`reviewKind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="body" label={t('application.reviewBody')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 200 }} /></Form.Item>
            <Form.Item name="filedOn" label={t('application.filedOn')} rules={[{ required: true, message: t('form.required') }]}><DatePicker /></Form.Item>
            <Form.Item name="result" label={t('application.reviewResult')} rules={[{ required: true, message: t('form.required') }]}>
              <Select style={{ width: 120 }} options={RESULTS.map((k) => ({ value: k, label: t(`reviewResult.${k}`) }))} />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('application.decidedOn')}><DatePicker /></Form.Item>
          </Space>
          <Button htmlType="submit" loading={record.isPending}>{t('meetings.record')}</Button>
          {record.error && <Alert style={{ marginTop: 8 }} type="error" showIcon message={record.error.message} />}
        </Form>
      )}
    </Space>
  );
}
