/**
 * string-width as the CLI bundle gives it to yargs's layout (scripts/bundle-cli.ts): the real
 * string-width loads on the first text that is not printable ASCII. yargs lays out its help text
 * after every command, so without this fast path the lazy load would only move the cost; for
 * printable ASCII string-width's own answer is the length (its 8.x has the same fast path).
 */
type StringWidth = (text: string, options?: object) => number;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

export function widthOnDemand(load: () => StringWidth): StringWidth {
  let real: StringWidth | undefined;
  return (text, options) => (typeof text === 'string' && PRINTABLE_ASCII.test(text) ? text.length : (real ??= load())(text, options));
}
