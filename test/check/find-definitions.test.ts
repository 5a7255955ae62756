/** Definitions in every form drafters write them (the examples are invented, in the shape of real ones). */
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../src/check/find-definitions.js';

const terms = (text: string) => findDefinitions(text).map((d) => d.term);

describe('findDefinitions', () => {
  it.each([
    ['The "Agreement", below, refers to any such agreement.', ['Agreement']],
    ['A "Revised Edition" of the Manual means a later edition.', ['Revised Edition']],
    ['"Closed Sections" are the Sections marked closed.', ['Closed Sections']],
    ['A section that is not open is called "Closed".', ['Closed']],
    ['"Site" (or "Hub Site") means the place of the hub.', ['Site', 'Hub Site']],
    ['The panel shall keep a scheme (the "Scheme") for the purpose.', ['Scheme']],
    ['"Enrolment" means entry in the register, and "Enrol" shall be interpreted accordingly.', ['Enrolment', 'Enrol']],
    ['"Licence" means this document.', ['Licence']],
    ['"Source" form shall mean the preferred form.', ['Source']],
    ['The "Widget Set" of a device includes every widget.', ['Widget Set']],
    ['"Gadget" has the meaning given to that expression in Section T3.4.', ['Gadget']],
    ['Each holder is addressed as "you".', ['you']],
    ['A panel displays "Appropriate Widget Notices" where it can.', ['Appropriate Widget Notices']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('gives each term its offset in the words, after any article or "this"', () => {
    const text = 'In this Part, "This Manual" refers to the manual, and the panel keeps a list (the "Register").';
    const found = findDefinitions(text);
    expect(found.map((d) => [d.term, text.slice(d.offset, d.offset + d.term.length)])).toEqual([
      ['Manual', 'Manual'],
      ['Register', 'Register'],
    ]);
  });

  it('reads a quoted title, a listed word or a quoted sentence as no definition', () => {
    expect(terms('The section Entitled "History" is kept.')).toEqual([]);
    expect(terms('Do not use the names "Widget", "Gadget" or "Gizmo".')).toEqual([]);
    expect(terms('The notice says "Do not copy. Ask first." in full.')).toEqual([]);
    expect(terms('Each holder may say "yes" or "no".')).toEqual([]);
  });
});
