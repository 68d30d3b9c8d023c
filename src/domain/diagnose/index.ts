/** The failure diagnosis: what a pasted Kubernetes output means, and the fix. Loaded on demand by the page. */
export { diagnose, COLLECT_NEXT, type DiagnoseContext } from './diagnose.ts'
export { MAX_CHARS } from './input.ts'
export type { Answers } from './bridge.ts'
export { CATALOGUE } from './catalogue/index.ts'
export type { Diagnosis, Finding, Fact, FixStep } from './types.ts'
export { answersFromLog, type LogAnswer, type LogAnswerKey } from './answers-from-log.ts'
