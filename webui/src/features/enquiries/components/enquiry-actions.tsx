import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { Select } from '../../../components/select';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useDepartments } from '../../../lib/reference-data';
import { CLOSING, useEnquiryMove, type EnquiryDetail } from '../api/enquiries';

type Move = 'transfer' | 'answer' | 'send-back' | 'extension-requests' | 'closure';

/** The moves open to the caller: the office transfers and closes; the department answers, sends back, asks for time. */
export function EnquiryActions({ detail, office, ownDepartment }: { detail: EnquiryDetail; office: boolean; ownDepartment: boolean }) {
  const { t, i18n } = useTranslation();
  const e = detail.enquiry!;
  const move = useEnquiryMove(e.id!);
  const departments = useDepartments();
  const [open, setOpen] = useState<Move>();
  const [form] = Form.useForm();
  const moves: Move[] = [];
  if (office && e.state === 'REGISTERED') moves.push('transfer', 'closure');
  if (office && e.state === 'ANSWERED') moves.push('closure');
  if (ownDepartment && e.state === 'TRANSFERRED') moves.push('answer', 'send-back', 'extension-requests');
  const pending = (detail.extensions ?? []).filter((x) => x.state === 'REQUESTED');
  const err = move.error instanceof ApiError ? move.error : undefined;
  const category = Form.useWatch('category', form);

  const submit = (v: Record<string, unknown>) => {
    const body = open === 'answer' || open === 'send-back' ? { text: v.text } : v;
    move.mutate({ path: open!, body }, { onSuccess: () => { setOpen(undefined); form.resetFields(); } });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {moves.map((m) => (
          <Button key={m} type={m === 'transfer' || m === 'answer' || m === 'closure' ? 'primary' : 'default'} onClick={() => { form.resetFields(); if (m === 'closure') form.setFieldsValue({ answer: e.draftAnswer ?? '', category: e.draftAnswer ? 'ANSWERED' : undefined }); setOpen(m); }} data-testid={`enquiry-${m}`}>
            {t(`enquiryAction.${m}`)}
          </Button>
        ))}
      </Space>
      {office &&
        pending.map((x) => (
          <Alert
            key={x.id}
            type="warning"
            showIcon
            message={t('enquiry.extensionAsked', { days: x.days, by: x.requestedBy })}
            description={x.reason}
            action={
              <Space direction="vertical">
                <Button size="small" type="primary" onClick={() => move.mutate({ path: `extension-requests/${x.id}/decision`, body: { grant: true, note: t('enquiry.granted') } })} data-testid="grant-extension">{t('enquiry.grant')}</Button>
                <Button size="small" danger onClick={() => move.mutate({ path: `extension-requests/${x.id}/decision`, body: { grant: false, note: t('enquiry.refused') } })}>{t('enquiry.refuse')}</Button>
              </Space>
            }
          />
        ))}
      {err && <Alert type="error" showIcon message={err.problem?.title} description={(err.problem?.errors ?? []).map((x) => `${x.field}: ${x.message}`).join('；') || err.message} />}
      <Modal open={!!open} title={open && t(`enquiryAction.${open}`)} onCancel={() => setOpen(undefined)} onOk={() => form.submit()} okButtonProps={{ loading: move.isPending, id: 'confirm-enquiry' }} okText={t('review.confirm')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit}>
          {open === 'transfer' && (
            <>
              <Form.Item name="departmentCode" label={t('enquiry.department')} rules={[{ required: true, message: t('form.required') }]}>
                <Select showSearch optionFilterProp="label" data-testid="transfer-department" options={(departments.data ?? []).filter((d) => d.code !== 'BGS').map((d) => ({ value: d.code, label: i18n.language === 'en' ? d.nameEn : d.nameZh }))} />
              </Form.Item>
              <Form.Item name="instructions" label={t('enquiry.instructions')}><Input.TextArea rows={3} /></Form.Item>
              <Form.Item name="days" label={t('enquiry.days')} extra={t('enquiry.daysHelp')}><InputNumber min={1} max={60} /></Form.Item>
            </>
          )}
          {(open === 'answer' || open === 'send-back') && (
            <Form.Item name="text" label={open === 'answer' ? t('enquiry.answer') : t('enquiry.sendBackReason')} rules={[{ required: true, message: t('form.required') }]}>
              <Input.TextArea rows={6} data-testid="enquiry-text" />
            </Form.Item>
          )}
          {open === 'extension-requests' && (
            <>
              <Form.Item name="days" label={t('enquiry.extraDays')} rules={[{ required: true, message: t('form.required') }]}><InputNumber min={1} max={60} /></Form.Item>
              <Form.Item name="reason" label={t('enquiry.reason')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={3} /></Form.Item>
            </>
          )}
          {open === 'closure' && (
            <>
              <Form.Item name="category" label={t('enquiry.closingCategory')} rules={[{ required: true, message: t('form.required') }]} extra={t('enquiry.closingHelp')}>
                <Select data-testid="closing-category" options={CLOSING.map((c) => ({ value: c, label: t(`closing.${c}`) }))} />
              </Form.Item>
              {category === 'NOT_OUR_DUTY' && (
                <Form.Item name="referTo" label={t('enquiry.referTo')} rules={[{ required: true, message: t('form.required') }]}><Input /></Form.Item>
              )}
              <Form.Item name="answer" label={t('enquiry.answer')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={6} data-testid="closing-answer" /></Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
