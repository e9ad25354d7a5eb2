import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { readChecklist, saveChecklist } from './commands';

/** The station's enterprise checklist, one check per line. */
export function ChecklistModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ checklist: string }>();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void readChecklist().then((items) => {
      form.setFieldsValue({ checklist: items.join('\n') });
      setReady(true);
    });
  }, [form]);
  const submit = async () => {
    try {
      await saveChecklist((form.getFieldValue('checklist') as string ?? '').split('\n'));
      message.success(t('residents.enterprise.configured'));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    }
  };
  return (
    <Modal open title={t('residents.enterprise.configure')} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ disabled: !ready }}>
      <Typography.Paragraph type="secondary">{t('residents.enterprise.configureHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="checklist" label={t('residents.enterprise.checklist')}><Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
