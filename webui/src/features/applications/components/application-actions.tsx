import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { Select } from '../../../components/select';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { flatten, useCatalogue, useDepartments } from '../../../lib/reference-data';
import { useConfig } from '../../../lib/auth';
import { useNavigate } from 'react-router-dom';
import { OUTCOMES, useApplicationMove, type ApplicationDetail } from '../api/applications';

type Move = 'correction' | 'correction/received' | 'correction/lapsed' | 'third-party' | 'third-party/answered' | 'extension' | 'assignments' | 'assignments/answer' | 'decision' | 'delivery' | 'fee' | 'fee/paid' | 'fee/lapsed' | 'proactive-item';

/** The moves on an application, by role and state: the office, its head (extension), an assigned department (answer). */
export function ApplicationActions({ detail, roles, department }: { detail: ApplicationDetail; roles: string[]; department?: string | null }) {
  const { t, i18n } = useTranslation();
  const a = detail.application!;
  const move = useApplicationMove(a.id!);
  const departments = useDepartments();
  const catalogue = useCatalogue();
  const config = useConfig();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Move>();
  const [form] = Form.useForm();
  const office = roles.includes('office') || roles.includes('office-head');
  const moves: Move[] = [];
  if (office && a.state === 'RECEIVED') moves.push('correction', 'third-party', 'assignments', 'decision');
  if (office && a.state === 'IN_CORRECTION') moves.push('correction/received', 'correction/lapsed');
  if (office && a.state === 'THIRD_PARTY') moves.push('third-party/answered', 'assignments');
  if (roles.includes('office-head') && a.state === 'RECEIVED' && !a.extended) moves.push('extension');
  if (office && a.state === 'DECIDED') moves.push('delivery');
  if (office && a.state === 'RECEIVED' && config.data?.feesEnabled) moves.push('fee');
  if (office && a.state === 'FEE_PENDING') moves.push('fee/paid', 'fee/lapsed');
  if (office && a.state === 'DELIVERED' && (a.outcome === 'DISCLOSED' || a.outcome === 'PARTIALLY_DISCLOSED')) moves.push('proactive-item');
  const mine = (detail.assignments ?? []).find((x) => x.department === department && x.state === 'OPEN');
  if (mine) moves.push('assignments/answer');
  const noForm: Move[] = ['correction/lapsed', 'third-party/answered', 'fee/paid', 'fee/lapsed'];
  const err = move.error instanceof ApiError ? move.error : undefined;

  const submit = (v: Record<string, unknown>) => {
    let body: unknown = v;
    if (open === 'fee') body = { mode: v.mode, quantity: Number(v.quantity) };
    if (open === 'correction/received' || open === 'delivery') {
      const on = v.on as Dayjs | undefined;
      body = { ...v, on: on ? on.format('YYYY-MM-DD') : undefined };
    }
    move.mutate({ path: open!, body }, {
      onSuccess: (result) => {
        setOpen(undefined);
        form.resetFields();
        if (open === 'proactive-item') navigate(`/console/items/${(result as { itemId: number }).itemId}`);
      },
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {moves.map((m) => (
          <Button key={m} type={m === 'decision' || m === 'delivery' || m === 'assignments/answer' ? 'primary' : 'default'} data-testid={`app-${m.replace('/', '-')}`}
            onClick={() => (noForm.includes(m) ? move.mutate({ path: m }) : (form.resetFields(), setOpen(m)))}>
            {t(`applicationAction.${m.replace('/', '-')}`)}
          </Button>
        ))}
      </Space>
      {err && <Alert type="error" showIcon message={err.problem?.title} description={(err.problem?.errors ?? []).map((x) => `${x.field}: ${x.message}`).join('；') || err.message} />}
      <Modal open={!!open} title={open && t(`applicationAction.${open.replace('/', '-')}`)} onCancel={() => setOpen(undefined)} onOk={() => form.submit()} okText={t('review.confirm')} okButtonProps={{ loading: move.isPending, id: 'confirm-application' }} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit}>
          {(open === 'correction' || open === 'third-party' || open === 'extension' || open === 'assignments/answer') && (
            <Form.Item name="text" label={t(`applicationField.${open.replace('/', '-')}`)} rules={[{ required: true, message: t('form.required') }]}>
              <Input.TextArea rows={4} data-testid="app-text" />
            </Form.Item>
          )}
          {open === 'correction/received' && <Form.Item name="on" label={t('application.arrivedOn')}><DatePicker /></Form.Item>}
          {open === 'assignments' && (
            <>
              <Form.Item name="departments" label={t('application.departments')} rules={[{ required: true, message: t('form.required') }]}>
                <Select mode="multiple" showSearch optionFilterProp="label" data-testid="app-departments" options={(departments.data ?? []).filter((d) => d.code !== 'BGS').map((d) => ({ value: d.code, label: i18n.language === 'en' ? d.nameEn : d.nameZh }))} />
              </Form.Item>
              <Form.Item name="instructions" label={t('enquiry.instructions')}><Input.TextArea rows={3} /></Form.Item>
            </>
          )}
          {open === 'decision' && (
            <>
              <Form.Item name="outcome" label={t('application.outcome')} rules={[{ required: true, message: t('form.required') }]}>
                <Select showSearch optionFilterProp="label" data-testid="app-outcome-select" options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
              </Form.Item>
              <Form.Item name="note" label={t('application.outcomeNote')} rules={[{ required: true, message: t('form.required') }]}><Input.TextArea rows={3} data-testid="app-note" /></Form.Item>
            </>
          )}
          {open === 'fee' && (
            <>
              <Form.Item name="mode" label={t('application.feeMode')} rules={[{ required: true, message: t('form.required') }]}>
                <Select options={['ITEMS', 'PAGES'].map((m) => ({ value: m, label: t(`feeMode.${m}`) }))} />
              </Form.Item>
              <Form.Item name="quantity" label={t('application.feeQuantity')} rules={[{ required: true, message: t('form.required') }]}><Input type="number" min={1} /></Form.Item>
            </>
          )}
          {open === 'proactive-item' && (
            <Form.Item name="columnCode" label={t('item.column')} rules={[{ required: true, message: t('form.required') }]} extra={t('application.proactiveHelp')}>
              <Select showSearch optionFilterProp="label" options={flatten(catalogue.data?.columns).map((c) => ({ value: c.code, label: `${'　'.repeat(c.depth)}${i18n.language === 'en' ? c.nameEn : c.nameZh}` }))} />
            </Form.Item>
          )}
          {open === 'delivery' && (
            <>
              <Form.Item name="reference" label={t('application.deliveryRef')}><Input /></Form.Item>
              <Form.Item name="on" label={t('application.deliveredOn')}><DatePicker /></Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
