/**
 * Permalinks whose answers, recommendation and files are kept byte for byte across refactors
 * (`golden-links.test.ts` compares them with `golden-links.json`). A deliberate change of output is
 * recorded by rerunning with UPDATE_GOLDEN=1 and reviewing the diff of the JSON file in the commit.
 */
import { CLIENT, SEED_004_FRAGMENT, SEED_FRAGMENT, TENANT } from '../seeds.ts'

const NAMES = 'app=demo&ns=shop&image=ghcr.io/org/demo:1.0&port=8080&kv=kv-demo&rg=rg-demo&cluster=aks-demo'
const FILLED = `${NAMES}&tenant=${TENANT}&client=${CLIENT}`
const OBJECTS = 'o=db-password~secret~DB_PASSWORD&o=tls~cert~~tls.pem&o=signing~key~~~abc123'
const SHARED_VAULT = 'o=api-key~secret~API_KEY~~~kv-shared&o=tls~cert~~tls.pem~~kv-shared'

export const GOLDEN_LINKS: Record<string, string> = {
  'seed 000 (option 3, add-on identity)': SEED_FRAGMENT,
  'seed 004 (moving off akv2k8s, workload identity, option 3)': SEED_004_FRAGMENT,
  'empty page': 'v=1',
  'option 1, python': `v=1&code=yes&${FILLED}&${OBJECTS}`,
  'option 1, go, sovereign cloud': `v=1&code=yes&lang=go&cloud=AzureChinaCloud&${FILLED}&${OBJECTS}`,
  'option 2 wrapper, workload identity': `v=1&code=no&reads=env&copy=no&auth=workload&rotate=live&cmd=python%20app.py&${FILLED}&${OBJECTS}`,
  'option 2 files, uami': `v=1&code=no&reads=file&auth=uami&mount=/etc/secrets&${FILLED}&${OBJECTS}`,
  'option 1, non-root image (Pod Security restricted)': `v=1&code=yes&user=nonroot&${FILLED}&${OBJECTS}`,
  'option 2 files, system': `v=1&code=no&reads=file&auth=system&${FILLED}&${OBJECTS}`,
  'option 3, service principal': `v=1&code=no&reads=env&copy=ok&auth=sp&${FILLED}&${OBJECTS}`,
  'option 3, aad-pod-identity': `v=1&code=no&reads=env&copy=ok&auth=podidentity&rotate=live&${FILLED}&${OBJECTS}`,
  // Issue 17: the certificate `tls` only an Ingress uses (application routing add-on), beside the others.
  'option 3, workload identity, a certificate for an Ingress only': `v=1&code=no&reads=env&copy=ok&auth=workload&ing=tls:shop.contoso.com&${FILLED}&${OBJECTS}`,
  'forced option 2 with missing values': `v=1&code=no&reads=env&copy=ok&opt=2&app=half&o=only-name`,
  // Issue 17: objects of a second vault (the sixth object field): a class, volume and grants per vault.
  'option 2 files, two vaults': `v=1&code=no&reads=file&auth=workload&${FILLED}&${OBJECTS}&${SHARED_VAULT}`,
  'option 3, two vaults': `v=1&code=no&reads=env&copy=ok&auth=uami&${FILLED}&${OBJECTS}&${SHARED_VAULT}`,
}
