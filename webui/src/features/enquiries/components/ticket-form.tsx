import { Alert, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, TICKET_TYPES, useRegisterTicket } from '../api/enquiries';

interface Values {
  ticketNo: string;
  type: (typeof TICKET_TYPES)[number];
  category: (typeof CATEGORIES)[number];
  title: string;
  request: string;
  callerName?: string;
  callerPhone?: string;
  platformDueDate: Dayjs;
}

/** The office registers a ticket transferred from the city's 12345 platform, with the platform's own due date. */
export function TicketForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterTicket();
  return (
    <Modal open={open} title={t('enquiry.registerTicket')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => register.mutate({ ...v, platformDueDate: v.platformDueDate.format('YYYY-MM-DD') }, { onSuccess: () => { form.resetFields(); onClose(); } })}
      >
        <Space wrap>
          <Form.Item name="ticketNo" label={t('enquiry.ticketNo')} rules={[{ required: true, message: t('form.required') }]}><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item name="type" label={t('enquiry.ticketType')} rules={[{ required: true, message: t('form.required') }]}>
            <Select style={{ width: 140 }} options={TICKET_TYPES.map((x) => ({ value: x, label: t(`ticketType.${x}`) }))} />
          </Form.Item>
          <Form.Item name="platformDueDate" label={t('enquiry.platformDueDate')} rules={[{ required: true, message: t('form.required') }]}><DatePicker /></Form.Item>
        </Space>
        <Form.Item name="category" label={t('enquiry.category')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`enquiryCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('enquiry.title')} rules={[{ required: true, message: t('form.required') }]}><Input /></Form.Item>
        <Form.Item name="request" label={t('enquiry.request')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={4} /></Form.Item>
        <Space wrap>
          <Form.Item name="callerName" label={t('enquiry.contactName')}><Input /></Form.Item>
          <Form.Item name="callerPhone" label={t('enquiry.contactPhone')}><Input /></Form.Item>
        </Space>
        {register.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={register.error.message} />}
        <Button type="primary" htmlType="submit" loading={register.isPending}>{t('enquiry.register')}</Button>
      </Form>
    </Modal>
  );
}
