import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useCalendarYears, useImportYear, type CalendarYear, type HolidayFile } from '../api/calendar-years';

/** Admin: which years are loaded, and the import of a new year in the holiday-cn JSON format. */
export function CalendarYearsAdmin() {
  const { t } = useTranslation();
  const years = useCalendarYears();
  const importYear = useImportYear();
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string>();

  const submit = () => {
    setParseError(undefined);
    let file: HolidayFile;
    try {
      file = JSON.parse(text) as HolidayFile;
    } catch {
      setParseError(t('calendarAdmin.notJson'));
      return;
    }
    importYear.mutate(file);
  };

  const err = importYear.error instanceof ApiError ? importYear.error : undefined;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('calendarAdmin.loaded')}>
        <Table<CalendarYear>
          rowKey="year"
          size="small"
          loading={years.isLoading}
          dataSource={years.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('calendarAdmin.col.year'), dataIndex: 'year' },
            { title: t('calendarAdmin.col.source'), dataIndex: 'source', render: (v: string) => <Tag>{t(`calendarAdmin.source.${v}`)}</Tag> },
            { title: t('calendarAdmin.col.offDays'), dataIndex: 'offDays' },
            { title: t('calendarAdmin.col.makeupDays'), dataIndex: 'makeupDays' },
            { title: t('calendarAdmin.col.loadedBy'), dataIndex: 'loadedBy' },
            { title: t('calendarAdmin.col.loadedAt'), dataIndex: 'loadedAt', render: (v: string) => v?.replace('T', ' ').slice(0, 19) },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('calendarAdmin.provisionalNote')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('calendarAdmin.import')}>
        <Typography.Paragraph>{t('calendarAdmin.importHelp')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(f) => {
              void f.text().then(setText);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('calendarAdmin.chooseFile')}</Button>
          </Upload>
          <Input.TextArea
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder='{"year":2027,"papers":[],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}'
            aria-label={t('calendarAdmin.json')}
            data-testid="year-json"
          />
          <Button type="primary" onClick={submit} loading={importYear.isPending} disabled={!text.trim()} data-testid="import-year">
            {t('calendarAdmin.submit')}
          </Button>
          {parseError && <Alert type="error" showIcon message={parseError} />}
          {err && (
            <Alert
              type="error"
              showIcon
              message={err.problem?.title ?? t('common.error')}
              description={
                <ul style={{ margin: 0 }}>
                  {(err.problem?.errors ?? []).map((e) => (
                    <li key={`${e.field}-${e.message}`}>
                      <code>{e.field}</code> {e.message}
                    </li>
                  ))}
                  {!err.problem?.errors?.length && <li>{err.message}</li>}
                </ul>
              }
            />
          )}
          {importYear.data && (
            <Alert type="success" showIcon message={t('calendarAdmin.imported', { year: importYear.data.year, off: importYear.data.offDays, makeup: importYear.data.makeupDays })} />
          )}
        </Space>
      </Card>
    </Space>
  );
}
