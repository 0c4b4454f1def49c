import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, List, Steps, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiUpload, QUERY_CODE_HEADER } from '../../../lib/api-client';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { FocusHere } from '../../../components/focus-here';
import { useApplicationProgress } from '../../../features/applications/api/applications';

const STEPS = ['RECEIVED', 'DECIDED', 'DELIVERED'] as const;

/** 查询申请进度: the state, the dates that matter, the outcome and the delivered files; never personal data. */
export function ApplyTrackPage() {
  const { t } = useTranslation();
  const { params } = useUrlParams();
  const [q, setQ] = useState<{ trackingNo?: string; code?: string }>({});
  const p = useApplicationProgress(q.trackingNo, q.code).data;
  const qc = useQueryClient();
  const upload = useMutation({
    mutationFn: (f: File) => apiUpload(`/api/v1/applications/track/files?trackingNo=${encodeURIComponent(q.trackingNo ?? '')}`, f, { [QUERY_CODE_HEADER]: q.code ?? '' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['applications', 'track'] }),
  });
  const accepting = p && (p.state === 'RECEIVED' || p.state === 'IN_CORRECTION' || p.state === 'THIRD_PARTY');
  const err = useApplicationProgress(q.trackingNo, q.code).isError;
  const step = p ? (p.state === 'DELIVERED' || p.state === 'CLOSED' ? 2 : p.state === 'DECIDED' ? 1 : 0) : 0;
  return (
    <Card>
      <PageTitle title={t('application.track')} trail={[{ label: t('portal.nav.apply'), to: '/apply' }]} />
      <Form layout="inline" initialValues={{ trackingNo: params.get('trackingNo') ?? '' }} onFinish={(v: { trackingNo: string; code: string }) => setQ({ trackingNo: v.trackingNo.trim(), code: v.code.trim() })} style={{ marginBottom: 24, rowGap: 8 }}>
        <Form.Item name="trackingNo" label={t('application.trackingNo')} rules={[{ required: true, message: t('form.required') }]}><Input data-testid="app-track-no" /></Form.Item>
        <Form.Item name="code" label={t('application.queryCode')} rules={[{ required: true, message: t('form.required') }]}><Input data-testid="app-track-code" /></Form.Item>
        <Button type="primary" htmlType="submit" data-testid="app-track-submit">{t('enquiry.query')}</Button>
      </Form>
      {err && <Alert type="warning" showIcon message={t('application.notFound')} />}
      {p && (
        <FocusHere announce={false} key={JSON.stringify(q)}>
        <div data-testid="app-progress">
          <Steps current={step} items={STEPS.map((s) => ({ title: t(`applicationState.${s}`) }))} responsive style={{ marginBottom: 16 }} />
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('item.state')}><span data-testid="app-state">{t(`applicationState.${p.state}`)}</span></Descriptions.Item>
            <Descriptions.Item label={t('application.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            {p.clock === 'PAUSED' && (
              <Descriptions.Item label={t('application.clock')}>
                <div data-testid="app-clock-paused">{t('application.clockPaused', { cause: p.pauseCauseLabel, since: p.pausedSince, left: p.workingDaysRemaining })}</div>
                {p.dueExplanation && <Typography.Text type="secondary">{p.dueExplanation}</Typography.Text>}
              </Descriptions.Item>
            )}
            {p.dueDate && p.state !== 'DELIVERED' && p.state !== 'CLOSED' && (
              <Descriptions.Item label={t('application.dueDate')}>
                <div>{p.dueDate}{p.dueDateProvisional ? `（${t('application.provisional')}）` : ''}{p.extended ? `（${t('application.extended')}）` : ''}</div>
                {p.dueExplanation && <Typography.Text type="secondary" data-testid="app-due-explanation">{p.dueExplanation}</Typography.Text>}
              </Descriptions.Item>
            )}
            {p.correctionDue && p.state === 'IN_CORRECTION' && <Descriptions.Item label={t('application.correctionDue')}>{p.correctionDue}</Descriptions.Item>}
            {p.outcomeLabel && <Descriptions.Item label={t('application.outcome')}><span data-testid="app-outcome">{p.outcomeLabel}</span>{p.outcomeArticle ? `（${p.outcomeArticle}）` : ''}{p.outcomeNote ? `：${p.outcomeNote}` : ''}</Descriptions.Item>}
            {p.deliveredOn && <Descriptions.Item label={t('application.deliveredOn')}>{p.deliveredOn}</Descriptions.Item>}
          </Descriptions>
          {accepting && (
            <div style={{ margin: '16px 0' }}>
              <Typography.Paragraph type="secondary">{t('application.uploadHelp')}</Typography.Paragraph>
              <Upload showUploadList={false} beforeUpload={(f) => { upload.mutate(f); return false; }}>
                <Button icon={<UploadOutlined />} loading={upload.isPending}>{t('application.uploadProof')}</Button>
              </Upload>
              {upload.isSuccess && <Alert style={{ marginTop: 8 }} type="success" showIcon message={t('application.uploaded')} />}
              {upload.error && <Alert style={{ marginTop: 8 }} type="error" showIcon message={upload.error.message} />}
            </div>
          )}
          {(p.letters ?? []).length > 0 && (
            <List
              header={t('letters.title')}
              dataSource={p.letters ?? []}
              renderItem={(l) => (
                <List.Item>
                  <a href={`/api/v1/applications/track/letters/${l.id}?trackingNo=${encodeURIComponent(q.trackingNo ?? '')}`} data-testid="app-letter"
                    onClick={(e) => { e.preventDefault(); void apiDownload(e.currentTarget.getAttribute('href') ?? '', `${l.title}.pdf`, { [QUERY_CODE_HEADER]: q.code ?? '' }); }}>
                    {l.title}（{l.docNumber}）
                  </a>
                  <span className="gk-date">{l.signedOn}</span>
                </List.Item>
              )}
            />
          )}
          {(p.files ?? []).length > 0 && (
            <List
              header={t('files.title')}
              dataSource={p.files ?? []}
              renderItem={(f) => (
                <List.Item>
                  <a href={`/api/v1/applications/track/files/${f.id}?trackingNo=${encodeURIComponent(q.trackingNo ?? '')}`} data-testid="app-file"
                    onClick={(e) => { e.preventDefault(); void apiDownload(e.currentTarget.getAttribute('href') ?? '', f.fileName ?? 'file', { [QUERY_CODE_HEADER]: q.code ?? '' }); }}>{f.fileName}</a>
                </List.Item>
              )}
            />
          )}
        </div>
        </FocusHere>
      )}
    </Card>
  );
}
