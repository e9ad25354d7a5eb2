import { useState } from 'react';
import { App, DatePicker, Form, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServedEnterprise, Team } from '../../../../../shared/domain/entities';
import { saveFile, XLSX_FILTER } from '../../../platform/files';
import { now } from '../../requests/now';
import { exportEnterpriseLedger } from './export-ledger';

interface Values {
  period: [dayjs.Dayjs, dayjs.Dayjs];
  enterpriseId?: string;
  teamId?: string;
}

/** Export the enterprise ledger to xlsx: one enterprise or team (or all), over a period. */
export function ExportLedgerModal({ enterprises, teams, onClose }: { enterprises: ServedEnterprise[]; teams: Team[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const v = form.getFieldsValue(true) as Values;
    setBusy(true);
    try {
      const from = v.period[0].format('YYYY-MM-DD');
      const to = v.period[1].format('YYYY-MM-DD');
      const { data, rows } = await exportEnterpriseLedger(t, { from, to, enterpriseId: v.enterpriseId, teamId: v.teamId }, new Map(teams.map((x) => [x.id, x.name])));
      const who = v.enterpriseId ? enterprises.find((e) => e.id === v.enterpriseId)?.name : v.teamId ? teams.find((x) => x.id === v.teamId)?.name : undefined;
      const saved = await saveFile(`${t('residents.enterprise.sheet')}_${who ? `${who}_` : ''}${from.replaceAll('-', '')}-${to.replaceAll('-', '')}.xlsx`, data, [XLSX_FILTER]);
      if (saved.saved) message.success(t('residents.enterprise.exported', { count: rows }));
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const today = dayjs(now());
  return (
    <Modal open title={t('residents.enterprise.exportTitle')} onCancel={onClose} onOk={() => void run()} confirmLoading={busy} okText={t('residents.enterprise.export')} cancelText={t('common.cancel')}>
      <Form<Values> form={form} layout="vertical" initialValues={{ period: [today.startOf('month'), today] }}>
        <Form.Item label={t('residents.enterprise.period')} name="period"><DatePicker.RangePicker allowClear={false} /></Form.Item>
        <Form.Item label={t('residents.enterprise.name')} name="enterpriseId">
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('residents.enterprise.allEnterprises')} options={enterprises.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item label={t('residents.enterprise.team')} name="teamId">
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('residents.enterprise.allTeams')} options={teams.map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
