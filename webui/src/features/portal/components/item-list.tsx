import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PortalPage } from '../api/portal';
import { publishedDay } from '../../../lib/beijing-time';

/**
 * A list of published items as government portals show them: title, document number, and the publication date —
 * the date the list is sorted by (issue 16), in Beijing time.
 */
export function ItemList({ data, loading, onPage }: { data?: PortalPage; loading?: boolean; onPage?: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <List
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('portal.items.empty') }}
      pagination={
        onPage && (data?.totalPages ?? 0) > 1
          ? { current: (data?.page ?? 0) + 1, pageSize: data?.size ?? 20, total: data?.total ?? 0, onChange: (p) => onPage(p - 1), showSizeChanger: false }
          : false
      }
      renderItem={(i) => (
        <List.Item extra={<time className="gk-date" dateTime={i.publishedAt}>{publishedDay(i)}</time>}>
          <List.Item.Meta
            title={
              <Link to={`/items/${i.id}`} className="gk-item-link" lang="zh-CN">
                {i.title}
              </Link>
            }
            description={
              <>
                {i.docNumber && <Typography.Text type="secondary" lang="zh-CN">{i.docNumber} </Typography.Text>}
                {i.validity && <Tag color={i.validity === 'VALID' ? 'green' : 'default'}>{t(`validity.${i.validity}`)}</Tag>}
              </>
            }
          />
        </List.Item>
      )}
      data-testid="item-list"
    />
  );
}
