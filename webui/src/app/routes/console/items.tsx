import { useState } from 'react';
import { Button, Card, Input, Space, Typography } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ITEM_STATES, useItems, type ItemFilters } from '../../../features/items/api/items';
import { ItemsTable } from '../../../features/items/components/items-table';

export function ItemsPage() {
  const { t } = useTranslation();
  const [f, setF] = useState<ItemFilters>({ page: 0, size: 20 });
  const items = useItems(f);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('console.menu.items')}</Typography.Title>
        <Link to="/console/items/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-item">
            {t('item.new')}
          </Button>
        </Link>
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear placeholder={t('item.state')} style={{ width: 150 }} value={f.state} onChange={(v) => setF({ ...f, state: v, page: 0 })} options={ITEM_STATES.map((s) => ({ value: s, label: t(`itemState.${s}`) }))} />
          <Input.Search allowClear placeholder={t('item.searchPlaceholder')} style={{ width: 260 }} onSearch={(v) => setF({ ...f, q: v || undefined, page: 0 })} />
        </Space>
        <ItemsTable data={items.data} loading={items.isFetching} onPage={(page, size) => setF({ ...f, page, size })} />
      </Card>
    </>
  );
}
