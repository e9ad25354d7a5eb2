import { useState } from 'react';
import { App, Card, Form, Modal, Table, Tag, Typography, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IsoDate } from '../../../../../shared/domain/entities';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { repairPairing } from '../commands';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { repairList, type RepairRow } from './queries';

/** Households whose member left, paused or moved: they stay here until someone takes them over. */
export function RepairCard({ today }: { today: IsoDate }) {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const rows = useLiveQuery(() => repairList(today), [today]);
  const [handing, setHanding] = useState<RepairRow | null>(null);
  return (
    <Card size="small" title={t('residents.plan.repairTitle')} data-testid="repair">
      <Typography.Paragraph type="secondary">{t('residents.plan.repairHint')}</Typography.Paragraph>
      <Table<RepairRow>
        size="small"
        rowKey={(r) => r.pairing.id}
        loading={!rows}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('residents.plan.repairEmpty') }}
        columns={[
          { title: t('residents.plan.resident'), width: 100, render: (_, r) => <Link to={`/residents/${r.pairing.residentId}`}>{r.resident?.name ?? ''}</Link> },
          { title: t('residents.field.address'), ellipsis: true, render: (_, r) => r.resident?.address ?? '' },
          { title: t('residents.plan.member_'), width: 100, render: (_, r) => r.member?.name ?? '' },
          { title: t('residents.plan.status'), width: 180, render: (_, r) => <Tag color="volcano">{t(`residents.plan.reason.${r.reason}`)}</Tag> },
          { title: t('residents.plan.action'), width: 110, render: (_, r) => can(role, 'editRecords') && <Button size="small" onClick={() => setHanding(r)}>{t('residents.plan.repair')}</Button> },
        ]}
      />
      {handing && <RepairModal row={handing} today={today} onClose={() => setHanding(null)} />}
    </Card>
  );
}

function RepairModal({ row, today, onClose }: { row: RepairRow; today: IsoDate; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ volunteerId?: string }>();
  const submit = async () => {
    const { volunteerId } = form.getFieldsValue(true) as { volunteerId?: string };
    if (!volunteerId) return showProblems(form, t, [{ field: 'volunteerId', code: 'required' }]);
    try {
      await repairPairing(currentActor(), row.pairing.id, volunteerId, today);
      message.success(t('residents.plan.repaired', { name: row.resident?.name ?? '' }));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    }
  };
  return (
    <Modal open title={t('residents.plan.repairTitleOf', { name: row.resident?.name ?? '' })} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical">
        <Form.Item label={t('residents.plan.newMember')} name="volunteerId" required><VolunteerPicker /></Form.Item>
      </Form>
    </Modal>
  );
}
