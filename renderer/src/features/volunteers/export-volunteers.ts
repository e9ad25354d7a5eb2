import type { TFunction } from 'i18next';
import type { Volunteer } from '../../../../shared/domain/entities';
import { maskResidentId } from '../../../../shared/validation/resident-id';
import { maskMobile } from '../../../../shared/validation/mobile';
import { orgName } from '../../../../shared/org/org-tree';
import { skillName } from '../../../../shared/registry/cell-values';
import { exportWorkbook, type ExportColumn } from './excel/export-list';
import { volunteerPages, type VolunteerFilter } from './queries';
import { saveBytes } from './files';

/** The filtered volunteer list as the screen shows it, saved as xlsx; null when the operator cancelled. */
export async function exportVolunteerList(t: TFunction, filter: VolunteerFilter, opts: { unmasked: boolean; teamNames: Map<string, string> }): Promise<number | null> {
  let count = 0;
  const columns: ExportColumn<Volunteer>[] = [
    { header: t('volunteer.volunteerNo'), width: 20, value: (v) => v.volunteerNo },
    { header: t('volunteer.name'), width: 10, value: (v) => v.name },
    { header: t('volunteer.gender'), width: 6, value: (v) => t(`gender.${v.gender}`) },
    { header: t('registry.volunteer.birthDate'), width: 12, value: (v) => v.birthDate },
    { header: t('volunteer.idNumber'), width: 22, value: (v) => (opts.unmasked ? v.idNumber : maskResidentId(v.idNumber)) },
    { header: t('volunteer.mobile'), width: 14, value: (v) => (opts.unmasked ? v.mobile : maskMobile(v.mobile)) },
    { header: t('volunteer.politicalStatus'), width: 10, value: (v) => t(`political.${v.politicalStatus}`) },
    { header: t('volunteer.partyBranch'), width: 18, value: (v) => v.partyBranch ?? '' },
    { header: t('registry.volunteer.professionalField'), width: 10, value: (v) => v.professionalField ?? '' },
    { header: t('volunteer.skills'), width: 20, value: (v) => v.skills.map(skillName).join('、') },
    { header: t('registry.volunteer.teams'), width: 24, value: (v) => v.teamIds.map((id) => opts.teamNames.get(id) ?? '').filter(Boolean).join('、') },
    { header: t('volunteer.servicePoint'), width: 14, value: (v) => orgName(v.servicePoint) },
    { header: t('registry.volunteer.availability'), width: 12, value: (v) => v.availability ?? '' },
    { header: t('volunteer.status'), width: 8, value: (v) => t(`volunteerStatus.${v.status}`) },
    { header: t('registry.volunteer.totalHours'), width: 10, value: (v) => v.totalHours },
  ];
  async function* counted() {
    for await (const page of volunteerPages(filter)) {
      count += page.length;
      yield page;
    }
  }
  const bytes = await exportWorkbook(t('registry.tabs.volunteers'), columns, counted());
  const stamp = new Date().toISOString().slice(0, 10);
  return (await saveBytes(`${t('registry.tabs.volunteers')}-${stamp}.xlsx`, bytes)) ? count : null;
}
