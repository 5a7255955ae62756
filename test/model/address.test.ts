/** findByAddress finds a definition set out as a row of a table of definitions. */
import { describe, expect, it } from 'vitest';
import { findByAddress } from '../../src/model/address.js';
import { loadSide } from '../../src/store/load-side.js';
import { openStore } from '../../src/store/store.js';

const load = (folder: string) => loadSide(() => openStore('clauses'), folder);

describe('a table of definitions by address (invented fixture)', () => {
  it('finds A1.1 "Gadget Register" in its row', () => {
    const found = findByAddress(load('test/fixtures/check/defined-term/valid/definitions-table'), 'A1.1 "Gadget Register"');
    expect(found).toMatchObject({ type: 'definition', term: 'Gadget Register', text: ' means the register of Invented Devices.', address: 'A1.1 "Gadget Register"' });
  });
});

