import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import type { OrgPath } from '../../../../../shared/org/org-path';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { printWindow } from '../../../platform/files';
import type { RequestFilter } from '../list/filter';
import { requestPage } from '../list/queries';
import { cstText, PRINT_COLUMNS } from './columns';
import './print.css';

/** A printed ledger is for a meeting or a file folder, not the whole database. */
export const PRINT_MAX = 500;

/**
 * The print view: an A4 landscape table of the current filter (oldest first), placed outside
 * the app's root so `@media print` can hide everything else. It prints itself once its rows
 * are there, then goes away.
 */
export function PrintLedger({ station, filter, now, onDone }: { station: OrgPath; filter: RequestFilter; now: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<HelpRequest[] | null>(null);
  useEffect(() => {
    let live = true;
    void requestPage(db, filter, { field: 'receivedAt', descending: false }, null, { limit: PRINT_MAX, budget: 100_000, now: new Date(now) }).then((p) => live && setRows(p.rows));
    return () => {
      live = false;
    };
  }, [filter, now]);
  useEffect(() => {
    if (!rows) return;
    document.body.classList.add('lx-printing');
    // One frame so the table is laid out before the print snapshot is taken.
    const frame = requestAnimationFrame(() => {
      void printWindow(`${t('requestList.ledger.title')}.pdf`).finally(() => {
        document.body.classList.remove('lx-printing');
        onDone();
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [rows, t, onDone]);
  if (!rows) return null;
  return createPortal(
    <div className="lx-print-ledger" data-testid="print-ledger">
      <h1>{t('requestList.ledger.printHeading', { station: orgName(station) })}</h1>
      <p>{t('requestList.ledger.printMeta', { at: cstText(new Date(now).toISOString()), count: rows.length })}{rows.length >= PRINT_MAX ? ` ${t('requestList.ledger.printLimit', { max: PRINT_MAX })}` : ''}</p>
      <table>
        <thead>
          <tr><th>{t('requestList.ledger.seq')}</th>{PRINT_COLUMNS.map((c) => <th key={c.key}>{c.header(t)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id}><td>{i + 1}</td>{PRINT_COLUMNS.map((c) => <td key={c.key}>{c.value(r, t)}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
