import { useState } from 'react';
import { App, DatePicker, Form, Modal, Radio } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Pairing, Resident } from '../../../../../shared/domain/entities';
import { VISIT_FREQUENCIES } from '../../../../../shared/residents/visit-schedule';
import { currentActor } from '../../../session/store';
import { now } from '../../requests/now';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { pairMember } from '../commands';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';

interface Values {
  volunteerId?: string;
  frequency: Pairing['frequency'];
  startDate: dayjs.Dayjs;
  endDate?: dayjs.Dayjs | null;
}

/** Pair a party member with the household: how often to visit, from when, until when. */
export function PairingForm({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      await pairMember(currentActor(), {
        residentId: resident.id, volunteerId: v.volunteerId, frequency: v.frequency,
        startDate: v.startDate?.format('YYYY-MM-DD'), endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : undefined,
      });
      message.success(t('residents.pairing.saved', { name: resident.name }));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`${t('residents.pairing.add')} · ${resident.name}`} onCancel={onClose} onOk={() => void submit()} confirmLoading={saving}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={{ frequency: 'monthly', startDate: dayjs(now()) }}>
        <Form.Item label={t('residents.pairing.member')} name="volunteerId" required><VolunteerPicker /></Form.Item>
        <Form.Item label={t('residents.pairing.frequency')} name="frequency" required>
          <Radio.Group optionType="button" options={VISIT_FREQUENCIES.map((f) => ({ value: f, label: t(`residents.frequency.${f}`) }))} />
        </Form.Item>
        <Form.Item label={t('residents.pairing.startDate')} name="startDate" required><DatePicker allowClear={false} /></Form.Item>
        <Form.Item label={t('residents.pairing.endDate')} name="endDate"><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}
