/**
 * 党员先锋指数 export: each party member's figures for the year and in total, from the tallies
 * (a key read per member), with a second sheet saying what each column means and which rule
 * scored it. Members are read a page at a time, never the whole registry at once.
 */
import type { TFunction } from 'i18next';
import type { Volunteer } from '../../../../../shared/domain/entities';
import type { EffectiveRule } from '../../../../../shared/points/rule';
import type { VolunteerTally } from '../../../../../shared/points/tally';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { saveFile, XLSX_FILTER } from '../../../platform/files';
import { loadExcel, workbookBytes } from '../../volunteers/excel/exceljs';
import { volunteerPages } from '../../volunteers/queries';
import { volunteerTallies } from '../tallies/rebuild';

const COLUMNS = ['volunteerNo', 'name', 'partyBranch', 'unit', 'yearHours', 'yearPoints', 'yearRecords', 'yearSatisfied', 'yearDissatisfied', 'totalHours', 'totalPoints', 'stars'] as const;

export async function exportVanguard(t: TFunction, year: number, rule: EffectiveRule, onProgress?: (members: number) => void): Promise<{ members: number; saved: boolean }> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t('points.vanguard.sheet', { year }), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: t(`points.vanguard.col.${c}`), width: c === 'name' ? 10 : c === 'partyBranch' || c === 'unit' ? 20 : 12 }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn(1).numFmt = '@';
  let members = 0;
  for await (const page of volunteerPages({ search: '' })) {
    const party = page.filter((v: Volunteer) => v.politicalStatus === 'partyMember');
    if (party.length === 0) continue;
    const ids = party.map((v) => v.id);
    const [yearRows, allRows, grants] = await Promise.all([
      volunteerTallies(db).bulkGet(ids.map((id) => [`Y${year}`, id] as [string, string])),
      volunteerTallies(db).bulkGet(ids.map((id) => ['all', id] as [string, string])),
      db.synced('starRatings').where('volunteerId').anyOf(ids).toArray(),
    ]);
    const stars = new Map<string, number>();
    for (const g of grants) if (!g.deleted) stars.set(g.volunteerId, Math.max(stars.get(g.volunteerId) ?? 0, g.stars));
    party.forEach((v, i) => {
      const y: Partial<VolunteerTally> = yearRows[i] ?? {};
      const a: Partial<VolunteerTally> = allRows[i] ?? {};
      ws.addRow([
        v.volunteerNo, v.name, v.partyBranch ?? '', orgName(v.orgPath),
        (y.centiHours ?? 0) / 100, (y.points ?? 0) / 100, y.records ?? 0, y.satisfied ?? 0, y.dissatisfied ?? 0,
        (a.centiHours ?? 0) / 100, (a.points ?? 0) / 100, stars.get(v.id) ?? 0,
      ]);
    });
    members += party.length;
    onProgress?.(members);
  }
  const notes = wb.addWorksheet(t('points.vanguard.notesSheet'));
  notes.columns = [{ width: 18 }, { width: 80 }];
  notes.addRow([t('points.vanguard.notes.rule'), `${rule.name}(${t('points.rules.effectiveFrom')} ${rule.effectiveFrom})`]);
  notes.addRow([t('points.vanguard.notes.scoring'), t('points.vanguard.notes.scoringText', { perHour: rule.pointsPerHour, urgent: rule.multipliers.urgent, night: rule.multipliers.night, holiday: rule.multipliers.holiday, bonus: rule.satisfactionBonus, deduction: rule.deductions.dissatisfied })]);
  notes.addRow([t('points.vanguard.notes.source'), t('points.vanguard.notes.sourceText')]);
  notes.addRow([t('points.vanguard.notes.made'), new Date().toLocaleString('zh-CN')]);
  const bytes = await workbookBytes(wb);
  const saved = await saveFile(`${t('points.vanguard.file', { year })}.xlsx`, bytes, [XLSX_FILTER]);
  return { members, saved: saved.saved };
}
