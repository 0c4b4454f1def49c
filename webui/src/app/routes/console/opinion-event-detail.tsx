import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { Attachments } from '../../../components/attachments';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { access } from '../../../lib/authorization';
import { useNames } from '../../../lib/reference-data';
import { RESPONSE_FORMS, useOpinionAction, useOpinionEvent } from '../../../features/opinion/api/opinion';
import { ClockCell } from '../../../features/opinion/components/clock-cell';

/** One event: what was seen, its clocks, its responses; the unit or the office answers; the office keeps notes and closes it. */
export function OpinionEventDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const can = access(me?.roles ?? []);
  const names = useNames();
  const detail = useOpinionEvent(id);
  const action = useOpinionAction(id);
  const [respond] = Form.useForm<{ form: string; respondedAt?: Dayjs; channel: string; link?: string; summary: string }>();
  const [closing] = Form.useForm<{ assessment: string; note: string }>();
  const [notes, setNotes] = useState('');
  const d = detail.data;
  const e = d?.event;
  useEffect(() => setNotes(d?.internalNotes ?? ''), [d?.internalNotes]);
  const unit = me?.department === e?.departmentCode;
  const mayRespond = e && e.state !== 'CLOSED' && (can.logOpinion || unit);
  const err = action.error instanceof ApiError ? action.error : undefined;
  const required = [{ required: true, message: t('form.required') }];
  const fieldErrors = (f: typeof respond | typeof closing) => (x: unknown) => {
    if (x instanceof ApiError) f.setFields(Object.entries(x.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="opinion-heading">{e?.title}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {e && (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('opinion.refNo')}>{e.refNo}</Descriptions.Item>
                <Descriptions.Item label={t('item.state')}>{t(`opinion.states.${e.state}`)}{e.assessment ? ` · ${t(`opinion.assessments.${e.assessment}`)}` : ''}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.source')}>{t(`opinion.sources.${e.source}`)} {e.sourceUrl && <a href={e.sourceUrl} target="_blank" rel="noreferrer">{e.sourceUrl}</a>}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.firstSeenAt')}>{dayjs(e.firstSeenAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.category')}>{t(`opinion.categories.${e.category}`)}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.level')}>{t(`opinion.levels.${e.level}`)}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.department')}>{names.department(e.departmentCode)}</Descriptions.Item>
                <Descriptions.Item label={t('opinion.responseClock')}><ClockCell clock={e.response} /></Descriptions.Item>
                <Descriptions.Item label={t('opinion.pressClock')}><ClockCell clock={e.press} /></Descriptions.Item>
                {d?.captureText && <Descriptions.Item label={t('opinion.captureText')}><span style={{ whiteSpace: 'pre-wrap' }}>{d.captureText}</span></Descriptions.Item>}
                {e.closingNote && <Descriptions.Item label={t('opinion.closingNote')}>{e.closingNote}</Descriptions.Item>}
              </Descriptions>
            )}
          </Card>
          <Card title={t('opinion.responses')} style={{ marginTop: 16 }}>
            {(d?.responses ?? []).length === 0 ? <Typography.Text type="secondary">{t('opinion.noResponse')}</Typography.Text> : (
              <Timeline data-testid="opinion-responses" items={(d?.responses ?? []).map((r) => ({
                children: (<><b>{t(`opinion.forms.${r.form}`)}</b> · {dayjs(r.respondedAt).format('YYYY-MM-DD HH:mm')} · {r.channel}<div>{r.summary}</div>
                  {r.link && <a href={r.link} target="_blank" rel="noreferrer">{r.link}</a>}</>),
              }))} />
            )}
            {mayRespond && (
              <Form layout="vertical" form={respond} data-testid="respond-form" initialValues={{ form: (d?.responses ?? []).length ? 'FOLLOW_UP' : 'AUTHORITATIVE_RELEASE' }}
                onFinish={(v) => action.mutate({ kind: 'responses', body: { ...v, respondedAt: v.respondedAt?.format() } }, { onSuccess: () => respond.resetFields(), onError: fieldErrors(respond) })}>
                <Row gutter={8}>
                  <Col xs={24} md={8}><Form.Item name="form" label={t('opinion.responseForm')} rules={required}>
                    <Select options={RESPONSE_FORMS.map((f) => ({ value: f, label: t(`opinion.forms.${f}`) }))} />
                  </Form.Item></Col>
                  <Col xs={24} md={8}><Form.Item name="respondedAt" label={t('opinion.respondedAt')} extra={t('opinion.respondedAtHelp')}><DatePicker showTime style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={24} md={8}><Form.Item name="channel" label={t('opinion.channel')} rules={required}><Input maxLength={100} data-testid="respond-channel" /></Form.Item></Col>
                </Row>
                <Form.Item name="link" label={t('opinion.link')}><Input placeholder="https://" /></Form.Item>
                <Form.Item name="summary" label={t('opinion.summary')} rules={required}><Input.TextArea rows={3} maxLength={2000} data-testid="respond-summary" /></Form.Item>
                <Button type="primary" htmlType="submit" loading={action.isPending} data-testid="respond-submit">{t('opinion.respond')}</Button>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {err && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
          <Card title={t('opinion.captures')}>
            <Attachments files={d?.attachments} base={`/api/v1/opinion-events/${id}/attachments`} editable={!!mayRespond} invalidate={['opinion', 'detail', id]} />
          </Card>
          {can.logOpinion && (
            <Card title={t('opinion.internalNotes')} style={{ marginTop: 16 }} extra={<Typography.Text type="secondary">{t('opinion.internalHelp')}</Typography.Text>}>
              <Input.TextArea rows={4} value={notes} onChange={(x) => setNotes(x.target.value)} aria-label={t('opinion.internalNotes')} />
              <Button style={{ marginTop: 8 }} onClick={() => action.mutate({ kind: 'notes', body: { internalNotes: notes } })}>{t('opinion.saveNotes')}</Button>
            </Card>
          )}
          {can.logOpinion && e?.state === 'RESPONDED' && (
            <Card title={t('opinion.close')} style={{ marginTop: 16 }}>
              <Form layout="vertical" form={closing} onFinish={(v) => action.mutate({ kind: 'closure', body: v }, { onError: fieldErrors(closing) })}>
                <Form.Item name="assessment" label={t('opinion.assessment')} rules={required}>
                  <Select options={(['RESOLVED', 'CONTINUING', 'ESCALATED'] as const).map((a) => ({ value: a, label: t(`opinion.assessments.${a}`) }))} />
                </Form.Item>
                <Form.Item name="note" label={t('opinion.closingNote')} rules={required}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
                <Button htmlType="submit" loading={action.isPending}>{t('opinion.close')}</Button>
              </Form>
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
