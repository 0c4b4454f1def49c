import { useState } from 'react';
import { Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a move asks in words (a reason, a material's text): a labelled modal, in place of the browser's prompt. */
export function useTextPrompt() {
  const { t } = useTranslation();
  const [ask, setAsk] = useState<{ label: string; rows: number; then: (text: string) => void }>();
  const [text, setText] = useState('');
  const open = (label: string, then: (text: string) => void, rows = 3) => {
    setText('');
    setAsk({ label, rows, then });
  };
  const modal = (
    <Modal open={!!ask} title={ask?.label} okText={t('review.confirm')} onCancel={() => setAsk(undefined)}
      okButtonProps={{ disabled: !text.trim(), id: 'text-prompt-ok' }} onOk={() => { ask?.then(text.trim()); setAsk(undefined); }} destroyOnClose>
      <Input.TextArea rows={ask?.rows ?? 3} value={text} onChange={(e) => setText(e.target.value)} aria-label={ask?.label} data-testid="text-prompt" />
    </Modal>
  );
  return { open, modal };
}
