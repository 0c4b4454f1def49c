import { Card, Empty, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** Site search. Published items and their Chinese full-text index arrive with proactive disclosure (R5–R14). */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  return (
    <Card>
      <Typography.Title level={2}>{t('search.title')}</Typography.Title>
      <Input.Search
        defaultValue={q}
        enterButton={t('portal.search')}
        aria-label={t('portal.search')}
        onSearch={(v) => navigate(`/search?q=${encodeURIComponent(v.trim())}`)}
        style={{ maxWidth: 560, marginBottom: 24 }}
      />
      <Empty description={q ? t('search.noResults', { q }) : t('search.prompt')} />
    </Card>
  );
}
