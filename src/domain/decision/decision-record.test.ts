import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { seedAnswers } from '../../test-support/answers.ts'
import { emptyAnswers, type Answers, type OptionId } from '../answers/model.ts'
import { runEngine } from '../engine.ts'
import { encodePermalink } from '../permalink/codec.ts'
import { TOOL_VERSION } from '../version.ts'
import { decisionRecord } from './decision-record.ts'
import { folderWithRecord } from './folder.ts'

const CTX = { date: '2026-12-01', pageUrl: 'https://example.test/akv-wizard/' }
const recordOf = (answers: Answers, option?: OptionId, ctx = CTX) => {
  const r = runEngine(answers, option)
  return decisionRecord(r, r.generated, r.readiness, ctx)
}
const section = (md: string, heading: string): string => {
  const start = md.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`no ${heading}`)
  const rest = md.slice(start + heading.length + 2)
  const next = rest.search(/\n## /)
  return next < 0 ? rest : rest.slice(0, next)
}

describe('decision.md (MADR 4.0)', () => {
  const seed = recordOf(seedAnswers())

  it('opens with the front matter MADR reads, then the sections in MADR order', () => {
    expect(seed.startsWith('---\nstatus: proposed\ndate: 2026-12-01\n---\n\n# ')).toBe(true)
    const headings = seed.split('\n').filter((l) => /^##? /.test(l))
    expect(headings.slice(1)).toEqual([
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## Pros and Cons of the Options',
      '## More Information',
    ])
    expect(seed).toMatch(/\n### Consequences\n/)
  })

  it('drivers are the answers in the questions’ words, an unanswered one marked assumed', () => {
    expect(section(seed, '## Decision Drivers')).toContain('* Code can change: No, not now\n')
    expect(section(seed, '## Decision Drivers')).toContain(
      '* Copy in a Kubernetes Secret: Yes, a copy is acceptable\n',
    )
    const empty = recordOf({ ...emptyAnswers(), app: 'orders' })
    expect(section(empty, '## Decision Drivers')).toMatch(
      /^\* Code can change: .* \(assumed: not answered yet\)$/m,
    )
  })

  it('considers the three options, names the sync engine of option 3, and says which was chosen and why', () => {
    const options = section(seed, '## Considered Options')
    expect(options.match(/^\* Option [123]: /gm)).toHaveLength(3)
    expect(options).toMatch(/^\* Option 3: .*syncs them into a Kubernetes Secret \(its `secretObjects`\)/m)
    expect(section(seed, '## Decision Outcome')).toMatch(
      /^Chosen option: "Option 3: CSI driver synced to a Kubernetes Secret, exposed as env vars", because the code cannot change now, /m,
    )
    const best = recordOf({ ...seedAnswers(), code: 'yes', copy: 'no', auth: 'workload', rotate: 'live' })
    expect(section(best, '## Decision Outcome')).toMatch(/^Chosen option: "Option 1: /m)
    expect(best).toContain('### Option 1: Workload Identity + Azure SDK (chosen)')
  })

  it('the consequences hold the warnings and the roadmap to option 1', () => {
    const r = runEngine(seedAnswers())
    const consequences = seed.slice(seed.indexOf('### Consequences'), seed.indexOf('## Pros and Cons'))
    expect(r.recommendation.warnings.length).toBeGreaterThan(0)
    for (const w of r.recommendation.warnings) expect(consequences).toContain(w.remedy)
    r.recommendation.roadmap.forEach((step, i) => expect(consequences).toContain(`${i + 1}. ${step}`))
  })

  it('a verdict per option and answer: Good, Neutral or Bad, with the answer it is about', () => {
    const pros = section(seed, '## Pros and Cons of the Options')
    const option1 = pros.slice(0, pros.indexOf('### Option 2'))
    expect(option1).toMatch(
      /^\* Bad, because the code cannot change now, .*\(Code can change: No, not now\)\.$/m,
    )
    expect(pros.match(/^\* (Good|Neutral|Bad), because /gm)).toHaveLength(
      3 * runEngine(seedAnswers()).recommendation.table.length,
    )
  })

  it('more information: the permalink that reopens the answers, the version, what was checked', () => {
    const more = section(seed, '## More Information')
    expect(more).toContain(`<https://example.test/akv-wizard/#${encodePermalink(seedAnswers())}>`)
    expect(more).toContain(`akv-wizard ${TOOL_VERSION}`)
    expect(more).toMatch(/Values still missing \(placeholders in the files\): none\.$/m)
    expect(section(recordOf({ ...seedAnswers(), tenant: '' }), '## More Information')).toMatch(
      /Values still missing \(placeholders in the files\): `tenant`: /,
    )
    expect(more).toMatch(/rules that the CRD does not check: no problem found/)
    // A reader of the page's record is told of the page's button first, the command line for pipelines.
    expect(more).toMatch(
      /reopens these answers in akv-wizard, whose “Download all” saves the same files \(in a pipeline: `npm run generate -- /,
    )
    // Without the page's address (a bare fragment on the command line) the link is the fragment, as code.
    expect(recordOf(seedAnswers(), undefined, { ...CTX, pageUrl: '' })).toContain(
      `* Permalink: \`#${encodePermalink(seedAnswers())}\``,
    )
  })

  it('an option forced against the answers is recorded as such, and the permalink keeps it', () => {
    const forced = recordOf(seedAnswers(), 1)
    expect(forced).toMatch(/^The files are written for option 1 instead .* It goes against these answers:$/m)
    expect(forced).toContain('&opt=1')
  })

  it('the same answers and date give the same bytes; the date is passed in, never read from a clock', () => {
    expect(recordOf(seedAnswers())).toBe(seed)
    expect(recordOf(seedAnswers(), undefined, { ...CTX, date: '2030-01-02' })).toBe(
      seed.replace('date: 2026-12-01', 'date: 2030-01-02'),
    )
  })

  it('is in the runnable folder beside the files, and the README lists it', () => {
    const r = runEngine(seedAnswers())
    const folder = folderWithRecord(r, r.generated, r.readiness, CTX)
    expect(folder.find((f) => f.name === 'decision.md')?.content).toBe(seed)
    expect(folder.find((f) => f.name === 'README.md')?.content).toMatch(
      /^- `decision\.md`: the decision record \(MADR 4\.0\)/m,
    )
  })

  it('the version it cites is the package’s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string
    }
    expect(TOOL_VERSION).toBe(pkg.version)
  })
})
