// readEdits: saved edits (untrusted JSON from storage) back into an Edits value, or one
// sentence saying what is wrong. Offsets are not checked against a text: merge re-attaches
// every edit by its anchor anyway. This module must not know where the value was stored.
import { readEvent } from '../validate';
import type { Anchor } from './anchor';
import { EDITABLE_FIELDS, type EditedEvent, type Edits } from './edits';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAnchor(v: unknown, what: string): Anchor {
  if (!isObject(v) || typeof v.sentence !== 'string' || !(v.dateText === null || typeof v.dateText === 'string') ||
    !Number.isInteger(v.at)) {
    throw new Error(`${what} has a damaged anchor.`);
  }
  return { sentence: v.sentence, dateText: v.dateText as string | null, at: v.at as number };
}

function readEdited(list: unknown, what: string): EditedEvent[] {
  if (!Array.isArray(list)) throw new Error(`The saved ${what} events are not a list.`);
  return list.map((v, i) => {
    const name = `Saved ${what} event ${i + 1}`;
    if (!isObject(v)) throw new Error(`${name} is not an object.`);
    const edited: EditedEvent = { event: readEvent(v.event, name, Infinity), anchor: readAnchor(v.anchor, name) };
    if (v.fields !== undefined) {
      if (!Array.isArray(v.fields) || !v.fields.every((f) => EDITABLE_FIELDS.includes(f))) {
        throw new Error(`${name} has a damaged list of edited fields.`);
      }
      edited.fields = v.fields;
    }
    return edited;
  });
}

export function readEdits(value: unknown): Edits {
  if (!isObject(value)) throw new Error('The saved edits are not an object.');
  if (!Array.isArray(value.deleted)) throw new Error('The saved deleted events are not a list.');
  return {
    changed: readEdited(value.changed, 'changed'),
    added: readEdited(value.added, 'added'),
    deleted: value.deleted.map((a, i) => readAnchor(a, `Saved deletion ${i + 1}`)),
  };
}
