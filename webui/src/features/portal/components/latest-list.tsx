import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PortalPage } from '../api/portal';
import { publishedDay } from '../../../lib/beijing-time';

/** A titled panel in plain markup: the home page's boxes, without Ant Design's Card (issue 16: a small first load). */
export function Panel({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="gk-panel" data-testid={testId}>
      <div className="gk-panel-head">
        <h2 className="gk-card-heading">{title}</h2>
        {extra}
      </div>
      <div className="gk-panel-body">{children}</div>
    </section>
  );
}

/** The newest items as the home page shows them: title, document number, validity, publication date (the date they are sorted by). */
export function LatestList({ data, loading }: { data?: PortalPage; loading?: boolean }) {
  const { t } = useTranslation();
  if (loading) return <p aria-busy="true">{t('common.loading')}</p>;
  const items = data?.items ?? [];
  if (!items.length) return <p>{t('portal.items.empty')}</p>;
  return (
    <ul className="gk-latest" data-testid="item-list">
      {items.map((i) => (
        <li key={i.id}>
          <span>
            <Link to={`/items/${i.id}`} className="gk-item-link" lang="zh-CN">
              {i.title}
            </Link>
            {(i.docNumber || i.validity) && (
              <span className="gk-latest-meta">
                <span lang="zh-CN">{i.docNumber}</span> {i.validity && <span className={`gk-validity gk-validity-${i.validity}`}>{t(`validity.${i.validity}`)}</span>}
              </span>
            )}
          </span>
          <time className="gk-date" dateTime={i.publishedAt}>
            {publishedDay(i)}
          </time>
        </li>
      ))}
    </ul>
  );
}
