import type { Plan } from '../plan/plan.ts'
import { OPTION_TITLES } from '../recommend/types.ts'

/** What the files do, as their headers say it: option 3 with External Secrets Operator syncs without the driver. */
export const filesTitle = (plan: Plan): string =>
  plan.eso
    ? 'Kubernetes Secret written by External Secrets Operator, exposed as env vars'
    : OPTION_TITLES[plan.option]
