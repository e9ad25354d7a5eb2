import type { TFunction } from 'i18next';
import { ROSTER_COLUMNS } from '../../../../../shared/registry/roster-columns';
import { rosterTemplate, TEMPLATE_FILE_NAME } from '../excel/template';
import { saveBytes } from '../files';

/** The roster template with its instructions in the operator's language; headers stay Chinese. */
export async function downloadTemplate(t: TFunction): Promise<void> {
  const k = (key: string) => t(`registry.templateText.${key}`);
  const notes = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, t(`registry.templateText.${c.field}`, { defaultValue: '' })]));
  const bytes = await rosterTemplate({
    instructionsSheet: k('instructionsSheet'), columnHeader: k('columnHeader'), requiredHeader: k('requiredHeader'),
    exampleHeader: k('exampleHeader'), notesHeader: k('notesHeader'), yes: k('yes'), notes,
  });
  await saveBytes(TEMPLATE_FILE_NAME, bytes);
}
