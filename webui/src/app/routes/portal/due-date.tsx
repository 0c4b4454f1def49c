import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { DueDateCalculator } from '../../../features/calendar/components/due-date-calculator';

export function DueDatePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('calendar.title')} />
      <DueDateCalculator />
    </>
  );
}
