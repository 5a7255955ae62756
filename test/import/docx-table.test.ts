/** The visual redline's whole-row tints, which import reads back, are the ones the Word renderer writes. */
import { describe, expect, it } from 'vitest';
import { ROW_TINTS } from '../../src/import/docx-table.js';
import { DELETED_ROW_TINT, INSERTED_ROW_TINT } from '../../src/render/docx/table.js';

describe('row tints', () => {
  it('reads as inserted and deleted the tints the Word renderer gives a row inserted or deleted whole', () => {
    expect(ROW_TINTS).toEqual({ [INSERTED_ROW_TINT]: 'insert', [DELETED_ROW_TINT]: 'delete' });
  });
});
