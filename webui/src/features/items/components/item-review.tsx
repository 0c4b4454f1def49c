import { useState } from 'react';
import { Alert, Button, Descriptions, Input, Modal, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { access } from '../../../lib/authorization';
import { useNames } from '../../../lib/reference-data';
import { useItemAction, type ItemAction, type ItemDetail } from '../api/items';
import { StateTag } from './state-tag';

/** What a reviewer sees: the item, its attribute and reason, every opinion so far, and the moves open to the caller. */
export function ItemReview({ detail, me }: { detail: ItemDetail; me: { username?: string; roles?: string[]; department?: string | null } }) {
  const { t } = useTranslation();
  const names = useNames();
  const item = detail.item!;
  const action = useItemAction(item.id!);
  const [pending, setPending] = useState<ItemAction>();
  const [text, setText] = useState('');
  const roles = me.roles ?? [];
  const can = access(roles);
  const ownDept = me.department === item.departmentCode;
  const drafter = me.username === item.drafter;
  const st = item.state;
  const moves: ItemAction[] = [];
  if ((st === 'DRAFT' || st === 'RETURNED') && ownDept) moves.push('submission');
  if (st === 'SUBMITTED' && !drafter && ((roles.includes('department-head') && ownDept) || (roles.includes('office-head') && ownDept))) moves.push('approval', 'return');
  if (st === 'DEPT_APPROVED' && !drafter && roles.includes('office-head')) moves.push('approval');
  if (st === 'DEPT_APPROVED' && !drafter && (roles.includes('office') || roles.includes('office-head'))) moves.push('return');
  if ((st === 'PUBLISHED' || st === 'DECIDED' || st === 'WITHDRAWN') && (ownDept || roles.includes('office'))) moves.push('revision');
  if (item.live && can.manageObligations && roles.includes('office')) moves.push('withdrawal');
  const err = action.error instanceof ApiError ? action.error : undefined;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('item.state')}>
          <StateTag state={st} /> {item.publishedVersion ? t('item.liveVersion', { n: item.publishedVersion }) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('item.indexNo')}>{item.indexNo}</Descriptions.Item>
        <Descriptions.Item label={t('item.department')}>{names.department(item.departmentCode)}</Descriptions.Item>
        <Descriptions.Item label={t('item.drafter')}>{item.drafter}</Descriptions.Item>
        <Descriptions.Item label={t('item.attribute')}>{item.attribute ? t(`attribute.${item.attribute}`) : '—'}</Descriptions.Item>
        {item.attribute !== 'PUBLIC' && <Descriptions.Item label={t('item.attributeReason')}>{`${item.attributeBasis ?? ''} ${item.attributeReason ?? ''}`}</Descriptions.Item>}
      </Descriptions>
      <div>
        <Typography.Title level={5}>{t('review.opinions')}</Typography.Title>
        {(detail.opinions ?? []).length === 0 ? (
          <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
        ) : (
          <Timeline
            data-testid="opinions"
            items={(detail.opinions ?? []).map((o) => ({
              color: o.decision === 'RETURNED' ? 'red' : o.decision === 'APPROVED' ? 'green' : 'blue',
              children: (
                <>
                  <b>{t(`review.step.${o.step}`)}</b> · {t(`review.decision.${o.decision}`)} · {o.actor} · {o.decidedAt?.replace('T', ' ').slice(0, 16)}
                  <div>{o.opinion}</div>
                </>
              ),
            }))}
          />
        )}
      </div>
      <Space wrap>
        {moves.map((m) => (
          <Button key={m} type={m === 'approval' || m === 'submission' ? 'primary' : 'default'} danger={m === 'return' || m === 'withdrawal'} onClick={() => { setText(''); setPending(m); }} data-testid={`action-${m}`}>
            {t(`review.action.${m}`)}
          </Button>
        ))}
      </Space>
      {err && <Alert type="error" showIcon message={err.problem?.title ?? t('common.error')} description={(err.problem?.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('；') || err.message} />}
      <Modal
        open={!!pending}
        title={pending && t(`review.action.${pending}`)}
        okText={t('review.confirm')}
        onCancel={() => setPending(undefined)}
        okButtonProps={{ disabled: !text.trim(), loading: action.isPending, id: 'confirm-action' }}
        onOk={() => pending && action.mutate({ action: pending, text }, { onSettled: () => setPending(undefined) })}
      >
        <Typography.Paragraph type="secondary">{pending && t(`review.prompt.${pending}`)}</Typography.Paragraph>
        <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-label={pending && t(`review.prompt.${pending}`)} data-testid="action-text" />
      </Modal>
    </Space>
  );
}
