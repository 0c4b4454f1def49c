import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CatalogueEditor } from '../../../features/catalogue/components/catalogue-editor';

export function CatalogueEditorPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.catalogue')}</Typography.Title>
      <CatalogueEditor />
    </>
  );
}
