import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { ApiError } from '../../../lib/api-client';
import { useDepartments, useNames } from '../../../lib/reference-data';
import { CATEGORIES, LEVELS, SOURCES, useLogOpinion, type OpinionEvent } from '../api/opinion';

interface Values {
  title: string;
  source: (typeof SOURCES)[number];
  sourceUrl?: string;
  captureText?: string;
  firstSeenAt: Dayjs;
  category: (typeof CATEGORIES)[number];
  level: (typeof LEVELS)[number];
  departmentCode: string;
  internalNotes?: string;
}

/** The office logs an event: where and when it was first seen (the clocks start then), its category, level and unit. */
export function OpinionLogForm({ open, onClose, onLogged }: { open: boolean; onClose: () => void; onLogged: (e: OpinionEvent) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const log = useLogOpinion();
  const departments = useDepartments();
  const names = useNames();
  const required = [{ required: true, message: t('form.required') }];
  const submit = (v: Values) =>
    log.mutate({ ...v, firstSeenAt: v.firstSeenAt.format() }, {
      onSuccess: (e) => { form.resetFields(); onLogged(e); },
      onError: (e) => {
        if (e instanceof ApiError) form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: name as keyof Values, errors: [msg] })));
      },
    });
  return (
    <Modal open={open} title={t('opinion.log')} okText={t('opinion.logOk')} onCancel={onClose} onOk={() => form.submit()}
      okButtonProps={{ loading: log.isPending, id: 'log-opinion-ok' }} width={720} destroyOnClose>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ firstSeenAt: dayjs(), source: 'SOCIAL_MEDIA', level: 'GENERAL' }} data-testid="opinion-form">
        <Form.Item name="title" label={t('opinion.title')} rules={required}><Input maxLength={200} data-testid="opinion-title" /></Form.Item>
        <Form.Item name="source" label={t('opinion.source')} rules={required}>
          <Select options={SOURCES.map((s) => ({ value: s, label: t(`opinion.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="sourceUrl" label={t('opinion.sourceUrl')}><Input placeholder="https://" /></Form.Item>
        <Form.Item name="captureText" label={t('opinion.captureText')} extra={t('opinion.captureHelp')}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="firstSeenAt" label={t('opinion.firstSeenAt')} rules={required} extra={t('opinion.firstSeenHelp')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="category" label={t('opinion.category')} rules={required}>
          <Select data-testid="opinion-category" options={CATEGORIES.map((c) => ({ value: c, label: t(`opinion.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('opinion.level')} rules={required}>
          <Select options={LEVELS.map((l) => ({ value: l, label: t(`opinion.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="departmentCode" label={t('opinion.department')} rules={required}>
          <Select showSearch optionFilterProp="label" data-testid="opinion-department" options={(departments.data ?? []).map((d) => ({ value: d.code, label: names.department(d.code) }))} />
        </Form.Item>
        <Form.Item name="internalNotes" label={t('opinion.internalNotes')} extra={t('opinion.internalHelp')}><Input.TextArea rows={2} /></Form.Item>
        {log.error && !(log.error instanceof ApiError && Object.keys(log.error.fieldErrors()).length) && <Alert type="error" showIcon message={log.error.message} />}
      </Form>
    </Modal>
  );
}
