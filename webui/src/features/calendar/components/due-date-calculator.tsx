import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, InputNumber, Radio, Typography } from 'antd';
import { RadioGroup } from '../../../components/radio-group';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useDueDate, type CountUnit, type DueDateParams } from '../api/get-due-date';
import { DueDateExplanation } from './due-date-explanation';

interface FormValues {
  start: Dayjs;
  days: number;
  unit: CountUnit;
  countStartDay: boolean;
}

/** 办理时限计算: N working or calendar days from a date, with every day explained. */
export function DueDateCalculator() {
  const { t } = useTranslation();
  const [params, setParams] = useState<DueDateParams>();
  const { data, error, isFetching } = useDueDate(params);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  const onFinish = (v: FormValues) =>
    setParams({ start: v.start.format('YYYY-MM-DD'), days: v.days, unit: v.unit, countStartDay: v.countStartDay });

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <Form<FormValues>
        layout="vertical"
        initialValues={{ start: dayjs(), days: 20, unit: 'WORKING', countStartDay: false }}
        onFinish={onFinish}
        style={{ maxWidth: 520 }}
      >
        <Form.Item
          name="start"
          label={t('calendar.form.start')}
          rules={[{ required: true, message: t('calendar.form.startRequired') }]}
          validateStatus={fieldErrors.start ? 'error' : undefined}
          help={fieldErrors.start}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} inputReadOnly={false} data-testid="start-input" />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('calendar.form.days')}
          rules={[{ required: true, message: t('calendar.form.daysRequired') }]}
          validateStatus={fieldErrors.days ? 'error' : undefined}
          help={fieldErrors.days}
        >
          <InputNumber min={1} max={366} style={{ width: '100%' }} data-testid="days-input" />
        </Form.Item>
        <Form.Item name="unit" label={t('calendar.form.unit')}>
          <RadioGroup>
            <Radio.Button value="WORKING">{t('calendar.unit.WORKING')}</Radio.Button>
            <Radio.Button value="CALENDAR">{t('calendar.unit.CALENDAR')}</Radio.Button>
          </RadioGroup>
        </Form.Item>
        <Form.Item name="countStartDay" valuePropName="checked" extra={t('calendar.form.countStartDayHelp')}>
          <Checkbox>{t('calendar.form.countStartDay')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="calculate" loading={isFetching} size="large">
          {t('calendar.form.submit')}
        </Button>
      </Form>
      {error && !(error instanceof ApiError && Object.keys(fieldErrors).length) && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} message={t('common.error')} description={error.message} />
      )}
      {data && (
        <div style={{ marginTop: 24 }}>
          <DueDateExplanation result={data} />
        </div>
      )}
    </Card>
  );
}
