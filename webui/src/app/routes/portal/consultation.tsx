import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Form, Input, List, Result, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { FocusHere } from '../../../components/focus-here';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { useAuth } from '../../../lib/auth';
import { usePageMeta } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';
import { usePortalItem } from '../../../features/portal/api/portal';
import { useChallenge } from '../../../features/enquiries/api/enquiries';
import {
  usePortalComments, usePortalConsultation, useSubmitComment, type CommentReceipt, type CommentSubmission, type PortalConsultationDetail,
} from '../../../features/consultation/api/consultation';
import { PhaseTag } from '../../../features/consultation/components/phase-tag';

/** One consultation (R30): its explanation and draft, the comment form while open, published comments, and every fate once reported. */
export function ConsultationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const bureau = useBureauName();
  const k = usePortalConsultation(id);
  const c = k.data?.consultation;
  const draft = usePortalItem(c?.draftItemId ?? 0);
  usePageMeta(k.isError ? t('portal.item.notFound') : c?.title, [{ label: t('consultation.portalTitle'), to: '/consultations' }], bureau);
  if (k.isError) return <Result status="404" title={t('portal.item.notFound')} extra={<Link to="/consultations">{t('consultation.portalTitle')}</Link>} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card loading={k.isLoading} className="gk-article">
        {c && k.data && (
          <>
            <Typography.Title level={1} className="gk-article-title" lang="zh-CN" data-testid="consultation-title">{c.title}</Typography.Title>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
              <Descriptions.Item label={t('consultation.period')}>{c.opensOn} — {c.closesOn}</Descriptions.Item>
              <Descriptions.Item label={t('item.state')}>
                <Space wrap><PhaseTag phase={c.phase} />{c.phase === 'OPEN' && <Tag color="green">{t('consultation.daysLeft', { n: c.daysLeft })}</Tag>}</Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('consultation.kindLabel')}>{t(`consultation.kind.${c.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('consultation.comments')}>{t('consultation.receivedCount', { n: c.comments })}</Descriptions.Item>
            </Descriptions>
            {c.reportItemId && (
              <Typography.Paragraph style={{ marginTop: 16 }}>
                <Link to={`/items/${c.reportItemId}`} data-testid="report-link"><b>{t('consultation.readReport')}</b></Link>
              </Typography.Paragraph>
            )}
            <Typography.Title level={2} className="gk-h2">{t('consultation.explanation')}</Typography.Title>
            <Typography.Paragraph lang="zh-CN" style={{ whiteSpace: 'pre-wrap' }}>{k.data.explanation}</Typography.Paragraph>
            <Typography.Title level={2} className="gk-h2">{t('consultation.draft')}</Typography.Title>
            {draft.data && <div className="gk-article-body" lang="zh-CN" dangerouslySetInnerHTML={{ __html: draft.data.body ?? '' }} data-testid="draft-body" />}
            {c.draftItemId && <Link to={`/items/${c.draftItemId}`}>{t('consultation.readDraft')}</Link>}
          </>
        )}
      </Card>
      {c?.phase === 'OPEN' && k.data && <CommentForm consultation={k.data} />}
      {c && k.data && <PublishedComments id={id} detail={k.data} />}
    </Space>
  );
}

function CommentForm({ consultation }: { consultation: PortalConsultationDetail }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const loggedIn = !!me?.roles?.includes('citizen');
  const id = consultation.consultation?.id ?? 0;
  const [form] = Form.useForm<CommentSubmission>();
  const challenge = useChallenge();
  const submit = useSubmitComment(id);
  const [key, setKey] = useState(newIdempotencyKey);
  const [receipt, setReceipt] = useState<CommentReceipt>();
  if (receipt) {
    return (
      <FocusHere testId="comment-receipt">
        <Card>
          <Result status="success" title={t('consultation.received')} subTitle={t('consultation.keepNo')}
            extra={<Space direction="vertical">
              <Typography.Text style={{ fontSize: 20 }}>{t('consultation.refNo')}：<b data-testid="comment-ref">{receipt.refNo}</b></Typography.Text>
              <Link to={`/consultations?comment=${receipt.refNo}`}>{t('consultation.lookup')}</Link>
            </Space>} />
        </Card>
      </FocusHere>
    );
  }
  const question = i18n.language === 'en' ? challenge.data?.questionEn : challenge.data?.question;
  const onFinish = (v: CommentSubmission & { on?: number }) => {
    const { on, ...rest } = v;
    submit.mutate({ body: { ...rest, article: on || undefined, challengeId: loggedIn ? undefined : challenge.data?.id }, key }, {
      onSuccess: setReceipt,
      onError: (e) => {
        if (e instanceof ApiError) {
          setKey(newIdempotencyKey());
          form.setFields(Object.entries(e.fieldErrors()).map(([name, m]) => ({ name: (name === 'article' ? 'on' : name) as keyof CommentSubmission, errors: [m] })));
        }
        void challenge.refetch();
        form.setFieldValue('challengeAnswer', '');
      },
    });
  };
  const err = submit.error instanceof ApiError ? submit.error : undefined;
  const articles = Array.from({ length: consultation.articleCount ?? 0 }, (_, i) => ({ value: i + 1, label: t('consultation.form.article', { n: i + 1 }) }));
  return (
    <Card title={<h2 className="gk-card-heading">{t('consultation.form.title')}</h2>}>
      <Form<CommentSubmission & { on?: number }> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 720 }} initialValues={{ on: 0 }} data-testid="comment-form">
        <Form.Item name="on" label={t('consultation.form.on')}>
          <Select showSearch optionFilterProp="label" options={[{ value: 0, label: t('consultation.form.whole') }, ...articles]} style={{ maxWidth: 240 }} data-testid="comment-article" />
        </Form.Item>
        <Form.Item name="quote" label={t('consultation.form.quote')} extra={t('consultation.form.quoteHelp')} rules={[{ max: 500 }]}>
          <Input data-testid="comment-quote" />
        </Form.Item>
        <Form.Item name="body" label={t('consultation.form.body')} rules={[{ required: true, message: t('form.required') }, { max: 5000 }]}>
          <Input.TextArea rows={6} data-testid="comment-body" />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="name" label={t('consultation.form.name')}><Input style={{ width: 200 }} autoComplete="name" /></Form.Item>
          <Form.Item name="email" label={t('consultation.form.email')}><Input style={{ width: 240 }} autoComplete="email" inputMode="email" data-testid="comment-email" /></Form.Item>
          <Form.Item name="phone" label={t('consultation.form.phone')}><Input style={{ width: 200 }} autoComplete="tel" inputMode="tel" /></Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">{t('consultation.form.privacy')}</Typography.Paragraph>
        {loggedIn ? <Typography.Paragraph type="secondary">{t('consultation.form.loggedIn')}</Typography.Paragraph> : (
          <Form.Item name="challengeAnswer" label={<span id="challenge-question">{question}</span>} rules={[{ required: true, message: t('form.required') }]}
            extra={<Button type="link" size="small" onClick={() => void challenge.refetch()} style={{ padding: 0 }}>{t('enquiry.newQuestion')}</Button>}>
            <Input style={{ width: 120 }} inputMode="numeric" aria-label={`${t('enquiry.challenge')}: ${question ?? ''}`} data-testid="challenge-answer" />
          </Form.Item>
        )}
        {err && (!Object.keys(err.fieldErrors()).length || err.kind() === 'challenge-required') && <ProblemAlert error={err} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" size="large" loading={submit.isPending} data-testid="submit-comment">{t('consultation.form.submit')}</Button>
      </Form>
    </Card>
  );
}

function PublishedComments({ id, detail }: { id: number; detail: PortalConsultationDetail }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const comments = usePortalComments(id, page);
  const reported = detail.consultation?.phase === 'REPORTED';
  if (!reported && !detail.publicComments) {
    return <Card title={<h2 className="gk-card-heading">{t('consultation.comments')}</h2>}><Typography.Paragraph>{t('consultation.commentsHidden')}</Typography.Paragraph></Card>;
  }
  return (
    <Card title={<h2 className="gk-card-heading">{t('consultation.comments')}</h2>} data-testid="published-comments">
      {(comments.data?.items ?? []).length === 0 ? <Empty description={t('consultation.noComments')} /> : (
        <List dataSource={comments.data?.items ?? []}
          pagination={(comments.data?.total ?? 0) > 20 ? { current: page + 1, pageSize: 20, total: comments.data?.total, onChange: (p) => setPage(p - 1) } : false}
          renderItem={(c) => (
            <List.Item data-testid={`comment-${c.refNo}`}>
              <List.Item.Meta
                title={<Space wrap><span>{c.refNo}</span>
                  <Typography.Text type="secondary">{c.article ? t('consultation.form.article', { n: c.article }) : c.quote ? `“${c.quote}”` : t('consultation.form.whole')}</Typography.Text>
                  {c.fate && <Tag color="blue">{t(`consultation.fate.${c.fate}`)}</Tag>}</Space>}
                description={<>
                  <span lang="zh-CN">{c.duplicateOf ? t('consultation.duplicateOf', { ref: c.duplicateOf }) : c.body}</span>
                  {c.reason && <div><b>{t('consultation.reason')}：</b><span lang="zh-CN">{c.reason}</span></div>}
                  {!reported && <div><Typography.Text type="secondary">{t('consultation.fatePending')}</Typography.Text></div>}
                </>}
              />
            </List.Item>
          )} />
      )}
    </Card>
  );
}
