/** One step of the Azure CLI script: why it is there, then the commands. */
export interface Step {
  title: string
  /** Comment lines saying what the step is for. This app's own text only: no answer goes into a comment. */
  why: string[]
  commands: string[]
}

export function renderSteps(steps: readonly Step[]): string[] {
  return steps.flatMap((step, i) => [
    `# --- ${i + 1}. ${step.title} ---`,
    ...step.why.map((line) => `# ${line}`.trimEnd()),
    ...step.commands,
    '',
  ])
}
