// A statement whose main clause is a judgment put with an empty "it": "It is too soon to tell
// whether ...", "It is not clear what prompted the letter", "It was impossible to know ...",
// "It is hard to recall a worse response". The clause weighs or doubts a proposition; it tells
// nothing that happened, and a date inside what is weighed dates no event of the story.
// ("It is clear that the rig failed" states the rig's failure: pronoun.ts's EMPTY_IT reads the
// label from what follows "that", and that label no longer opens on "It".)
// "It was Saturday afternoon, about 5 o'clock.": an empty "it" with its date and nothing else
// sets a scene; no one does anything in it.
// Must not know about dates or statuses.

const JUDGMENT = new RegExp(
  String.raw`^(?:(?:But|And|So|Yet|Still|However),?\s+)?[Ii]t (?:is|was|will be|would be|has been|had been|remains|remained|seems|seemed)\s+(?:not\s+|still\s+|also\s+|now\s+|already\s+)?(?:(?:very|so|quite|extremely|\w+ly)\s+)?` +
    String.raw`(?:(?:clear|unclear|known|unknown|certain|uncertain)\s+(?:whether|what|how|why|when|who|which|if)\b` +
    String.raw`|(?:too\s+(?:soon|early|late)|hard|difficult|impossible|easy|important|vital|essential|crucial|necessary|tempting|sad|worth)(?=\s+(?:to|that|for)\b|\s*$))`,
);

const SCENE = /^(?:It|This|That|There)\s+(?:is|was|['’]s)(?:,|$)/;

/** Whether a statement (as written) or its label is an empty "it"'s judgment, or its label an
 *  empty scene, rather than something that happened. */
export function isJudgment(label: string, statement: string): boolean {
  return JUDGMENT.test(label) || JUDGMENT.test(statement.trimStart()) || SCENE.test(label.trim());
}
