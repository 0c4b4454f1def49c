import { Timeline, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../types/api';
import { useNames } from '../lib/reference-data';

type Entry = components['schemas']['TimelineEntry'];

/**
 * A case's history as sentences (issue 16): "2026-10-16 09:12 办公室 王芳 登记了申请" — the person by name and
 * department, the action in words; the login and the action's code in a tooltip for the record.
 */
export function TimelineSentences({ entries, testId }: { entries?: Entry[]; testId?: string }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <Timeline
      data-testid={testId}
      items={(entries ?? []).map((h) => {
        const who = [h.actorDepartment && names.department(h.actorDepartment), h.actorName ?? (h.actor === 'system' ? t('event.someone') : h.actor)]
          .filter(Boolean)
          .join(' ');
        const what = t(`event.${(h.action ?? '').replace(/\./g, '_')}`, { defaultValue: h.action ?? '' });
        return {
          children: (
            <Tooltip title={`${h.actor} · ${h.action}`}>
              <span>
                <span className="gk-date">{h.at?.replace('T', ' ').slice(0, 16)}</span> {who} {what}
              </span>
            </Tooltip>
          ),
        };
      })}
    />
  );
}
