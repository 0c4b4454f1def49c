import { useEffect } from 'react';
import { Button, Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChallenge } from '../api/enquiries';

/**
 * The text challenge when the server asks for it (problem challenge-required, issue 16): a fresh question, its id
 * and the answer as form fields challengeId and challengeAnswer of the form it sits in.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function StepUpChallenge({ form }: { form: FormInstance<any> }) {
  const { t, i18n } = useTranslation();
  const challenge = useChallenge();
  const question = (i18n.language === 'en' ? challenge.data?.questionEn : challenge.data?.question) ?? '';
  useEffect(() => {
    if (challenge.data?.id) form.setFieldValue('challengeId', challenge.data.id);
  }, [challenge.data?.id, form]);
  return (
    <>
      <Form.Item name="challengeId" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="challengeAnswer"
        label={question || t('enquiry.challenge')}
        rules={[{ required: true, message: t('form.required') }]}
        extra={<Button type="link" size="small" style={{ padding: 0 }} onClick={() => void challenge.refetch()}>{t('enquiry.newQuestion')}</Button>}
      >
        <Input style={{ width: 120 }} inputMode="numeric" aria-label={`${t('enquiry.challenge')}: ${question}`} data-testid="step-up-answer" />
      </Form.Item>
    </>
  );
}
