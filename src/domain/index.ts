/**
 * The domain's public entry for the first screen: the question registry and the answer model, the
 * permalink, the assessment (recommendation, plan, problems) and the presets. Everything here is cheap and
 * needs no YAML. The files come from `engine.ts`, loaded on demand. `ui/`, `state/`, `cli/` and `e2e/`
 * import the domain only through these two files (an ESLint rule keeps it so).
 */
export { QUESTIONS } from './answers/registry.ts'
export type { ChoiceQuestion, QuestionGroup, TextQuestion } from './answers/question-kinds.ts'
export {
  ANSWER_KEYS,
  CHOICE_KEYS,
  OBJECT_TYPE_VALUES,
  OPTION_VALUES,
  TEXT_KEYS,
  choiceOptions,
  choiceQuestion,
  emptyAnswers,
  emptyObject,
  isChoiceKey,
  isTextKey,
  keysInGroup,
  parseChoice,
  parseObjectType,
  questionTitle,
  textQuestion,
  type AnswerKey,
  type ChoiceOption,
  type Answers,
  type ChoiceKey,
  type KvObject,
  type ObjectType,
  type OptionId,
  type TextKey,
  type ValueOf,
} from './answers/model.ts'
export { ASSUMED, type Resolved } from './answers/resolve.ts'
export { ingressAfterObjectChange, ingressEntryOf, setIngressOnly } from './answers/ingress-answer.ts'
export { PLACEHOLDER } from './answers/placeholder.ts'
export type { Plan } from './plan/plan.ts'
export { assess, type Assessment } from './assess.ts'
export {
  decodePermalink,
  encodePermalink,
  isKnownKey,
  normalizeAnswers,
  type PermalinkNotice,
} from './permalink/codec.ts'
export { PRESETS, applyPreset, type Preset } from './presets/presets.ts'
export { presetAnswers, presetChanges, type PresetAnswer } from './presets/preset-changes.ts'
export { noticeInWords, questionOf } from './permalink/notice-words.ts'
export { noticeConsequence, type NoticeConsequence } from './notice-consequence.ts'
export { fieldNameOf, fixIssue, fixTargetOf, suggestFix, type Fix, type FixTarget } from './validate/fixes.ts'
export { becauseOf } from './recommend/explain.ts'
export { recommend } from './recommend/recommend.ts'
export {
  leadingLever,
  leversFor,
  syncLever,
  type Lever,
  type LeverChange,
  type OptionLevers,
} from './recommend/levers.ts'
export {
  OPTION_SHORT,
  OPTION_TITLES,
  type Recommendation,
  type Verdict,
  type VerdictRow,
} from './recommend/types.ts'
export type { FieldIssue } from './validate/types.ts'
export { APPLY_SCRIPT } from './generate/iac/names.ts'
export { readinessOf, type FileReadiness, type Readiness } from './readiness/readiness.ts'
export { applyBlocker } from './generate/azure-cli/apply-blocker.ts'
export type { FileLanguage, Generated, OutputFile } from './generate/types.ts'
export { IMPORT_MAX_BYTES } from './migrate/limits.ts'
export { BINARY_SAMPLE, looksBinary } from './text/binary.ts'
