import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useNames } from '../../../lib/reference-data';
import type { Item, ItemPage } from '../api/items';
import { StateTag } from './state-tag';

export function ItemsTable({ data, loading, onPage }: { data?: ItemPage; loading?: boolean; onPage?: (page: number, size: number) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <Table<Item>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 900 }}
      pagination={
        onPage
          ? { current: (data?.page ?? 0) + 1, pageSize: data?.size ?? 20, total: data?.total ?? 0, onChange: (p, s) => onPage(p - 1, s), showTotal: (n) => t('common.total', { count: n }) }
          : false
      }
      columns={[
        { title: t('item.title'), dataIndex: 'title', render: (v: string, i) => <Link to={`/console/items/${i.id}`}>{v}</Link> },
        { title: t('item.indexNo'), dataIndex: 'indexNo' },
        { title: t('item.column'), dataIndex: 'columnCode', render: (v: string) => names.column(v) },
        { title: t('item.department'), dataIndex: 'departmentCode', render: (v: string) => names.department(v) },
        { title: t('item.attribute'), dataIndex: 'attribute', render: (v: string) => (v ? t(`attribute.${v}`) : '—') },
        { title: t('item.state'), dataIndex: 'state', render: (v: string) => <StateTag state={v} /> },
        { title: t('item.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => v?.replace('T', ' ').slice(0, 16) },
      ]}
      data-testid="items-table"
    />
  );
}
