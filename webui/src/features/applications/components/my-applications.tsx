import { Card, List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import type { ApplicationProgress } from '../api/applications';

/** A logged-in citizen's own applications. */
export function MyApplications() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const citizen = (me?.roles ?? []).includes('citizen');
  const mine = useQuery({ queryKey: ['applications', 'mine'], queryFn: () => api.get<ApplicationProgress[]>('/api/v1/applications/mine'), enabled: citizen });
  if (!citizen) return null;
  return (
    <Card title={t('application.mine')} style={{ marginTop: 16 }}>
      <List size="small" dataSource={mine.data ?? []} locale={{ emptyText: t('application.noneMine') }}
        renderItem={(a) => (
          <List.Item>
            <Link to={`/apply/track?trackingNo=${a.trackingNo}`}>{a.trackingNo}</Link>
            <Tag>{t(`applicationState.${a.state}`)}</Tag>
            <span className="gk-date">{a.receivedOn}</span>
          </List.Item>
        )} />
    </Card>
  );
}
