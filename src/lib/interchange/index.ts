// Interchange with other timeline tools (TimelineJS JSON).
export { fromTimelineJs, toTimelineJs, type TimelineJsEvent, type TimelineJsFile } from './timelinejs';
export { escapeHtml, htmlToText } from './html-text';
