import { beforeEach, describe, expect, it } from 'vitest'
import { emptyAnswers, PRESETS } from '../domain/index.ts'
import {
  addObject,
  chooseAnswer,
  choosePreset,
  setText,
  tryChoices,
  undoLastChange,
  updateObject,
  useAnswers,
} from './answers-store.ts'

const state = () => useAnswers.getState()

beforeEach(() =>
  useAnswers.setState({
    answers: emptyAnswers(),
    notices: [],
    beforeReset: undefined,
    lastChange: undefined,
  }),
)

describe('changes made for the user, and their undo', () => {
  it('a lever tried records what it changed, and Undo restores the answers before it', () => {
    chooseAnswer('code', 'no')
    chooseAnswer('copy', 'ok')
    const before = state().answers
    tryChoices('the change for option 2', [{ key: 'copy', value: 'no' }])
    expect(state().answers.copy).toBe('no')
    expect(state().lastChange).toMatchObject({ source: 'lever', keys: ['copy'], before })
    undoLastChange()
    expect(state().answers).toBe(before)
    expect(state().lastChange).toBeUndefined()
  })

  it('a preset records every answer it changed; a later edit of the user’s own ends the undo', () => {
    const lift = PRESETS.find((p) => p.id === 'lift-and-shift')
    if (!lift) throw new Error('preset')
    chooseAnswer('code', 'no')
    choosePreset(lift)
    expect(state().lastChange?.source).toBe('preset')
    expect(state().lastChange?.keys).toEqual(['reads', 'rotate', 'copy', 'auth'])
    setText('app', 'demo')
    expect(state().lastChange).toBeUndefined()
    undoLastChange()
    expect(state().answers.app).toBe('demo')
  })

  it('ignores a lever value that is none of the question’s answers', () => {
    tryChoices('x', [{ key: 'code', value: 'maybe' }])
    expect(state().answers.code).toBeUndefined()
  })
})

describe('the object row the form always shows', () => {
  it('typing into the empty row creates the first object', () => {
    updateObject(0, { name: 'db' })
    expect(state().answers.objects.map((o) => o.name)).toEqual(['db'])
  })

  it('Add with no object yet keeps the shown row and adds a second', () => {
    addObject()
    expect(state().answers.objects).toHaveLength(2)
    addObject()
    expect(state().answers.objects).toHaveLength(3)
  })
})
