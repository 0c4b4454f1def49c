import { Alert, Checkbox, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { CHANNELS, FORMATS, useMeetingAction, type Meeting } from '../api/meeting';

interface Changes {
  title: string; format: string; startsAt: Dayjs; endsAt: Dayjs; venue?: string; liveUrl?: string; agenda: string; channels: string[];
}

/** A planned meeting changed (R31): its time, place, stream and agenda; moved, its materials clock moves with it. */
export function MeetingEditDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useMeetingAction();
  const [form] = Form.useForm<Changes>();
  const required = [{ required: true, message: t('form.required') }];
  const err = action.error instanceof ApiError ? action.error : undefined;
  const save = (v: Changes) => action.mutate(
    { path: `/${meeting.id}`, method: 'PUT', body: { ...v, startsAt: v.startsAt?.toISOString(), endsAt: v.endsAt?.toISOString() } },
    {
      onSuccess: onClose,
      onError: (e) => {
        if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as never, errors: [msg] })));
      },
    },
  );
  return (
    <Modal open title={t('meeting.edit')} onCancel={onClose} onOk={() => form.submit()} okText={t('meeting.saveChanges')} confirmLoading={action.isPending}
      okButtonProps={{ 'data-testid': 'meeting-save' } as never} width={640} destroyOnClose>
      {err && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={err.problem?.title ?? t('common.error')} description={err.message} />}
      <Form<Changes> form={form} layout="vertical" onFinish={save} initialValues={{
        title: meeting.title, format: meeting.format, startsAt: dayjs(meeting.startsAt), endsAt: dayjs(meeting.endsAt), venue: meeting.venue,
        liveUrl: meeting.liveUrl, agenda: meeting.agenda, channels: meeting.channels ?? [],
      }}>
        <Form.Item name="title" label={t('meeting.title')} rules={required}><Input maxLength={200} /></Form.Item>
        <Form.Item name="format" label={t('meeting.format')} rules={required}>
          <Select style={{ width: 180 }} options={FORMATS.map((c) => ({ value: c, label: t(`meeting.formats.${c}`) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsAt" label={t('meeting.startsAt')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="endsAt" label={t('meeting.endsAt')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
        </Space>
        <Form.Item name="venue" label={t('meeting.venue')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="liveUrl" label={t('meeting.liveUrl')}><Input maxLength={500} placeholder="https://" /></Form.Item>
        <Form.Item name="agenda" label={t('meeting.agenda')} rules={required}><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
        <Form.Item name="channels" label={t('meeting.channels')}>
          <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`meeting.channelNames.${c}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
