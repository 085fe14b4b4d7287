// The events stage reads sentences from the shared analysis (one splitter for the pipeline);
// this path stays for the modules that imported the splitter from here.
export { MAX_SENTENCE, splitSentences, type Span } from '../analysis/sentences';
