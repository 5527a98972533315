/**
 * The timeline of a decided claim: the model built from the decision (model.ts), its words
 * (words.ts), display widths for the terminal (width.ts), the text strip (strip.ts) and the SVG
 * (svg.ts).
 */
export * from './model';
export { charWidth, displayWidth, padEnd } from './width';
export { dayText, eventText, restWords, windowName } from './words';
export { timelineStrip } from './strip';
export { renderTimelineSvg, type SvgOptions } from './svg';
