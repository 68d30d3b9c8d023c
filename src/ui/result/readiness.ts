import type { Assessment } from '../../domain/index.ts'

/** Whether the files can be applied as they stand: the one place the page decides it. */
export const isReady = (engine: Assessment): boolean => engine.missing.length === 0
