import { useEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../lib/auth';

export function AuthCallbackPage() {
  const { t } = useTranslation();
  const { config, completeLogin } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const done = useRef(false);

  useEffect(() => {
    if (!config || done.current) return;
    done.current = true;
    completeLogin().then(
      (to) => navigate(to, { replace: true }),
      (e: Error) => setError(e.message),
    );
  }, [config, completeLogin, navigate]);

  if (error) return <Alert type="error" showIcon message={t('shell.loginFailed')} description={error} style={{ margin: 32 }} />;
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
