import { Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { flatten, useCatalogue, useDepartments, useNames } from '../../../lib/reference-data';
import { useSearch } from '../../../features/portal/api/portal';
import { Highlighted } from '../../../features/portal/components/highlighted';

/** Site search in Chinese, with filters; every state in the URL so that a result page can be shared. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { params, set } = useUrlParams();
  const q = params.get('q') ?? '';
  const column = params.get('column') ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const department = params.get('department') ?? undefined;
  const page = Number(params.get('page') ?? 0);
  const result = useSearch({ q, column, year, department, page, size: 10 });
  const catalogue = useCatalogue();
  const departments = useDepartments();
  const names = useNames();
  const thisYear = new Date().getFullYear();
  const data = result.data;

  return (
    <Card>
      <Typography.Title level={2}>{t('search.title')}</Typography.Title>
      <Input.Search
        defaultValue={q}
        key={q}
        enterButton={t('portal.search')}
        aria-label={t('portal.search')}
        onSearch={(v) => set('q', v.trim() || undefined)}
        style={{ maxWidth: 640, marginBottom: 16 }}
        size="large"
        data-testid="search-input"
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('search.column')}
          style={{ width: 200 }}
          value={column}
          onChange={(v) => set('column', v)}
          options={flatten(catalogue.data?.columns).map((c) => ({ value: c.code, label: `${'　'.repeat(c.depth)}${en ? c.nameEn : c.nameZh}` }))}
        />
        <Select
          allowClear
          placeholder={t('portal.items.year')}
          style={{ width: 120 }}
          value={year}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          options={Array.from({ length: 10 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
        />
        <Select
          allowClear
          placeholder={t('search.department')}
          style={{ width: 200 }}
          value={department}
          onChange={(v) => set('department', v)}
          options={(departments.data ?? []).map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameZh }))}
        />
      </Space>
      {!q && <Empty description={t('search.prompt')} />}
      {q && (
        <List
          loading={result.isFetching}
          header={data && <span data-testid="search-total">{t('search.total', { count: data.total ?? 0, q })}</span>}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('search.noResults', { q }) }}
          pagination={(data?.totalPages ?? 0) > 1 ? { current: page + 1, pageSize: 10, total: data?.total ?? 0, onChange: (p) => set('page', String(p - 1)), showSizeChanger: false } : false}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/items/${h.id}`} className="gk-item-link">
                    <Highlighted segments={h.titleSegments} fallback={h.title} />
                  </Link>
                }
                description={
                  <Space direction="vertical" size={2}>
                    <span>
                      <Highlighted segments={h.snippet} />
                    </span>
                    <span className="gk-date">
                      {h.docNumber && (
                        <>
                          <Highlighted segments={h.docNumberSegments} fallback={h.docNumber} /> ·{' '}
                        </>
                      )}
                      {names.column(h.columnCode)} · {names.department(h.issuingDepartment)} · {h.createdDate}
                      {h.validity && <Tag style={{ marginLeft: 8 }}>{t(`validity.${h.validity}`)}</Tag>}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
          data-testid="search-results"
        />
      )}
    </Card>
  );
}
