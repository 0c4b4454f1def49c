import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarYearsAdmin } from '../../../features/calendar/components/calendar-years-admin';

export function CalendarAdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.calendar')}</Typography.Title>
      <CalendarYearsAdmin />
    </>
  );
}
