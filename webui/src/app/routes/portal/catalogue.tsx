import { Card, Col, Row, Space, Typography } from 'antd';
import { Select } from '../../../components/select';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { findColumn, useCatalogue, useDepartments, type CatalogueColumn } from '../../../lib/reference-data';
import { usePortalItems } from '../../../features/portal/api/portal';
import { ItemList } from '../../../features/portal/components/item-list';
import { InterpretationFiguresCard } from '../../../features/interpretation/components/interpretation-figures';
import { FORMS } from '../../../features/items/components/interpretation-fields';

/** The catalogue as nested links: every column, a parent too, opens its own list with its own URL (issue 16). */
export function ColumnTree({ cols, en, current }: { cols: CatalogueColumn[] | undefined; en: boolean; current?: string }) {
  if (!cols?.length) return null;
  return (
    <ul className="gk-tree">
      {cols.map((c) => (
        <li key={c.code}>
          <Link to={`/catalogue/${c.code}`} aria-current={c.code === current ? 'page' : undefined} className={c.code === current ? 'gk-tree-current' : undefined}>
            {en ? c.nameEn : c.nameZh}
          </Link>
          <ColumnTree cols={c.children} en={en} current={current} />
        </li>
      ))}
    </ul>
  );
}

/** The columns from the top down to this one. */
function pathTo(cols: CatalogueColumn[] | undefined, code?: string): CatalogueColumn[] {
  for (const c of cols ?? []) {
    if (c.code === code) return [c];
    const below = pathTo(c.children, code);
    if (below.length) return [c, ...below];
  }
  return [];
}


/** 政府信息公开目录: the catalogue tree as navigation; a column lists its items and its sub-columns' (R6). */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { code } = useParams();
  const { params, set } = useUrlParams();
  const catalogue = useCatalogue();
  const departments = useDepartments();
  const page = Number(params.get('page') ?? 0);
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  // the 政策解读 column filters by form and shows the year's figures (issue 11)
  const interpretations = code === 'ZCJD';
  const form = interpretations ? params.get('form') ?? undefined : undefined;
  const items = usePortalItems({ column: code, page, year, form, size: 20 });
  const column = findColumn(catalogue.data?.columns, code);
  const owner = departments.data?.find((d) => d.code === column?.departmentCode);
  const thisYear = new Date().getFullYear();

  const path = pathTo(catalogue.data?.columns, code);
  const name = (c: CatalogueColumn) => (en ? c.nameEn : c.nameZh) ?? '';
  const title = column ? name(column) : t('portal.items.all');
  const trail = column ? [{ label: t('portal.nav.catalogue'), to: '/catalogue' }, ...path.slice(0, -1).map((c) => ({ label: name(c), to: `/catalogue/${c.code}` }))] : [];

  return (
    <Row gutter={[16, 16]}>
      {/* on a phone the list comes first and the tree is one tap away */}
      <Col xs={{ span: 24, order: 2 }} md={{ span: 7, order: 1 }}>
        <Card title={<h2 className="gk-card-heading">{t('portal.nav.catalogue')}</h2>} size="small" loading={catalogue.isLoading} id="catalogue-tree">
          <nav aria-label={t('portal.nav.catalogue')} data-testid="catalogue-nav">
            <Link to="/catalogue" aria-current={!code ? 'page' : undefined} className={!code ? 'gk-tree-current' : undefined}>{t('portal.items.all')}</Link>
            <ColumnTree cols={catalogue.data?.columns} en={en} current={code} />
          </nav>
        </Card>
      </Col>
      <Col xs={{ span: 24, order: 1 }} md={{ span: 17, order: 2 }}>
        <Card
          title={<PageTitle title={title} trail={trail} className="gk-card-title" />}
          extra={
            <Space wrap>
            {interpretations && (
              <Select
                allowClear
                placeholder={t('interpretation.form')}
                aria-label={t('interpretation.formFilter')}
                style={{ width: 140 }}
                value={form}
                data-testid="form-filter"
                onChange={(v) => set('form', v ? String(v) : undefined)}
                options={FORMS.map((f) => ({ value: f, label: t(`interpretationForm.${f}`) }))}
              />
            )}
            <Select
              allowClear
              placeholder={t('portal.items.year')}
              aria-label={t('portal.items.yearFilter')}
              style={{ width: 120 }}
              value={year}
              onChange={(v) => set('year', v ? String(v) : undefined)}
              options={Array.from({ length: 9 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
            />
            </Space>
          }
        >
          <a href="#catalogue-tree" className="gk-phone-only" data-testid="to-catalogue-tree">{t('portal.catalogueTree')}</a>
          {column && (
            <Space direction="vertical" style={{ marginBottom: 12 }}>
              {column.description && <Typography.Text type="secondary">{column.description}</Typography.Text>}
              <Typography.Text type="secondary">
                {t('portal.items.responsible', { department: en ? owner?.nameEn : owner?.nameZh, person: column.responsiblePerson })}
              </Typography.Text>
            </Space>
          )}
          <ItemList data={items.data} loading={items.isFetching} onPage={(p) => set('page', String(p))} />
        </Card>
        {interpretations && <div style={{ marginTop: 16 }}><InterpretationFiguresCard year={year ?? thisYear} /></div>}
      </Col>
    </Row>
  );
}
