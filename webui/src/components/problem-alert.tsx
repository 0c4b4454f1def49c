import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

/**
 * A refusal from the API in the page's language (issue 16): too many submissions (with when to try again), the
 * service busy, the challenge asked for; otherwise the problem's own title and detail.
 */
export function ProblemAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return null;
  const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
  const kind = error.kind();
  const known = kind === 'rate-limited' || kind === 'challenge-required' || error.status === 503;
  const message = known ? t(`problem.${error.status === 503 ? 'unavailable' : kind}.title`) : error.problem?.title ?? t('common.error');
  const description = known
    ? t(`problem.${error.status === 503 ? 'unavailable' : kind}.detail`, { minutes })
    : (error.problem?.errors ?? []).map((x) => `${x.field}: ${x.message}`).join('；') || error.message;
  return <Alert type={known ? 'warning' : 'error'} showIcon role="alert" style={style} message={message} description={description} data-testid="problem" />;
}
