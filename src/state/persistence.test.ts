// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyAnswers } from '../domain/index.ts'
import {
  addObject,
  resetAnswers,
  chooseAnswer,
  setText,
  undoReset,
  updateObject,
  useAnswers,
} from './answers-store.ts'
import { STORAGE_KEY, startPersistence } from './persistence.ts'

let stop: () => void = () => undefined

beforeEach(() => {
  localStorage.clear()
  useAnswers.setState({ answers: emptyAnswers(), notices: [], beforeReset: undefined })
  window.history.replaceState(null, '', '/')
})
afterEach(() => stop())

describe('answers in the address bar and local storage', () => {
  it('opens the answers of a link, and keeps the address bar in step as answers change', () => {
    window.history.replaceState(null, '', '/#v=1&code=no&app=demo')
    stop = startPersistence()
    expect(useAnswers.getState().answers.code).toBe('no')
    expect(useAnswers.getState().answers.app).toBe('demo')
    const before = window.history.length
    setText('kv', 'kv-demo')
    expect(window.location.hash).toBe('#v=1&code=no&app=demo&kv=kv-demo')
    expect(window.history.length).toBe(before) // replaced, not pushed
  })

  it('restores saved answers on a reload without a link', () => {
    stop = startPersistence()
    chooseAnswer('reads', 'file')
    addObject()
    updateObject(0, { name: 'db-password' })
    stop()
    useAnswers.setState({ answers: emptyAnswers() })
    window.history.replaceState(null, '', '/')
    stop = startPersistence()
    expect(useAnswers.getState().answers.reads).toBe('file')
    expect(useAnswers.getState().answers.objects.map((o) => o.name)).toEqual(['db-password'])
  })

  it('lets a shared link win over what this browser saved', () => {
    localStorage.setItem(STORAGE_KEY, 'v=1&code=yes')
    window.history.replaceState(null, '', '/#v=1&code=no')
    stop = startPersistence()
    expect(useAnswers.getState().answers.code).toBe('no')
  })

  it('keeps the valid parts of a damaged link and says what was ignored', () => {
    window.history.replaceState(null, '', '/#v=1&code=maybe&app=demo&bogus=1')
    stop = startPersistence()
    const { answers, notices } = useAnswers.getState()
    expect(answers.app).toBe('demo')
    expect(answers.code).toBeUndefined()
    expect(notices.map((n) => n.key).sort()).toEqual(['bogus', 'code'])
  })

  it('undoes a reset', () => {
    stop = startPersistence()
    setText('app', 'demo')
    resetAnswers()
    expect(useAnswers.getState().answers.app).toBe('')
    expect(window.location.hash).toBe('#v=1')
    undoReset()
    expect(useAnswers.getState().answers.app).toBe('demo')
    expect(window.location.hash).toBe('#v=1&app=demo')
  })
})
