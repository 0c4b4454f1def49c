import { Card, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { ItemForm } from '../../../features/items/components/item-form';

export function ItemNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const kind = useSearchParams()[0].get('kind') === 'GUIDE' ? 'GUIDE' : 'ITEM';
  return (
    <>
      <Typography.Title level={3}>{kind === 'GUIDE' ? t('item.newGuide') : t('item.new')}</Typography.Title>
      <Card>
        <ItemForm kind={kind} defaultDepartment={me?.department ?? undefined} onSaved={(i) => navigate(`/console/items/${i.id}`)} />
      </Card>
    </>
  );
}
