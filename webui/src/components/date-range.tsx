import { DatePicker } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Ant Design's RangePicker, accessible: the form's label names the first input (Form.Item gives it the id); the
 * second had only its placeholder as a name (axe: label-title-only, serious), so it gets its own id and a label that
 * only screen readers see ("结束日期"). A picker outside a form names both inputs the same way.
 */
export function DateRange(props: RangePickerProps & { id?: string }) {
  const { t } = useTranslation();
  const own = useId();
  const start = props.id ?? `gk-range-${own.replace(/:/g, '')}`;
  const end = `${start}-end`;
  return (
    <>
      {!props.id && <label htmlFor={start} className="gk-sr-only">{t('form.startDate')}</label>}
      <DatePicker.RangePicker {...props} id={{ start, end }} />
      <label htmlFor={end} className="gk-sr-only">{t('form.endDate')}</label>
    </>
  );
}
