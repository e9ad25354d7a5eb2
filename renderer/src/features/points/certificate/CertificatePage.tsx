import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { orgName } from '../../../../../shared/org/org-tree';
import { maskResidentId } from '../../../../../shared/validation/resident-id';
import { db } from '../../../db';
import { printWindow } from '../../../platform/files';
import { useStation } from '../../../station/station';
import { chinaToday } from '../ledger';
import { showCenti } from '../format';
import { certificateFigures, certificateNumber } from './certificate';
import './certificate.css';

/** The most records printed; a longer history is summarised by year above the table. */
const MAX_ROWS = 200;

/**
 * 志愿服务证明: the preview on screen is the page that prints (A4 portrait), through the
 * desktop app's print-to-PDF or the browser's print dialog (platform/files.ts printWindow).
 */
export function CertificatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { volunteerId = '' } = useParams();
  const station = useStation();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const volunteer = useLiveQuery(() => db.synced('volunteers').get(volunteerId), [volunteerId]);
  const records = useLiveQuery(() => db.synced('serviceRecords').where('volunteerId').equals(volunteerId).toArray(), [volunteerId]);
  if (!station || volunteer === undefined || !records) return null;
  if (!volunteer) return <Empty description={t('points.certificate.noVolunteer')} />;
  const figures = certificateFigures(records, range?.[0]?.format('YYYY-MM-DD') ?? null, range?.[1]?.format('YYYY-MM-DD') ?? null);
  const today = chinaToday();
  const issuer = orgName(station.orgPath);
  const print = async () => {
    document.body.classList.add('lx-printing-certificate');
    try {
      await printWindow(t('points.certificate.file', { name: volunteer.name }), false);
    } finally {
      document.body.classList.remove('lx-printing-certificate');
    }
  };
  const shown = figures.records.slice(-MAX_ROWS);
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.certificate.title')}</Typography.Title>}
      extra={<Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/points?v=${volunteer.id}`)}>{t('points.back')}</Button>
        <DatePicker.RangePicker allowEmpty={[true, true]} value={range} onChange={(v) => setRange(v)} aria-label={t('points.certificate.range')} placeholder={[t('points.certificate.from'), t('points.certificate.to')]} />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => void print()} disabled={figures.count === 0}>{t('points.certificate.print')}</Button>
      </Space>}
      styles={{ body: { background: '#f0f2f5' } }}>
      {figures.count === 0 ? <Empty description={t('points.certificate.noRecords')} /> : (
        <div className="lx-certificate" data-testid="certificate">
          <h1>{t('points.certificate.heading')}</h1>
          <div className="lx-cert-no">{t('points.certificate.number', { no: certificateNumber(station.orgPath, volunteer.volunteerNo, today) })}</div>
          <p className="lx-cert-body">
            {t('points.certificate.body', {
              name: volunteer.name, gender: t(`gender.${volunteer.gender}`), id: maskResidentId(volunteer.idNumber), no: volunteer.volunteerNo,
              unit: orgName(volunteer.orgPath), from: figures.from, to: figures.to, count: figures.count, hours: showCenti(figures.centiHours),
            })}
          </p>
          <h2>{t('points.certificate.byYear')}</h2>
          <table>
            <thead><tr><th>{t('points.years.year')}</th><th>{t('points.certificate.times')}</th><th>{t('points.certificate.hours')}</th></tr></thead>
            <tbody>
              {figures.byYear.map((y) => <tr key={y.year}><td>{y.year}</td><td className="num">{y.count}</td><td className="num">{showCenti(y.centiHours)}</td></tr>)}
              <tr><td><strong>{t('points.certificate.total')}</strong></td><td className="num"><strong>{figures.count}</strong></td><td className="num"><strong>{showCenti(figures.centiHours)}</strong></td></tr>
            </tbody>
          </table>
          <h2>{t('points.certificate.records')}{figures.records.length > MAX_ROWS ? ` ${t('points.certificate.latest', { count: MAX_ROWS })}` : ''}</h2>
          <table>
            <thead><tr>
              <th>{t('points.record.date')}</th><th>{t('points.record.content')}</th><th>{t('points.record.place')}</th><th>{t('points.record.beneficiary')}</th>
              <th>{t('points.certificate.hours')}</th><th>{t('points.certificate.recorder')}</th>
            </tr></thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}><td style={{ whiteSpace: 'nowrap' }}>{r.date}</td><td>{r.content}</td><td>{r.place}</td><td>{r.beneficiary}</td><td className="num">{r.hours}</td><td>{r.recorder}</td></tr>
              ))}
            </tbody>
          </table>
          <div className="lx-cert-sign">
            <div>{t('points.certificate.issuer', { unit: issuer })}</div>
            <div>{t('points.certificate.date', { date: today })}</div>
          </div>
          <div className="lx-cert-basis">{t('points.certificate.basis')}</div>
        </div>
      )}
    </Card>
  );
}
