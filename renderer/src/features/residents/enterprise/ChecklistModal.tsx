import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../../shared/org/org-tree';
import type { EffectiveChecklist } from '../../../../../shared/residents/checklist';
import { data, db } from '../../../db';
import { currentActor } from '../../../session/store';
import { InputRejected } from '../errors';
import { showProblems } from '../problems';
import { followLevelAbove, saveChecklist, stationChecklist } from './checklist';

/** Where the list in use comes from, in words: this unit's own, a unit above it, or the default. */
function SourceNote({ current, stationPath }: { current: EffectiveChecklist; stationPath: string }) {
  const { t } = useTranslation();
  const s = current.source;
  const text = s.kind === 'own' ? t('residents.checklist.own', { unit: orgName(stationPath) })
    : s.kind === 'inherited' ? t('residents.checklist.inherited', { unit: orgName(s.from) }) : t('residents.checklist.default');
  return <Alert type={s.kind === 'own' ? 'success' : 'info'} showIcon title={text} data-testid="checklist-source" style={{ marginBottom: 12 }} />;
}

/** The enterprise checklist of this station and every station below it, one check per line. */
export function ChecklistModal({ stationPath, onClose }: { stationPath: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ checklist: string }>();
  const current = useLiveQuery(() => stationChecklist(db, stationPath), [stationPath]);
  const [filled, setFilled] = useState(false);
  const [saving, setSaving] = useState(false);
  // Filled once when it opens (a list arriving by sync meanwhile does not overwrite the typing).
  // An admin who went back to the level above starts from the station's own kept list.
  useEffect(() => {
    void stationChecklist(db, stationPath).then((c) => {
      form.setFieldsValue({ checklist: (c.own?.inherit ? c.own.items : c.items).join('\n') });
      setFilled(true);
    });
  }, [form, stationPath]);

  const submit = async () => {
    setSaving(true);
    try {
      await saveChecklist(data, currentActor(), stationPath, ((form.getFieldValue('checklist') as string | undefined) ?? '').split('\n'));
      message.success(t('residents.enterprise.configured'));
      onClose();
    } catch (e) {
      if (!(e instanceof InputRejected)) throw e;
      showProblems(form, t, e.problems);
    } finally {
      setSaving(false);
    }
  };
  const goBackUp = async () => {
    await followLevelAbove(data, currentActor(), stationPath);
    message.success(t('residents.checklist.followingAbove'));
    onClose();
  };
  const ownInUse = current?.source.kind === 'own';
  return (
    <Modal open width={560} title={t('residents.enterprise.configure')} onCancel={onClose} destroyOnHidden
      footer={<Space>
        {ownInUse && stationPath.includes('/') && <Button onClick={() => void goBackUp()} data-testid="checklist-follow-above">{t('residents.checklist.followAbove')}</Button>}
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" loading={saving} disabled={!filled} onClick={() => void submit()}>{t('common.save')}</Button>
      </Space>}>
      {current && <SourceNote current={current} stationPath={stationPath} />}
      <Typography.Paragraph type="secondary">{t('residents.enterprise.configureHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={() => form.setFields([{ name: 'checklist', errors: [] }])}>
        <Form.Item name="checklist" label={t('residents.enterprise.checklist')}><Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
