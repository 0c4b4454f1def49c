import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Letter = components['schemas']['Letter'];

/** 待我审签: letters waiting for the legal section's review or for the caller's signature. */
export function LettersQueuePage() {
  const { t } = useTranslation();
  const queue = useQuery({ queryKey: ['applications', 'letters-queue'], queryFn: () => api.get<Letter[]>('/api/v1/letters/queue') });
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.letters')}</Typography.Title>
      <Card>
        <Table<Letter>
          rowKey="id"
          loading={queue.isLoading}
          dataSource={queue.data ?? []}
          pagination={false}
          columns={[
            { title: t('letters.docNumber'), dataIndex: 'docNumber', render: (v: string, l) => <Link to={`/console/applications/${l.applicationId}`}>{v}</Link> },
            { title: t('letters.title'), dataIndex: 'title' },
            { title: t('item.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`letterState.${v}`)}</Tag> },
          ]}
          data-testid="letters-queue"
        />
      </Card>
    </>
  );
}
