import { useState } from 'react';
import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { beijingTime } from '../../../lib/beijing-time';
import { useMarkRead, useNotifications, useUnreadCount, type Notification } from '../api/notifications';

/**
 * The bell in the console's header (issue 10): the unread count, and the latest notifications — due soon, overdue,
 * assigned to you, returned to you, awaiting your approval or signature. Opening one marks it read.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const list = useNotifications(open);
  const mark = useMarkRead();
  const navigate = useNavigate();
  const count = unread.data?.unread ?? 0;
  const title = (n: Notification) => (i18n.language === 'en' ? n.titleEn : n.titleZh);

  const go = (n: Notification) => {
    if (!n.read && n.id != null) mark.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }} data-testid="notification-list">
      {(list.data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      ) : (
        <List<Notification>
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          renderItem={(n) => (
            <List.Item key={n.id}>
              <Button type="link" onClick={() => go(n)} style={{ whiteSpace: 'normal', textAlign: 'left', height: 'auto', padding: 0 }}>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong={!n.read}>{title(n)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`notifications.kind.${n.kind}`)} · {n.createdAt ? beijingTime(n.createdAt) : ''}
                  </Typography.Text>
                </Space>
              </Button>
            </List.Item>
          )}
        />
      )}
      {count > 0 && (
        <Button block size="small" onClick={() => mark.mutate('all')} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      )}
    </div>
  );

  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('notifications.bell', { count })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
