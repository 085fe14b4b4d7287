// The user's edits over extraction: store, merge onto a fresh extraction, derive from a document.
export { anchorOf, type Anchor } from './anchor';
export { EDITABLE_FIELDS, NO_EDITS, addEvent, changeEvent, changedFields, deleteEvent, editedIds, hasEdits, newEventId, type EditableField, type EditedEvent, type Edits } from './edits';
export { mergeEdits } from './merge';
export { editsFromEvents } from './diff';
export { readEdits } from './read';
export { redate, type Redated } from './when';
export { moveWhen, snapSteps, stepDays } from './move';
export { canonical, mergeEditVersions, type EditsMerge, type FieldConflict, type FieldVersion } from './three-way';
export { labelFromSentence, mergeEvents, sourcesOf, splitEvent, type Split } from './entries';
export { remapEdits, type OffsetMap } from './remap';
export { withoutRetellings } from './retellings';
