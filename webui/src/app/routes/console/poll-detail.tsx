import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { usePoll, usePollAction, type Answers } from '../../../features/poll/api/poll';
import { PollQuestions } from '../../../features/poll/components/poll-questions';
import { PollResultsView } from '../../../features/poll/components/poll-results';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';

/** One poll: live counts while it runs; paper and telephone answers entered; after the close, the report. */
export function PollDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const detail = usePoll(id);
  const action = usePollAction();
  const p = detail.data?.poll;
  const [answers, setAnswers] = useState<Answers>({});
  const [channel, setChannel] = useState<string>('PAPER');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const err = action.error instanceof ApiError ? action.error : undefined;
  const onError = (e: unknown) => { if (e instanceof ApiError) setErrors(e.fieldErrors()); };
  const running = p?.phase === 'OPEN' || p?.phase === 'CLOSED';
  const reportable = p?.phase === 'CLOSED' || p?.phase === 'REPORTING';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{p?.title}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card loading={detail.isLoading}>
            {p && (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('opinion.refNo')}>{p.refNo}</Descriptions.Item>
                <Descriptions.Item label={t('item.state')}><PhaseTag phase={p.phase} of="poll" /></Descriptions.Item>
                <Descriptions.Item label={t('poll.period')}>{p.opensOn} — {p.closesOn}</Descriptions.Item>
                <Descriptions.Item label={t('poll.mode')}>{t(`poll.modes.${p.mode}`)}</Descriptions.Item>
                <Descriptions.Item label={t('poll.targets')}>{p.targetGroups}</Descriptions.Item>
                <Descriptions.Item label={t('poll.samplePlan')}>{p.samplePlan}（{p.sampleSize}）</Descriptions.Item>
                {p.announcementItemId && <Descriptions.Item label={t('poll.announcement')}><Link to={`/console/items/${p.announcementItemId}`}>{p.announcementItemId}</Link></Descriptions.Item>}
                {p.reportItemId && <Descriptions.Item label={t('poll.report')}><Link to={`/console/items/${p.reportItemId}`} data-testid="poll-report-item">{p.reportItemId}</Link></Descriptions.Item>}
              </Descriptions>
            )}
          </Card>
          {running && (
            <Card title={t('poll.enter')} style={{ marginTop: 16 }}>
              <Space wrap style={{ marginBottom: 12 }}>
                <Select aria-label={t('consultation.channelLabel')} value={channel} onChange={setChannel} style={{ width: 140 }}
                  options={['PAPER', 'TELEPHONE'].map((c) => ({ value: c, label: t(`poll.channels.${c}`) }))} />
                <Input aria-label={t('poll.phone')} placeholder={t('poll.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} style={{ width: 180 }} />
              </Space>
              <PollQuestions form={p?.form} value={answers} onChange={setAnswers} errors={errors} />
              <Button style={{ marginTop: 12 }} type="primary" onClick={() => action.mutate({ path: `/${id}/responses`, body: { channel, phone: phone || undefined, answers } },
                { onSuccess: () => { setAnswers({}); setPhone(''); setErrors({}); }, onError })}>{t('poll.enterSubmit')}</Button>
            </Card>
          )}
          {reportable && (
            <Card title={t('poll.draftReport')} style={{ marginTop: 16 }}>
              <Form layout="vertical" onFinish={(v: { method: string; conclusions: string; use: string; theme?: string; themeCount?: number; decisions?: string }) => action.mutate({
                path: `/${id}/report`, body: { method: v.method, conclusions: v.conclusions, use: v.use, themes: v.theme ? [{ theme: v.theme, count: v.themeCount ?? 0 }] : [],
                  decisionItemIds: (v.decisions ?? '').split(/[,，\s]+/).filter(Boolean).map(Number).filter((n) => n > 0) },
              })}>
                <Form.Item name="method" label={t('poll.method')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={2} /></Form.Item>
                <Form.Item name="conclusions" label={t('poll.conclusions')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={3} /></Form.Item>
                <Form.Item name="use" label={t('poll.use')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={2} /></Form.Item>
                <Space wrap>
                  <Form.Item name="theme" label={t('poll.theme')}><Input style={{ width: 260 }} /></Form.Item>
                  <Form.Item name="themeCount" label={t('poll.themeCount')}><InputNumber min={0} /></Form.Item>
                </Space>
                <Form.Item name="decisions" label={t('poll.decisions')} extra={t('poll.decisionsHelp')}><Input style={{ maxWidth: 320 }} /></Form.Item>
                <Button type="primary" htmlType="submit" loading={action.isPending} data-testid="draft-poll-report">{t('poll.draftReport')}</Button>
              </Form>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('poll.liveCounts')}><PollResultsView results={detail.data?.results} /></Card>
        </Col>
      </Row>
    </Space>
  );
}
