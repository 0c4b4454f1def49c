import { Card, Col, Menu, Row, Select, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../../../lib/url-params';
import { useCatalogue, useDepartments, type CatalogueColumn } from '../../../lib/reference-data';
import { usePortalItems } from '../../../features/portal/api/portal';
import { ItemList } from '../../../features/portal/components/item-list';

type MenuItem = { key: string; label: string; children?: MenuItem[] };

function toMenu(cols: CatalogueColumn[] | undefined, en: boolean): MenuItem[] {
  return (cols ?? []).map((c) => ({
    key: c.code ?? '',
    label: (en ? c.nameEn : c.nameZh) ?? '',
    children: c.children?.length ? toMenu(c.children, en) : undefined,
  }));
}

function find(cols: CatalogueColumn[] | undefined, code?: string): CatalogueColumn | undefined {
  for (const c of cols ?? []) {
    if (c.code === code) return c;
    const f = find(c.children, code);
    if (f) return f;
  }
  return undefined;
}

/** 政府信息公开目录: the catalogue tree as navigation; a column lists its items and its sub-columns' (R6). */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { code } = useParams();
  const { params, set } = useUrlParams();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const departments = useDepartments();
  const page = Number(params.get('page') ?? 0);
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const items = usePortalItems({ column: code, page, year, size: 20 });
  const column = find(catalogue.data?.columns, code);
  const owner = departments.data?.find((d) => d.code === column?.departmentCode);
  const thisYear = new Date().getFullYear();

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={7}>
        <Card title={t('portal.nav.catalogue')} size="small" loading={catalogue.isLoading} styles={{ body: { padding: 0 } }}>
          <Menu
            mode="inline"
            selectedKeys={code ? [code] : []}
            defaultOpenKeys={(catalogue.data?.columns ?? []).map((c) => c.code ?? '')}
            items={toMenu(catalogue.data?.columns, en)}
            onClick={(e) => navigate(`/catalogue/${e.key}`)}
            data-testid="catalogue-nav"
          />
        </Card>
      </Col>
      <Col xs={24} md={17}>
        <Card
          title={<Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>{column ? (en ? column.nameEn : column.nameZh) : t('portal.items.all')}</Typography.Title>}
          extra={
            <Select
              allowClear
              placeholder={t('portal.items.year')}
              style={{ width: 120 }}
              value={year}
              onChange={(v) => set('year', v ? String(v) : undefined)}
              options={Array.from({ length: 9 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
            />
          }
        >
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
      </Col>
    </Row>
  );
}
