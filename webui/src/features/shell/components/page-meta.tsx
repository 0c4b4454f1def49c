import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useBureauName } from './bureau-name';

/** A step of the breadcrumb (当前位置): a label, and where it leads unless it is the current page. */
export type Crumb = { label: string; to?: string };

type Meta = { title: string; trail: Crumb[] };
const MetaContext = createContext<{ meta: Meta; set: (m: Meta) => void } | null>(null);

export function PageMetaProvider({ children }: { children: ReactNode }) {
  const [meta, set] = useState<Meta>({ title: '', trail: [] });
  return <MetaContext.Provider value={{ meta, set }}>{children}</MetaContext.Provider>;
}

/**
 * Each page names itself (issue 16): a distinct document title ("page – bureau") and the breadcrumb's trail after
 * 首页. Call once per page with the page's own title; a detail page passes its parent step first.
 */
export function usePageMeta(title: string | undefined, trail: Crumb[] = [], suffix?: string) {
  const ctx = useContext(MetaContext);
  const key = JSON.stringify([title, trail]);
  useEffect(() => {
    if (!title) return;
    document.title = suffix ? `${title} - ${suffix}` : title;
    ctx?.set({ title, trail: [...trail, { label: title }] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, suffix]);
}

/** 当前位置：首页 > … > this page. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const ctx = useContext(MetaContext);
  const home = useLocation().pathname === '/';
  const trail = home ? [] : ctx?.meta.trail ?? [];
  return (
    <nav aria-label={t('portal.breadcrumb')} className="gk-breadcrumb" data-testid="breadcrumb">
      <span className="gk-breadcrumb-label">{t('portal.here')}</span>
      <ol className="gk-crumbs">
        <li>
          <Link to="/">{t('portal.nav.home')}</Link>
        </li>
        {trail.map((c, i) => (
          <li key={`${i}-${c.label}`}>
            {c.to && i < trail.length - 1 ? <Link to={c.to}>{c.label}</Link> : <span aria-current={i === trail.length - 1 ? 'page' : undefined}>{c.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The page's heading (its one h1), its document title and its breadcrumb, in one. */
export function PageTitle({ title, trail = [], hidden, testId, className }: { title: string; trail?: Crumb[]; hidden?: boolean; testId?: string; className?: string }) {
  const bureau = useBureauName();
  usePageMeta(title, trail, bureau);
  return (
    <h1 className={hidden ? 'gk-sr-only' : className ?? 'gk-page-title'} data-testid={testId}>
      {title}
    </h1>
  );
}
