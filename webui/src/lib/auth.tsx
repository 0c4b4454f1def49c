import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UserManager, User } from 'oidc-client-ts';
import { api, setTokenProvider } from './api-client';
import type { components } from '../types/api';

export type ClientConfig = components['schemas']['ClientConfig'];
export type Me = components['schemas']['Me'];

interface AuthState {
  config?: ClientConfig;
  user?: User | null;
  me?: Me;
  /** true once we know whether someone is logged in */
  ready: boolean;
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  completeLogin: () => Promise<string>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function useConfig() {
  return useQuery({ queryKey: ['config'], queryFn: () => api.get<ClientConfig>('/api/v1/config'), staleTime: Infinity });
}

/**
 * The OIDC client is loaded only when it is needed (issue 16: the portal's first load stays small): to log in, to
 * complete a login, or when this browser tab holds a session already.
 */
async function userManager(config: ClientConfig): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority?.startsWith('/') ? `${origin}${config.oidcAuthority}` : (config.oidcAuthority ?? ''),
    client_id: config.oidcClientId ?? 'gongkai-web',
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}

/** Whether this tab holds an OIDC session (the store's key), without loading the client. */
function hasStoredSession(): boolean {
  try {
    for (let i = 0; i < window.sessionStorage.length; i++) if (window.sessionStorage.key(i)?.startsWith('oidc.user:')) return true;
  } catch {
    /* storage unavailable */
  }
  return false;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const { data: config } = useConfig();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const manager = useMemo(() => {
    let loaded: Promise<UserManager> | undefined;
    return config?.oidcAuthority ? () => (loaded ??= userManager(config)) : undefined;
  }, [config]);

  useEffect(() => {
    if (!config) return;
    if (!manager || (!hasStoredSession() && window.location.pathname !== '/auth/callback')) {
      setUser(null);
      return;
    }
    manager()
      .then((m) => m.getUser())
      .then((u) => setUser(u && !u.expired ? u : null), () => setUser(null));
  }, [config, manager]);

  useEffect(() => {
    setTokenProvider(() => (user && !user.expired ? user.access_token : undefined));
  }, [user]);

  const { data: me } = useQuery({
    queryKey: ['me', user?.profile.sub],
    queryFn: () => api.get<Me>('/api/v1/me'),
    enabled: !!user,
  });

  const login = useCallback(
    async (returnTo?: string) => {
      if (!manager) return;
      await (await manager()).signinRedirect({ state: { returnTo: returnTo ?? '/console' } });
    },
    [manager],
  );

  const logout = useCallback(async () => {
    if (!manager) return;
    const m = await manager();
    const u = await m.getUser();
    await m.removeUser();
    setUser(null);
    await m.signoutRedirect({ id_token_hint: u?.id_token }).catch(() => window.location.assign('/'));
  }, [manager]);

  const completeLogin = useCallback(async () => {
    if (!manager) throw new Error('no OIDC server configured');
    const u = await (await manager()).signinRedirectCallback();
    setUser(u);
    const state = u.state as { returnTo?: string } | undefined;
    return state?.returnTo ?? '/console';
  }, [manager]);

  const value: AuthState = {
    config,
    user,
    me,
    ready: user !== undefined && (!user || me !== undefined),
    login,
    logout,
    completeLogin,
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
