import { lazyModule } from './lazy-module.ts'

/** The importer (YAML reader, akv2k8s conversion, patching, diff, overlay) is its own chunk, loaded on demand. */
export const importer = lazyModule(() => import('../domain/migrate/index.ts'))
