/**
 * The seed articles' scenarios, one table for unit, command-line and end-to-end tests.
 * 000: a Python app that reads `variable_from_keyvault` from its environment (shared/seeds/000);
 * 004: a team moving off akv2k8s that keeps its env vars and Helm charts (shared/seeds/004).
 */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT = 'ceb19a0a-941a-4f33-839d-aeace8ffe205'

export const SEED = {
  app: 'demo',
  image: 'ghcr.io/whaakman/python-variables:v1.0',
  port: '80',
  kv: 'kv-aks-cloudadventures',
  tenant: TENANT,
  client: CLIENT,
  rg: 'rg-aks',
  cluster: 'aks-cloudadventures',
  secret: 'mybigsecret',
  env: 'variable_from_keyvault',
} as const

/** The seed article's own link: only what the article says (no image, tenant or client yet). */
export const SEED_ARTICLE_FRAGMENT =
  `v=1&code=no&reads=env&rotate=none&copy=ok&auth=uami&app=${SEED.app}&kv=${SEED.kv}` +
  `&o=${SEED.secret}~secret~${SEED.env}`

/** The same scenario with every value filled in: its files are ready to apply. */
export const SEED_FRAGMENT =
  `v=1&code=no&reads=env&rotate=none&copy=ok&auth=uami&app=${SEED.app}&image=${SEED.image}` +
  `&port=${SEED.port}&kv=${SEED.kv}&tenant=${SEED.tenant}&client=${SEED.client}&rg=${SEED.rg}` +
  `&cluster=${SEED.cluster}&o=${SEED.secret}~secret~${SEED.env}`

/** Seed 004: env vars kept, a copy in the cluster allowed as akv2k8s kept one, workload identity. */
export const SEED_004_FRAGMENT =
  `v=1&code=no&reads=env&rotate=restart&copy=ok&auth=workload&app=demo&ns=shop&image=ghcr.io/org/demo:1.0` +
  `&port=8080&kv=kv-demo&rg=rg-demo&cluster=aks-demo&tenant=${TENANT}&client=${CLIENT}` +
  `&o=db-password~secret~DB_PASSWORD&o=tls~cert~~tls.pem&o=signing~key~~~abc123`
