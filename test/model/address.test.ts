/** Addresses: a definition set out as a row of a table of definitions; an address naming its document. */
import { describe, expect, it } from 'vitest';
import { findAllByAddress, findByAddress, parseAddress, parseQualifiedAddress, qualifiedAddress } from '../../src/model/address.js';
import { loadSide } from '../../src/store/load-side.js';
import { openStore } from '../../src/store/store.js';

const load = (folder: string) => loadSide(() => openStore('clauses'), folder);

describe('a table of definitions by address (invented fixture)', () => {
  it('finds A1.1 "Gadget Register" in its row', () => {
    const found = findByAddress(load('test/fixtures/check/defined-term/valid/definitions-table'), 'A1.1 "Gadget Register"');
    expect(found).toMatchObject({ type: 'definition', term: 'Gadget Register', text: ' means the register of Invented Devices.', address: 'A1.1 "Gadget Register"' });
  });
});


describe('addresses naming their document (invented appendices of the cross-reference fixture local-numbering)', () => {
  const appendices = () => load('test/fixtures/check/cross-reference/valid/local-numbering');

  it('parses "Y:2.3(b)" as the document and the address; parseAddress alone refuses a document', () => {
    expect(parseQualifiedAddress('Y:2.3(b)')).toEqual({ number: '2.3', labels: ['b'], document: 'Y' });
    expect(parseQualifiedAddress('W:Part 2(b)')).toEqual({ number: 'Part 2', labels: ['b'], document: 'W' });
    expect(parseQualifiedAddress('A:A1.1 "Gadget Register"')).toEqual({ number: 'A1.1', labels: [], term: 'Gadget Register', document: 'A' });
    expect(parseQualifiedAddress('G3.20')).toEqual({ number: 'G3.20', labels: [] });
    for (const bad of ['Y:', ':1.1', 'Y: 1.1', 'Y:not-an-address', 'Y:Z:1.1']) expect(parseQualifiedAddress(bad), bad).toBeUndefined();
    // Commands that take clause numbers only (history, new) keep refusing a document.
    expect(parseAddress('Y:2.3(b)')).toBeUndefined();
    expect(qualifiedAddress('Y', '2.3(b)')).toBe('Y:2.3(b)');
  });

  it('finds every document that holds a number, and only the named one when the address names it', () => {
    expect(findAllByAddress(appendices(), '1.1').map((m) => [m.document, m.node.type])).toEqual([['V', 'clause'], ['Y', 'clause']]);
    expect(findAllByAddress(appendices(), 'Y:1.1').map((m) => m.document)).toEqual(['Y']);
    expect(findAllByAddress(appendices(), '1.1(a)').map((m) => m.document)).toEqual(['Y']);
    expect(findAllByAddress(appendices(), 'V:2.3')).toEqual([]);
    expect(findByAddress(appendices(), 'Y:1.1')).toMatchObject({ type: 'clause', number: '1.1', text: 'The DCC shall keep a register of each Invented Device:' });
  });
});
