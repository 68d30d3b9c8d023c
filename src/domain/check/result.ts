/**
 * One problem a check found: the object it is about, labelled as everywhere (`SecretProviderClass
 * shop/orders-kv`, k8s/read.ts objectLabel), and what is wrong with it. Readers show the two as they need
 * (the lint places the subject at its document), never by splitting a sentence apart again.
 */
export interface CheckResult {
  subject: string
  message: string
}

/** `Kind ns/name: message`, one line as the command line and the tests print a result. */
export const resultLine = (r: CheckResult): string => `${r.subject}: ${r.message}`
