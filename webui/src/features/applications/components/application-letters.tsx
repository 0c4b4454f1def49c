import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiDownload, ApiError } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Letter = components['schemas']['Letter'];
type Meeting = components['schemas']['ApplicationMeeting'];
const KINDS = ['REPLY_NOTICE', 'CORRECTION', 'EXTENSION', 'THIRD_PARTY', 'OTHER'] as const;
const STATE_COLORS: Record<string, string> = { DRAFT: 'default', IN_LEGAL_REVIEW: 'processing', LEGAL_APPROVED: 'cyan', SIGNED: 'success' };

/** The letters of an application (R18, R19): the office drafts and submits, legal reviews, the right signer signs. */
export function ApplicationLetters({ applicationId, roles }: { applicationId: number; roles: string[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const base = `/api/v1/applications/${applicationId}/letters`;
  const office = roles.includes('office') || roles.includes('office-head');
  const canSee = office || roles.includes('legal') || roles.includes('leader') || roles.includes('admin');
  const letters = useQuery({ queryKey: ['applications', 'letters', applicationId], queryFn: () => api.get<Letter[]>(base), enabled: canSee });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['applications'] });
  const act = useMutation({ mutationFn: ({ path, body, put }: { path: string; body?: unknown; put?: boolean }) => (put ? api.put(`${base}${path}`, body) : api.post(`${base}${path}`, body)), onSuccess: refresh });
  const [kind, setKind] = useState<(typeof KINDS)[number]>('REPLY_NOTICE');
  const [editing, setEditing] = useState<Letter>();
  const [reviewing, setReviewing] = useState<{ letter: Letter; approve: boolean }>();
  const [text, setText] = useState('');
  if (!canSee) return null;
  const err = act.error instanceof ApiError ? act.error : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="letters">
      {office && (
        <Space wrap>
          <Select value={kind} onChange={setKind} aria-label={t('letters.kind')} style={{ width: 220 }} options={KINDS.map((k) => ({ value: k, label: t(`letterKind.${k}`) }))} />
          <Button onClick={() => act.mutate({ path: '', body: { kind } })} data-testid="draft-letter">{t('letters.draft')}</Button>
        </Space>
      )}
      <List
        size="small"
        dataSource={letters.data ?? []}
        locale={{ emptyText: t('letters.none') }}
        renderItem={(l) => (
          <List.Item
            actions={[
              <Button key="pdf" size="small" type="link" onClick={() => void apiDownload(`${base}/${l.id}/document`, `${l.title}.pdf`)}>PDF</Button>,
              <Button key="docx" size="small" type="link" onClick={() => void apiDownload(`${base}/${l.id}/document?format=docx`, `${l.title}.docx`)}>DOCX</Button>,
              office && l.state === 'DRAFT' && <Button key="edit" size="small" onClick={() => { setText(l.body ?? ''); setEditing(l); }}>{t('letters.edit')}</Button>,
              office && l.state === 'DRAFT' && <Button key="submit" size="small" type="primary" onClick={() => act.mutate({ path: `/${l.id}/submission` })} data-testid="submit-letter">{t('letters.submit')}</Button>,
              roles.includes('legal') && l.state === 'IN_LEGAL_REVIEW' && <Button key="approve" size="small" type="primary" onClick={() => { setText(''); setReviewing({ letter: l, approve: true }); }} data-testid="approve-letter">{t('letters.approve')}</Button>,
              roles.includes('legal') && l.state === 'IN_LEGAL_REVIEW' && <Button key="return" size="small" danger onClick={() => { setText(''); setReviewing({ letter: l, approve: false }); }}>{t('letters.return')}</Button>,
              l.state === 'LEGAL_APPROVED' && roles.includes(l.signerRole ?? '') && <Button key="sign" size="small" type="primary" onClick={() => act.mutate({ path: `/${l.id}/signature` })} data-testid="sign-letter">{t('letters.sign')}</Button>,
            ].filter(Boolean)}
          >
            <Space direction="vertical" size={0}>
              <span><b>{l.title}</b> {l.docNumber} <Tag color={STATE_COLORS[l.state ?? 'DRAFT']}>{t(`letterState.${l.state}`)}</Tag></span>
              <Typography.Text type="secondary">{t(`letters.signer.${l.signerRole}`)}{l.reviewNote ? ` · ${t('letters.legalNote')}：${l.reviewNote}` : ''}{l.signerName ? ` · ${l.signerName} ${l.signedOn}` : ''}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {err && <Alert type="error" showIcon message={err.message} />}
      <Modal open={!!editing} title={editing?.title} width={720} onCancel={() => setEditing(undefined)} okText={t('review.confirm')}
        onOk={() => editing && act.mutate({ path: `/${editing.id}`, body: { body: text }, put: true }, { onSuccess: () => setEditing(undefined) })}>
        <Typography.Paragraph type="secondary">{t('letters.placeholderHelp', { placeholder: '{{申请人}}' })}</Typography.Paragraph>
        <Input.TextArea rows={12} value={text} onChange={(e) => setText(e.target.value)} />
      </Modal>
      <Modal open={!!reviewing} title={reviewing?.approve ? t('letters.approve') : t('letters.return')} onCancel={() => setReviewing(undefined)} okText={t('review.confirm')}
        okButtonProps={{ disabled: !text.trim(), id: 'confirm-letter' }}
        onOk={() => reviewing && act.mutate({ path: `/${reviewing.letter.id}/legal-review`, body: { approve: reviewing.approve, note: text } }, { onSuccess: () => setReviewing(undefined) })}>
        <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('letters.legalNote')} data-testid="letter-note" />
      </Modal>
    </Space>
  );
}

/** R17: consultation meetings (会商) with participants and minutes. */
export function ApplicationMeetings({ applicationId, roles }: { applicationId: number; roles: string[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const office = roles.includes('office') || roles.includes('office-head');
  const canSee = office || roles.includes('legal') || roles.includes('leader') || roles.includes('admin');
  const base = `/api/v1/applications/${applicationId}/meetings`;
  const meetings = useQuery({ queryKey: ['applications', 'meetings', applicationId], queryFn: () => api.get<Meeting[]>(base), enabled: canSee });
  const record = useMutation({ mutationFn: (b: unknown) => api.post(base, b), onSuccess: () => void qc.invalidateQueries({ queryKey: ['applications', 'meetings', applicationId] }) });
  const [form] = Form.useForm<{ heldOn: Dayjs; participants: string; minutes: string }>();
  if (!canSee) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List size="small" dataSource={meetings.data ?? []} locale={{ emptyText: t('meetings.none') }}
        renderItem={(m) => <List.Item><Space direction="vertical" size={0}><b>{m.heldOn} · {m.participants}</b><span style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</span></Space></List.Item>} />
      {office && (
        <Form form={form} layout="vertical" onFinish={(v) => record.mutate({ ...v, heldOn: v.heldOn.format('YYYY-MM-DD') }, { onSuccess: () => form.resetFields() })}>
          <Space wrap>
            <Form.Item name="heldOn" label={t('meetings.heldOn')} rules={[{ required: true, message: t('form.required') }]}><DatePicker /></Form.Item>
            <Form.Item name="participants" label={t('meetings.participants')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 280 }} /></Form.Item>
          </Space>
          <Form.Item name="minutes" label={t('meetings.minutes')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={3} /></Form.Item>
          <Button htmlType="submit" loading={record.isPending}>{t('meetings.record')}</Button>
        </Form>
      )}
    </Space>
  );
}
