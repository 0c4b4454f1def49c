import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueDateCalculator } from '../../../features/calendar/components/due-date-calculator';

export function DueDatePage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
      <DueDateCalculator />
    </>
  );
}
