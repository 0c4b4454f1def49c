import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNames } from '../../../lib/reference-data';
import type { PortalItem } from '../api/portal';
import { publishedDay } from '../../../lib/beijing-time';

/** The metadata table every government portal shows above a document (索引号, 发布机构, 生成日期, 文号, 有效性 …). */
export function ItemMetadata({ item, guide }: { item: PortalItem; guide?: boolean }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} className="gk-meta" data-testid="item-metadata">
      <Descriptions.Item label={t('item.indexNo')}>{item.indexNo}</Descriptions.Item>
      {/* the column by its name (issue 16); the Disclosure Guide has its own place on the portal, not a column */}
      <Descriptions.Item label={t('item.column')}>{guide || !item.columnCode ? t('portal.nav.guide') : names.column(item.columnCode)}</Descriptions.Item>
      <Descriptions.Item label={t('item.issuer')}>{names.department(item.issuingDepartment)}</Descriptions.Item>
      <Descriptions.Item label={t('item.createdDate')}>{item.createdDate}</Descriptions.Item>
      <Descriptions.Item label={t('item.docNumber')}>{item.docNumber || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('item.publishedAt')}>{item.publishedAt ? publishedDay(item) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('item.subjects')}>{(item.subjects ?? []).join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('item.attribute')}>{t('attribute.PUBLIC')}</Descriptions.Item>
      {item.normative && (
        <Descriptions.Item label={t('item.validity')}>
          <Tag color={item.validity === 'VALID' ? 'green' : 'red'}>{item.validity ? t(`validity.${item.validity}`) : '—'}</Tag>
          {item.validFrom && `${t('item.validFrom')} ${item.validFrom}`}
        </Descriptions.Item>
      )}
      {(item.channels ?? []).length > 0 && (
        <Descriptions.Item label={t('item.channels')}>{(item.channels ?? []).map((c) => t(`channel.${c}`)).join('、')}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
