import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, List, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { RuleName } from '../../../components/rule-name';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useNames } from '../../../lib/reference-data';
import {
  CHANNELS, COMMENT_STATES, FATES, fateNeedsReason, useConsultation, useConsultationAction, useStaffComments, type StaffComment,
} from '../../../features/consultation/api/consultation';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';
import { StatusTag } from '../../../features/obligations/components/status-tag';
import { useTextPrompt } from '../../../features/press/components/text-prompt';

/** One consultation in the console: its clocks; moderation; fates for one comment or many (duplicates answered once); the report. */
export function ConsultationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const names = useNames();
  const detail = useConsultation(id);
  const action = useConsultationAction(id);
  const [state, setState] = useState<string>();
  const [page, setPage] = useState(0);
  const comments = useStaffComments(id, state, page);
  const [selected, setSelected] = useState<number[]>([]);
  const [fateOpen, setFateOpen] = useState(false);
  const [entering, setEntering] = useState(false);
  const [extending, setExtending] = useState(false);
  const [merging, setMerging] = useState<StaffComment>();
  const prompt = useTextPrompt();
  const k = detail.data?.consultation;
  const fates = detail.data?.fates ?? [];
  const fateById = new Map(fates.map((f) => [f.id, f]));
  const roles = me?.roles ?? [];
  const head = roles.includes('office-head') || (roles.includes('department-head') && me?.department === k?.departmentCode);
  const phase = k?.phase;
  const afterClose = phase === 'CLOSED' || phase === 'REPORTING';
  const settled = phase === 'REPORTED';
  const err = action.error instanceof ApiError ? action.error : undefined;
  const run = (path: string, body?: object, then?: () => void) => action.mutate({ path, body }, { onSuccess: () => then?.() });
  const moderate = (c: StaffComment, body: object) => run(`comments/${c.id}/moderation`, body);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="consultation-heading">{k?.title}</Typography.Title>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={err.message} data-testid="consultation-error" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card loading={detail.isLoading}>
            {k && (
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label={t('opinion.refNo')}>{k.refNo}</Descriptions.Item>
                <Descriptions.Item label={t('item.state')}><Space><PhaseTag phase={k.phase} />{k.phase === 'OPEN' && <Tag>{t('consultation.daysLeft', { n: k.daysLeft })}</Tag>}</Space></Descriptions.Item>
                <Descriptions.Item label={t('consultation.kindLabel')}>{t(`consultation.kind.${k.kind}`)}</Descriptions.Item>
                <Descriptions.Item label={t('consultation.period')}>{k.opensOn} — {k.closesOn}（{t('consultation.minimum', { n: k.minimumDays })}）</Descriptions.Item>
                <Descriptions.Item label={t('opinion.department')}>{names.department(k.departmentCode)}</Descriptions.Item>
                <Descriptions.Item label={t('consultation.of')}><Link to={`/console/items/${k.documentItemId}`}>{k.documentItemId}</Link></Descriptions.Item>
                {k.draftItemId && <Descriptions.Item label={t('consultation.draftItem')}>
                  <Space wrap><Link to={`/console/items/${k.draftItemId}`} data-testid="draft-item-link">{k.draftItemId}</Link>
                    {phase === 'DRAFT' && <Link to={`/console/items/new?interprets=${k.draftItemId}`}>{t('consultation.interpretDraft')}</Link>}</Space>
                </Descriptions.Item>}
                {k.reportItemId && <Descriptions.Item label={t('consultation.reportItem')}><Link to={`/console/items/${k.reportItemId}`} data-testid="report-item-link">{k.reportItemId}</Link></Descriptions.Item>}
                <Descriptions.Item label={t('consultation.explanation')}><span style={{ whiteSpace: 'pre-wrap' }}>{k.explanation}</span></Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('consultation.clocks')}>
            <List size="small" dataSource={detail.data?.clocks ?? []} locale={{ emptyText: t('consultation.none') }}
              renderItem={(o) => <List.Item><RuleName id={o.ruleId} /> <span>{o.dueDate}</span> <StatusTag status={o.status} /></List.Item>} />
          </Card>
          {k && !settled && (
            <Card style={{ marginTop: 16 }}>
              <Space wrap>
                {(phase === 'DRAFT' || phase === 'UPCOMING' || phase === 'OPEN') && <Button onClick={() => setExtending(true)} data-testid="extend">{t('consultation.extend')}</Button>}
                {(phase === 'OPEN' || afterClose) && <Button onClick={() => setEntering(true)} data-testid="enter-comment">{t('consultation.enter')}</Button>}
                {afterClose && <Button type="primary" loading={action.isPending} onClick={() => run('report')} data-testid="draft-report">{t('consultation.draftReport')}</Button>}
              </Space>
            </Card>
          )}
        </Col>
      </Row>
      <Card title={t('consultation.staffComments')} data-testid="staff-comments"
        extra={<Select allowClear aria-label={t('item.state')} placeholder={t('item.state')} style={{ width: 140 }} value={state}
          onChange={(v) => { setState(v); setPage(0); }} options={COMMENT_STATES.map((s) => ({ value: s, label: t(`consultation.commentState.${s}`) }))} />}>
        {afterClose && (
          <Space style={{ marginBottom: 12 }}>
            <Button disabled={selected.length === 0} onClick={() => setFateOpen(true)} data-testid="give-fate">{t('consultation.giveFate')}</Button>
            <Typography.Text type="secondary">{t('consultation.selected', { n: selected.length })}</Typography.Text>
          </Space>
        )}
        {/* no scroll.x: with row selection it renders a hidden measure row holding focusable checkboxes (axe: aria-hidden-focus) */}
        <div style={{ overflowX: 'auto' }}>
        <Table<StaffComment>
          rowKey="id"
          size="small"
          loading={comments.isFetching}
          dataSource={comments.data?.items ?? []}
          rowSelection={afterClose ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (c) => ({ disabled: c.state !== 'PUBLISHED', 'aria-label': c.refNo }) } : undefined}
          pagination={{ current: page + 1, pageSize: 50, total: comments.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
          columns={[
            { title: t('consultation.refNo'), dataIndex: 'refNo' },
            { title: t('consultation.channelLabel'), dataIndex: 'channel', render: (v: string) => t(`consultation.channel.${v}`) },
            { title: t('consultation.articleLabel'), render: (_, c) => (c.article ? t('consultation.form.article', { n: c.article }) : c.quote ? `“${c.quote}”` : t('consultation.form.whole')) },
            { title: t('consultation.form.body'), dataIndex: 'body' },
            { title: t('consultation.contact'), render: (_, c) => [c.name, c.email, c.phone].filter(Boolean).join(' · ') },
            { title: t('item.state'), render: (_, c) => <Space direction="vertical" size={0}><Tag>{t(`consultation.commentState.${c.state}`)}</Tag>{c.hiddenReason}</Space> },
            { title: t('consultation.fateLabel'), render: (_, c) => {
              const f = c.dispositionId ? fateById.get(c.dispositionId) : undefined;
              return f ? <Space direction="vertical" size={0}><span>{t(`consultation.fate.${f.fate}`)}（{t(`consultation.fateState.${f.state}`)}）</span><Typography.Text type="secondary">{f.reason}</Typography.Text></Space> : null;
            } },
            { title: '', render: (_, c) => settled ? null : (
              <Space wrap>
                {c.state !== 'PUBLISHED' && <Button size="small" onClick={() => moderate(c, { action: 'PUBLISH' })} data-testid={`publish-${c.refNo}`}>{t('consultation.publish')}</Button>}
                {c.state !== 'HIDDEN' && <Button size="small" onClick={() => prompt.open(t('consultation.hideReason'), (reason) => moderate(c, { action: 'HIDE', reason }))}>{t('consultation.hide')}</Button>}
                {c.state !== 'MERGED' && <Button size="small" onClick={() => setMerging(c)}>{t('consultation.merge')}</Button>}
              </Space>
            ) },
          ]}
        />
        </div>
      </Card>
      <Card title={t('consultation.fates')} extra={head && fates.some((f) => f.state === 'DRAFT') && !settled
        ? <Button type="primary" onClick={() => run('dispositions/approval', {})} data-testid="approve-fates">{t('consultation.approveFates')}</Button> : null}>
        <List size="small" dataSource={fates} locale={{ emptyText: t('consultation.none') }} data-testid="fates"
          renderItem={(f) => <List.Item><Space wrap><b>{t(`consultation.fate.${f.fate}`)}</b><Tag>{t(`consultation.fateState.${f.state}`)}</Tag>{f.reason}</Space></List.Item>} />
      </Card>
      <FateModal open={fateOpen} count={selected.length} onClose={() => setFateOpen(false)}
        onSubmit={(v) => run('dispositions', { commentIds: selected, ...v }, () => { setFateOpen(false); setSelected([]); })} />
      <EntryModal open={entering} onClose={() => setEntering(false)} onSubmit={(v) => run('comments', v, () => setEntering(false))} />
      <ExtendModal open={extending} onClose={() => setExtending(false)} onSubmit={(v) => run('extension', v, () => setExtending(false))} />
      <Modal open={!!merging} title={t('consultation.merge')} onCancel={() => setMerging(undefined)} footer={null} destroyOnClose>
        <Form layout="vertical" onFinish={(v: { duplicateOf: number }) => { if (merging) moderate(merging, { action: 'MERGE', duplicateOf: v.duplicateOf }); setMerging(undefined); }}>
          <Form.Item name="duplicateOf" label={t('consultation.mergeInto')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={(comments.data?.items ?? []).filter((c) => c.id !== merging?.id && c.state === 'PUBLISHED').map((c) => ({ value: c.id, label: `${c.refNo} ${(c.body ?? '').slice(0, 30)}` }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit">{t('review.confirm')}</Button>
        </Form>
      </Modal>
      {prompt.modal}
    </Space>
  );
}

function FateModal({ open, count, onClose, onSubmit }: { open: boolean; count: number; onClose: () => void; onSubmit: (v: { fate: string; reason?: string }) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ fate: string; reason?: string }>();
  const fate = Form.useWatch('fate', form);
  return (
    <Modal open={open} title={`${t('consultation.giveFate')}（${t('consultation.selected', { n: count })}）`} onCancel={onClose} footer={null} destroyOnClose>
      <Form form={form} layout="vertical" onFinish={onSubmit} preserve={false}>
        <Form.Item name="fate" label={t('consultation.fateLabel')} rules={[{ required: true, message: t('form.required') }]}>
          <Select showSearch optionFilterProp="label" options={FATES.map((f) => ({ value: f, label: t(`consultation.fate.${f}`) }))} data-testid="fate-select" />
        </Form.Item>
        <Form.Item name="reason" label={t('consultation.reason')} rules={[{ required: fateNeedsReason(fate), message: t('form.required') }, { max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="fate-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="fate-submit">{t('review.confirm')}</Button>
      </Form>
    </Modal>
  );
}

function EntryModal({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (v: object) => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('consultation.enter')} onCancel={onClose} footer={null} destroyOnClose>
      <Form layout="vertical" preserve={false} onFinish={(v: { channel: string; receivedOn?: Dayjs; article?: number; body: string; name?: string }) =>
        onSubmit({ ...v, receivedOn: v.receivedOn?.format('YYYY-MM-DD') })}>
        <Form.Item name="channel" label={t('consultation.channelLabel')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`consultation.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('consultation.receivedOn')}><DatePicker disabledDate={(d) => d.isAfter(dayjs())} /></Form.Item>
        <Form.Item name="article" label={t('consultation.articleLabel')}><InputNumber min={1} max={999} /></Form.Item>
        <Form.Item name="body" label={t('consultation.form.body')} rules={[{ required: true, message: t('form.required') }, { max: 5000 }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="name" label={t('consultation.form.name')}><Input /></Form.Item>
        <Button type="primary" htmlType="submit">{t('review.confirm')}</Button>
      </Form>
    </Modal>
  );
}

function ExtendModal({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (v: object) => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('consultation.extend')} onCancel={onClose} footer={null} destroyOnClose>
      <Form layout="vertical" preserve={false} onFinish={(v: { closesOn: Dayjs; reason: string }) => onSubmit({ closesOn: v.closesOn.format('YYYY-MM-DD'), reason: v.reason })}>
        <Form.Item name="closesOn" label={t('consultation.closesOnLabel')} rules={[{ required: true, message: t('form.required') }]}><DatePicker /></Form.Item>
        <Form.Item name="reason" label={t('consultation.extendReason')} rules={[{ required: true, message: t('form.required') }, { max: 500 }]}><Input.TextArea rows={2} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('review.confirm')}</Button>
      </Form>
    </Modal>
  );
}
