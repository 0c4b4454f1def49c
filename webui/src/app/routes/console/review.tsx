import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReviewQueue } from '../../../features/items/api/items';
import { ItemsTable } from '../../../features/items/components/items-table';

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.review')}</Typography.Title>
      <Card>
        <ItemsTable data={queue.data} loading={queue.isFetching} />
      </Card>
    </>
  );
}
