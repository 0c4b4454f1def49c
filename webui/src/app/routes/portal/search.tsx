import { useEffect, useRef, useState } from 'react';
import { Alert, Card, Empty, Input, List, Segmented, Space, Tag } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { flatten, useCatalogue, useDepartments, useNames } from '../../../lib/reference-data';
import { useCrossSearch } from '../../../features/portal/api/portal';
import { Highlighted } from '../../../features/portal/components/highlighted';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { beijingTime } from '../../../lib/beijing-time';

/**
 * Site search in Chinese across everything public (issue 10: items, answered enquiries, and what later features
 * publish), with the kinds as facets and filters; every state in the URL so that a result page can be shared.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { params, set } = useUrlParams();
  const q = params.get('q') ?? '';
  const column = params.get('column') ?? undefined;
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const department = params.get('department') ?? undefined;
  const page = Number(params.get('page') ?? 0);
  const kind = params.get('kind') ?? undefined;
  const result = useCrossSearch({ q, kind, column, year, department, page, size: 10 });
  const catalogue = useCatalogue();
  const departments = useDepartments();
  const names = useNames();
  const thisYear = new Date().getFullYear();
  const data = result.data;
  // after a search is submitted here, the focus goes to the result count (issue 16)
  const [submitted, setSubmitted] = useState(false);
  const totalRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (submitted && data && !result.isFetching) {
      totalRef.current?.focus();
      setSubmitted(false);
    }
  }, [submitted, data, result.isFetching]);

  return (
    <Card>
      <PageTitle title={t('search.title')} />
      <Input.Search
        defaultValue={q}
        key={q}
        enterButton={t('portal.search')}
        aria-label={t('portal.search')}
        onSearch={(v) => {
          setSubmitted(true);
          set('q', v.trim() || undefined);
        }}
        style={{ maxWidth: 640, marginBottom: 16 }}
        size="large"
        data-testid="search-input"
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('search.column')}
          aria-label={t('search.columnFilter')}
          style={{ width: 200, maxWidth: '100%' }}
          value={column}
          onChange={(v) => set('column', v)}
          options={flatten(catalogue.data?.columns).map((c) => ({ value: c.code, label: `${'　'.repeat(c.depth)}${en ? c.nameEn : c.nameZh}` }))}
        />
        <Select
          allowClear
          placeholder={t('portal.items.year')}
          aria-label={t('search.yearFilter')}
          style={{ width: 120 }}
          value={year}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          options={Array.from({ length: 10 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
        />
        <Select
          allowClear
          placeholder={t('search.department')}
          aria-label={t('search.departmentFilter')}
          style={{ width: 200, maxWidth: '100%' }}
          value={department}
          onChange={(v) => set('department', v)}
          options={(departments.data ?? []).map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameZh }))}
        />
      </Space>
      {q && data && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={kind ?? 'ALL'}
          onChange={(v) => set('kind', v === 'ALL' ? undefined : String(v))}
          data-testid="search-kinds"
          options={[
            { value: 'ALL', label: t('search.kind.ALL', { count: Object.values(data.facets?.kind ?? {}).reduce((a, b) => a + b, 0) }) },
            ...Object.entries(data.facets?.kind ?? {}).map(([k, n]) => ({ value: k, label: t(`search.kind.${k}`, { count: n }) })),
          ]}
        />
      )}
      {q && data?.match === 'MOST' && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<Trans i18nKey="search.relaxed" values={{ q }} components={{ q: <span lang="zh-CN" /> }} />} data-testid="search-relaxed" />}
      {q && data?.match === 'WITHOUT_QUESTION_WORDS' && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('search.withoutQuestionWords')} />}
      {!q && <Empty description={t('search.prompt')} />}
      {q && (
        <List
          loading={result.isFetching}
          header={data && <span data-testid="search-total" ref={totalRef} tabIndex={-1} role="status"><Trans i18nKey="search.total" count={data.total ?? 0} values={{ q }} components={{ q: <span lang="zh-CN" /> }} /></span>}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Trans i18nKey="search.noResults" values={{ q }} components={{ q: <span lang="zh-CN" /> }} /> }}
          pagination={(data?.totalPages ?? 0) > 1 ? { current: page + 1, pageSize: 10, total: data?.total ?? 0, onChange: (p) => set('page', String(p - 1)), showSizeChanger: false } : false}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space size={6} wrap className="gk-hit-title">
                    <Tag>{t(`search.kindName.${h.kind}`, { defaultValue: h.kind })}</Tag>
                    <Link to={h.link ?? '/'} className="gk-item-link" lang="zh-CN">
                      <Highlighted segments={h.titleSegments} fallback={h.title} />
                    </Link>
                  </Space>
                }
                description={
                  <Space direction="vertical" size={2}>
                    <span lang="zh-CN">
                      <Highlighted segments={h.snippet} />
                    </span>
                    <span className="gk-date">
                      {[h.columnCode && names.column(h.columnCode), h.departmentCode && names.department(h.departmentCode), h.publishedAt && beijingTime(h.publishedAt).slice(0, 10)]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
          data-testid="search-results"
          className="gk-results"
        />
      )}
    </Card>
  );
}
