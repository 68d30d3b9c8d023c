import {
  applyBlocker,
  readinessOf,
  type Assessment,
  type Generated,
  type Readiness,
} from '../../domain/index.ts'

/**
 * Whether the files can be applied as they stand, file by file: the one place the page decides it. Before
 * the files are there, what is missing is known from the answers alone.
 */
export const readinessFor = (engine: Assessment, files: Generated | undefined): Readiness =>
  readinessOf(files?.files ?? [], engine.missing, engine.plan.filledByScript, applyBlocker(engine.plan))
