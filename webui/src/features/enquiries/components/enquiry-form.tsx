import { useState } from 'react';
import { Button, Checkbox, Form, Input, Result, Space, Typography } from 'antd';
import { Select } from '../../../components/select';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/api-client';
import { FocusHere } from '../../../components/focus-here';
import { ProblemAlert } from '../../../components/problem-alert';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { CATEGORIES, useChallenge, useSubmitEnquiry, type Receipt, type Submission } from '../api/enquiries';

const newKey = newIdempotencyKey;

/** 我要留言: the question, how to reach the person, whether it may be shown, and a plain-text question against spam. */
export function EnquiryForm({ initialTitle }: { initialTitle?: string } = {}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Submission>();
  const challenge = useChallenge();
  const submit = useSubmitEnquiry();
  // the same key on retries after a lost answer; a fresh one after the server refused (nothing was stored)
  const [key, setKey] = useState(newKey);
  const [receipt, setReceipt] = useState<Receipt>();

  if (receipt) {
    return (
      <FocusHere testId="enquiry-receipt">
      <Result
        status="success"
        title={t('enquiry.received')}
        subTitle={t('enquiry.keepThese')}
        extra={
          <Space direction="vertical" size="large">
            <Typography.Text style={{ fontSize: 20 }}>
              {t('enquiry.trackingNo')}：<b data-testid="tracking-no">{receipt.trackingNo}</b>　{t('enquiry.queryCode')}：<b data-testid="query-code">{receipt.queryCode}</b>
            </Typography.Text>
            <Link to={`/enquiries/track?trackingNo=${receipt.trackingNo}`}>{t('enquiry.track')}</Link>
          </Space>
        }
      />
      </FocusHere>
    );
  }

  const onFinish = (v: Submission) =>
    submit.mutate(
      { body: { ...v, challengeId: challenge.data?.id ?? '', publishable: !!v.publishable, notifyMe: !!v.notifyMe }, key },
      {
        onSuccess: setReceipt,
        onError: (e) => {
          if (e instanceof ApiError) {
            setKey(newKey());
            form.setFields(Object.entries(e.fieldErrors()).map(([name, m]) => ({ name: name as keyof Submission, errors: [m] })));
          }
          void challenge.refetch();
          form.setFieldValue('challengeAnswer', '');
        },
      },
    );

  const err = submit.error instanceof ApiError ? submit.error : undefined;
  return (
    <Form<Submission> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 720 }} initialValues={{ publishable: true, title: initialTitle }} data-testid="enquiry-form">
      <Form.Item name="category" label={t('enquiry.category')} rules={[{ required: true, message: t('form.required') }]}>
        <Select showSearch optionFilterProp="label" options={CATEGORIES.map((c) => ({ value: c, label: t(`enquiryCategory.${c}`) }))} data-testid="category-select" />
      </Form.Item>
      <Form.Item name="title" label={t('enquiry.title')} rules={[{ required: true, message: t('form.required') }, { max: 200 }]}>
        <Input data-testid="enquiry-title" />
      </Form.Item>
      <Form.Item name="question" label={t('enquiry.question')} rules={[{ required: true, message: t('form.required') }, { max: 5000 }]}>
        <Input.TextArea rows={6} data-testid="enquiry-question" />
      </Form.Item>
      <Space wrap size="large">
        <Form.Item name="contactName" label={t('enquiry.contactName')}>
          <Input style={{ width: 200 }} autoComplete="name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('enquiry.contactPhone')}>
          <Input style={{ width: 200 }} autoComplete="tel" inputMode="tel" />
        </Form.Item>
        <Form.Item name="contactEmail" label={t('enquiry.contactEmail')}>
          <Input style={{ width: 240 }} autoComplete="email" inputMode="email" />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary">{t('enquiry.privacy')}</Typography.Paragraph>
      <Form.Item name="publishable" valuePropName="checked">
        <Checkbox>{t('enquiry.publishable')}</Checkbox>
      </Form.Item>
      <Form.Item name="notifyMe" valuePropName="checked">
        <Checkbox data-testid="enquiry-notify">{t('notify.consent')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="challengeAnswer"
        label={<span id="challenge-question">{i18n.language === 'en' ? challenge.data?.questionEn : challenge.data?.question}</span>}
        rules={[{ required: true, message: t('form.required') }]}
        extra={
          <Button type="link" size="small" onClick={() => void challenge.refetch()} style={{ padding: 0 }}>
            {t('enquiry.newQuestion')}
          </Button>
        }
      >
        <Input style={{ width: 120 }} inputMode="numeric" aria-label={`${t('enquiry.challenge')}: ${(i18n.language === 'en' ? challenge.data?.questionEn : challenge.data?.question) ?? ''}`} data-testid="challenge-answer" />
      </Form.Item>
      {err && (!Object.keys(err.fieldErrors()).length || err.kind() === 'challenge-required') && <ProblemAlert error={err} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" size="large" loading={submit.isPending} data-testid="submit-enquiry">
        {t('enquiry.submit')}
      </Button>
    </Form>
  );
}
