import { Card, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { ItemForm } from '../../../features/items/components/item-form';
import { useItem } from '../../../features/items/api/items';

export function ItemNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const params = useSearchParams()[0];
  const kind = params.get('kind') === 'GUIDE' ? 'GUIDE' : 'ITEM';
  // an interpretation drafted from its document's page (R24)
  const interpretsId = Number(params.get('interprets')) || undefined;
  const doc = useItem(interpretsId);
  const interprets = doc.data?.item ? { id: doc.data.item.id!, title: doc.data.item.title! } : undefined;
  const title = kind === 'GUIDE' ? t('item.newGuide') : interpretsId ? t('interpretation.new') : t('item.new');
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Card loading={!!interpretsId && doc.isLoading}>
        {(!interpretsId || interprets) && (
          <ItemForm key={interprets?.id ?? 0} kind={kind} defaultDepartment={me?.department ?? undefined} interprets={interprets}
            onSaved={(i) => navigate(`/console/items/${i.id}`)} />
        )}
      </Card>
    </>
  );
}
