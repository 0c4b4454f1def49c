import { useState } from 'react';
import { Button, Checkbox, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { FocusHere } from '../../../components/focus-here';
import { ProblemAlert } from '../../../components/problem-alert';
import { RadioGroup } from '../../../components/radio-group';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { APPLICANT_TYPES, DELIVERY_FORMS, useApply, type ApplicationReceipt, type ApplicationRequest } from '../api/applications';
import { StepUpChallenge } from '../../enquiries/components/step-up-challenge';

const newKey = newIdempotencyKey;

/** 申请政府信息公开: who applies, what information, in which form it should come (R20). No fee (R16). */
export function ApplicationForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationRequest>();
  const apply = useApply();
  // from a busy network the server asks for the text challenge (issue 16): shown then, not before
  const [stepUp, setStepUp] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // the same key on retries after a lost answer; a fresh one after the server refused (nothing was stored)
  const [key, setKey] = useState(newKey);
  const [receipt, setReceipt] = useState<ApplicationReceipt>();
  const type = Form.useWatch('applicantType', form);
  if (receipt) {
    return (
      <FocusHere testId="application-receipt">
      <Result
        status="success"
        title={t('application.received')}
        subTitle={t('application.receivedHelp', { due: receipt.dueDate })}
        extra={
          <Space direction="vertical">
            <Typography.Text style={{ fontSize: 20 }}>
              {t('application.trackingNo')}：<b data-testid="app-tracking">{receipt.trackingNo}</b>　{t('application.queryCode')}：<b data-testid="app-code">{receipt.queryCode}</b>
            </Typography.Text>
            <Link to={`/apply/track?trackingNo=${receipt.trackingNo}`}>{t('application.track')}</Link>
          </Space>
        }
      />
      </FocusHere>
    );
  }
  const err = apply.error instanceof ApiError ? apply.error : undefined;
  return (
    <Form<ApplicationRequest>
      form={form}
      layout="vertical"
      style={{ maxWidth: 760 }}
      initialValues={{ applicantType: 'NATURAL_PERSON', deliveryForm: 'UPLOAD', idType: '居民身份证' }}
      onFinish={(v) =>
        apply.mutate({ body: v, key }, {
          onSuccess: setReceipt,
          onError: (e) => {
            if (!(e instanceof ApiError)) return;
            if (e.kind() === 'challenge-required' || stepUp) {
              // a challenge is used up by any answer: a fresh one for the next try
              setStepUp(true);
              setAttempt((n) => n + 1);
            }
            setKey(newKey());
            form.setFields(Object.entries(e.fieldErrors()).map(([name, m]) => ({ name: name as keyof ApplicationRequest, errors: [m] })));
          },
        })
      }
      data-testid="application-form"
    >
      <Form.Item name="applicantType" label={t('application.applicantType')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={APPLICANT_TYPES.map((x) => ({ value: x, label: t(`applicantType.${x}`) }))} />
      </Form.Item>
      {type && type !== 'NATURAL_PERSON' && (
        <Form.Item name="organisation" label={t('application.organisation')} rules={[{ required: true, message: t('form.required') }]}><Input /></Form.Item>
      )}
      <Space wrap size="large">
        <Form.Item name="name" label={type === 'NATURAL_PERSON' ? t('application.name') : t('application.contactPerson')} rules={[{ required: true, message: t('form.required') }]}>
          <Input style={{ width: 200 }} data-testid="app-name" autoComplete="name" />
        </Form.Item>
        <Form.Item name="idType" label={t('application.idType')}><Input style={{ width: 140 }} /></Form.Item>
        <Form.Item name="idNumber" label={t('application.idNumber')}><Input style={{ width: 240 }} /></Form.Item>
      </Space>
      <Space wrap size="large">
        <Form.Item name="phone" label={t('enquiry.contactPhone')}><Input style={{ width: 200 }} inputMode="tel" /></Form.Item>
        <Form.Item name="email" label={t('enquiry.contactEmail')}><Input style={{ width: 240 }} inputMode="email" data-testid="app-email" /></Form.Item>
      </Space>
      <Form.Item name="address" label={t('application.address')}><Input /></Form.Item>
      <Form.Item name="description" label={t('application.description')} extra={t('application.descriptionHelp')} rules={[{ required: true, message: t('form.required') }]}>
        <Input.TextArea rows={5} data-testid="app-description" />
      </Form.Item>
      <Form.Item name="purpose" label={t('application.purpose')} extra={t('application.purposeHelp')}><Input.TextArea rows={2} /></Form.Item>
      <Form.Item name="deliveryForm" label={t('application.deliveryForm')} rules={[{ required: true, message: t('form.required') }]}>
        <RadioGroup>
          {DELIVERY_FORMS.map((d) => <Radio.Button key={d} value={d}>{t(`deliveryForm.${d}`)}</Radio.Button>)}
        </RadioGroup>
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('application.privacy')}</Typography.Paragraph>
      <Form.Item name="notifyMe" valuePropName="checked">
        <Checkbox data-testid="app-notify">{t('notify.consent')}</Checkbox>
      </Form.Item>
      {err && (!Object.keys(err.fieldErrors()).length || err.kind() === 'challenge-required') && <ProblemAlert error={err} style={{ marginBottom: 12 }} />}
      {stepUp && <StepUpChallenge key={attempt} form={form} />}
      <Button type="primary" htmlType="submit" size="large" loading={apply.isPending} data-testid="submit-application">{t('application.submit')}</Button>
    </Form>
  );
}
