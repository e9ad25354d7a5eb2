import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import { hasSensitive, maskResident } from '../../../../../shared/residents/masking';
import { orgName } from '../../../../../shared/org/org-tree';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { revealResident } from '../commands';
import { useResident } from '../queries';
import { CategoryTags, RiskTag } from '../tags';
import { ResidentForm } from '../register/ResidentForm';
import { PairingsCard } from './PairingsCard';
import { VisitsCard } from './VisitsCard';
import { AuditCard } from './AuditCard';

/** One household: its details (masked unless revealed, and every reveal audited), its members and its visits. */
export function ResidentDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const station = useStation();
  const operator = useSession((s) => s.operator);
  const resident = useResident(id);
  // The unmasked record lives only in this screen's state, for as long as it is shown.
  const [revealed, setRevealed] = useState<Resident | null>(null);
  const [editing, setEditing] = useState(false);
  if (resident === undefined || !station) return null;
  if (resident === null || resident.deleted) return <Result status="404" title={t('residents.detail.notFound')} extra={<Button onClick={() => navigate('/residents')}>{t('residents.detail.back')}</Button>} />;

  const mayReveal = can(operator?.role, 'viewUnmaskedIdentity') && hasSensitive(resident);
  const shown = revealed && revealed.id === resident.id ? { ...resident, ...pickSensitive(revealed) } : maskResident(resident);
  const reveal = async () => {
    if (!operator) return;
    const r = await revealResident(currentActor(), { stationPath: station.orgPath, role: operator.role }, resident.id);
    setRevealed(r);
    message.info(t('residents.detail.revealed'));
  };
  const d = shown.disability;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title={<Space><Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('residents.detail.back')} onClick={() => navigate('/residents')} />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="resident-name">{resident.name}</Typography.Title>
          <CategoryTags categories={resident.categories} /><RiskTag level={resident.riskLevel} /></Space>}
        extra={<Space>
          {mayReveal && (revealed
            ? <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>{t('residents.detail.hide')}</Button>
            : <Button icon={<EyeOutlined />} onClick={() => void reveal()}>{t('residents.detail.reveal')}</Button>)}
          {can(operator?.role, 'editRecords') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('residents.register.edit')}</Button>}
        </Space>}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="resident-fields">
          <Descriptions.Item label={t('residents.field.address')}>{resident.address}</Descriptions.Item>
          <Descriptions.Item label={t('residents.field.mobile')}>{resident.mobile ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('residents.field.servicePoint')}>{orgName(resident.orgPath)}</Descriptions.Item>
          <Descriptions.Item label={t('residents.field.idNumber')}><span data-testid="resident-id-number">{shown.idNumber ?? ''}</span></Descriptions.Item>
          {shown.elderly && <Descriptions.Item label={t('residents.field.livingSituation')}>{t(`residents.living.${shown.elderly.livingSituation}`)}{shown.elderly.spouse ? ` · ${t('residents.field.spouse')} ${shown.elderly.spouse}` : ''}</Descriptions.Item>}
          {shown.elderly?.incomeSource && <Descriptions.Item label={t('residents.field.incomeSource')}>{shown.elderly.incomeSource}</Descriptions.Item>}
          {d && <Descriptions.Item label={t('residents.register.disabilitySection')}>
            {revealed ? `${t(`residents.disability.${d.type}`)} · ${t('residents.gradeN', { grade: d.grade })} · ${d.cardNo}${d.guardian ? ` · ${t('residents.field.guardian')} ${d.guardian}` : ''}` : t('residents.detail.masked')}
          </Descriptions.Item>}
          <Descriptions.Item label={t('residents.field.emergencyContact')}>{resident.emergencyContact ?? ''}</Descriptions.Item>
          <Descriptions.Item label={t('residents.field.needs')}>{resident.needs ?? ''}</Descriptions.Item>
          {resident.notes && <Descriptions.Item label={t('residents.field.notes')}>{resident.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={10}><PairingsCard resident={resident} /></Col>
        <Col xs={24} xl={14}><VisitsCard resident={resident} /></Col>
      </Row>
      {can(operator?.role, 'viewUnmaskedIdentity') && <AuditCard recordId={resident.id} />}
      {editing && <ResidentForm existing={revealed ? { ...resident, ...pickSensitive(revealed) } : resident} revealed={!!revealed} onClose={() => setEditing(false)} onSaved={() => setRevealed(null)} />}
    </Space>
  );
}

function pickSensitive(r: Resident): Pick<Resident, 'idNumber' | 'disability' | 'elderly'> {
  return { idNumber: r.idNumber, disability: r.disability, elderly: r.elderly };
}
