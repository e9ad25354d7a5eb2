import { describe, expect, it } from 'vitest';
import { checkResidentInput } from './resident-input';
import { addressKeys } from './search';
import { hasSensitive, maskResident, touchesSensitive } from './masking';

const elder = {
  name: '沈阿婆', address: '大桥镇江南村 5 组 18 号', categories: ['elderly' as const], riskLevel: 'high' as const,
  elderly: { livingSituation: 'alone' as const, incomeSource: '养老金' }, mobile: '139 0573 1234', idNumber: '11010519491231002x',
};

describe('checkResidentInput', () => {
  it('normalises a living-alone elder with search keys', () => {
    const r = checkResidentInput(elder);
    expect(r).toEqual({ ok: true, value: {
      name: '沈阿婆', namePinyin: 'shenapo', nameInitials: 'sap', address: '大桥镇江南村 5 组 18 号',
      addressKeys: ['大桥镇江南村5组18号', '江南村5组18号', '5组18号', '18号'], categories: ['elderly'], riskLevel: 'high',
      idNumber: '11010519491231002X', mobile: '13905731234', elderly: { livingSituation: 'alone', incomeSource: '养老金' },
    } });
  });

  it('names every bad field and keeps nothing of a category not chosen', () => {
    expect(checkResidentInput({ name: ' ', idNumber: '110105194912310021', mobile: '12345', categories: [], address: '' })).toEqual({ ok: false, problems: [
      { field: 'name', code: 'required' }, { field: 'address', code: 'required' }, { field: 'idNumber', code: 'idNumber.checkCharacter' },
      { field: 'mobile', code: 'mobile' }, { field: 'categories', code: 'required' }, { field: 'riskLevel', code: 'required' },
    ] });
    const lowIncome = checkResidentInput({ ...elder, categories: ['lowIncome'], disability: { cardNo: 'x' } });
    expect(lowIncome.ok && lowIncome.value.elderly).toBeUndefined();
    expect(lowIncome.ok && lowIncome.value.disability).toBeUndefined();
  });

  it('asks for complete disability details once any is given', () => {
    const base = { ...elder, categories: ['disabled' as const] };
    expect(checkResidentInput(base).ok).toBe(true); // details may follow later
    expect(checkResidentInput({ ...base, disability: { type: 'visual' } })).toMatchObject({ ok: false, problems: [
      { field: 'disability.cardNo', code: 'required' }, { field: 'disability.grade', code: 'required' },
    ] });
    const full = checkResidentInput({ ...base, disability: { cardNo: '11010519491231002X12', type: 'visual', grade: 2 } });
    expect(full.ok && full.value.disability).toEqual({ cardNo: '11010519491231002X12', type: 'visual', grade: 2 });
    expect(checkResidentInput({ ...base, categories: ['elderly'], elderly: {} })).toMatchObject({ ok: false, problems: [{ field: 'elderly.livingSituation', code: 'required' }] });
  });
});

describe('address keys', () => {
  it('starts a key at each part of the address', () => {
    expect(addressKeys('嘉善县魏塘街道 Ｂ区 12幢301室')).toEqual(['嘉善县魏塘街道b区12幢301室', '魏塘街道b区12幢301室', 'b区12幢301室', '12幢301室', '301室']);
    expect(addressKeys('  ')).toEqual([]);
  });
});

describe('masking', () => {
  const full = { idNumber: '11010519491231002X', disability: { cardNo: '11010519491231002X12', type: 'visual' as const, grade: 2 as const, guardian: '沈强' }, elderly: { livingSituation: 'alone' as const, incomeSource: '养老金' } };

  it('hides the ID number, disability details and income, and keeps the rest', () => {
    const m = maskResident({ ...full, name: '沈阿婆' });
    expect(m).toEqual({
      name: '沈阿婆', idNumber: '1101**********002X',
      disability: { cardNo: '1101************2X12', type: '****', grade: '****', guardian: '****' },
      elderly: { livingSituation: 'alone', incomeSource: '****' },
    });
    expect(full.idNumber).toBe('11010519491231002X'); // the original is untouched
  });

  it('knows when there is something to unmask and when an edit touches it', () => {
    expect(hasSensitive({})).toBe(false);
    expect(hasSensitive({ elderly: { livingSituation: 'alone' } })).toBe(false);
    expect(hasSensitive(full)).toBe(true);
    expect(touchesSensitive(full, { ...full })).toBe(false);
    expect(touchesSensitive(full, { ...full, elderly: { livingSituation: 'alone', incomeSource: '低保金' } })).toBe(true);
    expect(touchesSensitive(full, { ...full, idNumber: undefined })).toBe(true);
  });
});
