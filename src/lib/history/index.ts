// Undo/redo history over a text-bearing state, with typing coalesced into word-sized steps.
export { canRedo, canUndo, createHistory, record, redo, undo, type History, type RecordOptions, type Step } from './history';
export { applySplice, diffText, invertSplice, type Splice } from './splice';
