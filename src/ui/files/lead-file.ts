import type { OutputFile } from '../../domain/index.ts'

/**
 * The file a team takes first leads the tabs: the Deployment for options 2 and 3 (where the change to their
 * app is), the code sample for option 1. The folder and the command line keep the apply order.
 */
export function firstTabFirst(files: readonly OutputFile[]): OutputFile[] {
  const lead = files.find((f) => f.kind === 'code') ?? files.find((f) => f.name === 'deployment.yaml')
  return lead ? [lead, ...files.filter((f) => f !== lead)] : [...files]
}
