import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../types/api';

type Details = components['schemas']['InterpretationDetails'];

const ELEMENTS = ['background', 'purpose', 'scope', 'measures', 'changes', 'terms', 'contact'] as const;

/**
 * An interpretation on the portal (R25): its elements under headings, its interpreters, and its media — each image
 * with its alternative text and caption, each audio or video with its caption and transcript.
 */
export function InterpretationView({ itemId, details, forms, consoleFiles }: { itemId: number; details: Details; forms?: string[]; consoleFiles?: boolean }) {
  const { t } = useTranslation();
  const src = (m: NonNullable<Details['media']>[number]) => (m.attachmentId ? `/api/v1/${consoleFiles ? 'items' : 'portal/items'}/${itemId}/attachments/${m.attachmentId}` : m.url ?? '');
  return (
    <div data-testid="interpretation" lang="zh-CN">
      <div style={{ margin: '12px 0' }} aria-label={t('interpretation.forms')}>
        {(forms ?? details.forms ?? []).map((f) => <Tag key={f} color="blue">{t(`interpretationForm.${f}`)}</Tag>)}
        {details.byHead && <Tag color="gold">{t('interpretation.byHeadTag')}</Tag>}
      </div>
      {(details.interpreters ?? []).length > 0 && (
        <Typography.Paragraph data-testid="interpreters">
          <b>{t('interpretation.interpreters')}：</b>
          {(details.interpreters ?? []).map((p) => [p.name, p.affiliation, p.post].filter(Boolean).join('，')).join('；')}
        </Typography.Paragraph>
      )}
      {ELEMENTS.filter((e) => details[e]).map((e) => (
        <section key={e}>
          <Typography.Title level={2} className="gk-h2">{t(`interpretation.${e}`)}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{details[e]}</Typography.Paragraph>
        </section>
      ))}
      {(details.media ?? []).map((m, k) => (
        <figure key={k} style={{ margin: '16px 0' }} data-testid="interpretation-media">
          {/* the console's files need a token, which an <img> does not send: there the text only */}
          {consoleFiles && m.attachmentId ? (
            <Tag>{t(`interpretation.mediaKinds.${m.kind}`)}</Tag>
          ) : (
            <>
              {m.kind === 'IMAGE' && <img src={src(m)} alt={m.altText ?? ''} style={{ maxWidth: '100%' }} />}
              {m.kind === 'AUDIO' && <audio controls src={src(m)} aria-label={m.caption} />}
              {(m.kind === 'VIDEO' || m.kind === 'ANIMATION') && <video controls src={src(m)} aria-label={m.caption} style={{ maxWidth: '100%' }} />}
            </>
          )}
          {consoleFiles && m.altText && <Typography.Paragraph type="secondary">{m.altText}</Typography.Paragraph>}
          <figcaption>{m.caption}</figcaption>
          {m.transcript && (
            <details>
              <summary>{t('interpretation.transcript')}</summary>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.transcript}</Typography.Paragraph>
            </details>
          )}
        </figure>
      ))}
    </div>
  );
}
