import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { useAuth } from '../../../lib/auth';
import { ProblemAlert } from '../../../components/problem-alert';
import { FocusHere } from '../../../components/focus-here';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { useChallenge } from '../../../features/enquiries/api/enquiries';
import { useAnswerPoll, usePhoneCheck, usePollResults, usePortalPoll, type Answers, type PortalPoll } from '../../../features/poll/api/poll';
import { PollQuestions } from '../../../features/poll/components/poll-questions';
import { PollResultsView } from '../../../features/poll/components/poll-results';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';

/** One poll: answer it while open (logged in, or with a phone verified by a code); its results with charts once reported. */
export function PollPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const bureau = useBureauName();
  const poll = usePortalPoll(id);
  const p = poll.data;
  const results = usePollResults(id, p?.phase === 'REPORTED');
  usePageMeta(poll.isError ? t('portal.item.notFound') : p?.title, [{ label: t('poll.portalTitle'), to: '/polls' }], bureau);
  if (poll.isError) return <Result status="404" title={t('portal.item.notFound')} extra={<Link to="/polls">{t('poll.portalTitle')}</Link>} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card loading={poll.isLoading} className="gk-article">
        {p && (<>
          <Typography.Title level={1} className="gk-article-title" lang="zh-CN" data-testid="poll-title">{p.title}</Typography.Title>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('poll.period')}>{p.opensOn} — {p.closesOn}</Descriptions.Item>
            <Descriptions.Item label={t('item.state')}><PhaseTag phase={p.phase} of="poll" /></Descriptions.Item>
            <Descriptions.Item label={t('poll.targets')}>{p.targetGroups}</Descriptions.Item>
            <Descriptions.Item label={t('poll.mode')}>{t(`poll.modes.${p.mode}`)}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 16 }} lang="zh-CN">{p.description}</Typography.Paragraph>
          {p.reportItemId && <Link to={`/items/${p.reportItemId}`} data-testid="poll-report-link">{t('poll.readReport')}</Link>}
        </>)}
      </Card>
      {p?.phase === 'OPEN' && <AnswerForm poll={p} />}
      {p?.phase === 'REPORTED' && (
        <Card title={<h2 className="gk-card-heading">{t('poll.results')}</h2>}
          extra={<a href={`/api/v1/portal/polls/${id}/results.csv`} download>{t('poll.csv')}</a>}>
          <PollResultsView results={results.data} />
        </Card>
      )}
    </Space>
  );
}

function AnswerForm({ poll }: { poll: PortalPoll }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const loggedIn = !!me?.roles?.includes('citizen');
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const [phone, setPhone] = useState('');
  const [checkId, setCheckId] = useState<string>();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState(false);
  const challenge = useChallenge();
  const [challengeAnswer, setChallengeAnswer] = useState('');
  const check = usePhoneCheck(poll.id ?? 0);
  const answer = useAnswerPoll(poll.id ?? 0);
  const question = i18n.language === 'en' ? challenge.data?.questionEn : challenge.data?.question;
  if (done) {
    return <FocusHere testId="poll-received"><Card><Result status="success" title={t('poll.thanks')} subTitle={t('poll.thanksSub')} /></Card></FocusHere>;
  }
  const submit = () => answer.mutate({ body: { answers, checkId, code: code || undefined, name: name || undefined, phone: poll.mode === 'NAMED' ? phone : undefined }, key }, {
    onSuccess: () => setDone(true),
    onError: (e) => {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors());
        setKey(newIdempotencyKey());
      }
    },
  });
  const err = answer.error instanceof ApiError ? answer.error : undefined;
  const checkErr = check.error instanceof ApiError ? check.error : undefined;
  return (
    <Card title={<h2 className="gk-card-heading">{t('poll.answerTitle')}</h2>}>
      <PollQuestions form={poll.form} value={answers} onChange={setAnswers} errors={errors} />
      {poll.mode === 'NAMED' && (
        <Form.Item label={t('poll.name')} style={{ marginTop: 16 }} validateStatus={errors.name ? 'error' : undefined} help={errors.name}>
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ maxWidth: 240 }} autoComplete="name" />
        </Form.Item>
      )}
      <div style={{ marginTop: 24 }}>
        {loggedIn ? <Typography.Paragraph type="secondary">{t('poll.asAccount')}</Typography.Paragraph> : (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="phone-check">
            <Typography.Paragraph>{t('poll.phoneHelp')}</Typography.Paragraph>
            <Space wrap>
              <Input aria-label={t('poll.phone')} placeholder={t('poll.phone')} inputMode="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)}
                style={{ width: 180 }} data-testid="poll-phone" disabled={!!checkId} />
              {!checkId && (<>
                <label htmlFor="poll-challenge" id="challenge-question">{question}</label>
                <Input id="poll-challenge" inputMode="numeric" style={{ width: 90 }} value={challengeAnswer} onChange={(e) => setChallengeAnswer(e.target.value)} data-testid="challenge-answer" />
                <Button onClick={() => check.mutate({ phone, challengeId: challenge.data?.id, challengeAnswer }, {
                  onSuccess: (r) => setCheckId(r.checkId), onError: () => { void challenge.refetch(); setChallengeAnswer(''); },
                })} loading={check.isPending} data-testid="send-code">{t('poll.sendCode')}</Button>
              </>)}
              {checkId && <Input aria-label={t('poll.code')} placeholder={t('poll.code')} inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} style={{ width: 140 }} data-testid="poll-code" />}
            </Space>
            {checkErr && <ProblemAlert error={checkErr} />}
            {errors.code && <Alert type="error" showIcon message={errors.code} />}
          </Space>
        )}
      </div>
      {err && !Object.keys(err.fieldErrors()).length && <ProblemAlert error={err} style={{ marginTop: 12 }} />}
      <Button type="primary" size="large" style={{ marginTop: 16 }} onClick={submit} loading={answer.isPending} data-testid="submit-poll">{t('poll.submit')}</Button>
    </Card>
  );
}
