import { Alert, Button, List, Space, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiDownload, apiUpload } from '../lib/api-client';
import type { components } from '../types/api';

export type AttachmentView = components['schemas']['Attachment'];

function size(n?: number) {
  if (!n) return '';
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/**
 * Attachments of something: on the portal plain links; in the console downloads with the token, and, where the caller
 * may edit, upload and removal. {@code base} is the API path of the owner's attachments.
 */
export function Attachments({ files, base, editable, removable = editable, publicLinks, invalidate, testId = 'attachments' }: { files?: AttachmentView[]; base: string; editable?: boolean; removable?: boolean; publicLinks?: boolean; invalidate?: unknown[]; testId?: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const refresh = () => invalidate && void qc.invalidateQueries({ queryKey: invalidate });
  const upload = useMutation({ mutationFn: (f: File) => apiUpload<AttachmentView>(base, f), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: number) => api.delete(`${base}/${id}`), onSuccess: refresh });
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      <List
        size="small"
        dataSource={files ?? []}
        locale={{ emptyText: t('files.none') }}
        renderItem={(f) => (
          <List.Item
            actions={removable ? [<Button key="rm" size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('files.remove')} onClick={() => remove.mutate(f.id!)} />] : []}
          >
            <PaperClipOutlined style={{ marginRight: 8 }} />
            {publicLinks ? (
              <a href={`${base}/${f.id}`} download={f.fileName}>{f.fileName}</a>
            ) : (
              <Button type="link" style={{ padding: 0 }} onClick={() => void apiDownload(`${base}/${f.id}`, f.fileName ?? 'file')}>{f.fileName}</Button>
            )}
            <span className="gk-date" style={{ marginLeft: 8 }}>{size(f.sizeBytes)}</span>
          </List.Item>
        )}
      />
      {editable && (
        <Upload showUploadList={false} beforeUpload={(f) => { upload.mutate(f); return false; }}>
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="upload-file">{t('files.upload')}</Button>
        </Upload>
      )}
      {upload.error && <Alert type="error" showIcon message={upload.error.message} />}
    </Space>
  );
}
