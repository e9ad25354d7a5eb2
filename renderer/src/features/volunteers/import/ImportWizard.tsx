import { useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Progress, Space, Spin, Steps, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { guessMapping, type ColumnMapping } from '../../../../../shared/registry/roster-columns';
import { levelOf } from '../../../../../shared/org/org-path';
import { currentActor } from '../../../session/store';
import { useStation } from '../../../station/station';
import { MAX_ROSTER_BYTES, readRoster, RosterFileError, type RosterFile } from '../excel/read-roster';
import { pickFile } from '../files';
import { ImportCancelled, ImportConflict, planImport, writeImport, type ImportPlan, type ImportProgress } from './import-roster';
import { servicePointLookup } from './service-points';
import { MappingStep } from './MappingStep';
import { CheckResult } from './CheckResult';
import { downloadTemplate } from './download-template';

type Step = 'file' | 'mapping' | 'check' | 'write';
const STEPS: Step[] = ['file', 'mapping', 'check', 'write'];

/**
 * 导入花名册: file → column mapping → every row checked → written all at once. Nothing is
 * written before the last step, and a cancel there rolls the whole import back.
 */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [file, setFile] = useState<RosterFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const stationPath = station?.orgPath;

  const choose = async () => {
    setFileError(null);
    const picked = await pickFile(MAX_ROSTER_BYTES);
    if (!picked) return;
    setBusy(t('registry.import.reading', { name: picked.name }));
    try {
      if (!picked.bytes) throw new RosterFileError('tooLarge');
      const read = await readRoster(picked.bytes);
      setFile(read);
      setMapping(guessMapping(read.headers));
      setStep('mapping');
    } catch (e) {
      if (!(e instanceof RosterFileError)) throw e;
      setFileError(t(`registry.file.${e.code}`));
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    if (!file || !stationPath) return;
    setStep('check');
    setPlan(null);
    const controller = (abort.current = new AbortController());
    try {
      const ctx = {
        headers: file.headers, mapping, lookupServicePoint: servicePointLookup(stationPath),
        ...(levelOf(stationPath) === 'village' ? { defaultServicePoint: stationPath } : {}),
      };
      setPlan(await planImport(file, ctx, { signal: controller.signal, onProgress: setProgress }));
    } catch (e) {
      if (!(e instanceof ImportCancelled)) throw e;
      setStep('mapping');
    } finally {
      setProgress(null);
    }
  };

  const write = async () => {
    if (!plan || !stationPath) return;
    setStep('write');
    const controller = (abort.current = new AbortController());
    try {
      const count = await writeImport(plan, { actor: currentActor(), orgPath: stationPath, onlyValid, signal: controller.signal, onProgress: setProgress });
      message.success(t('registry.import.done', { count }));
      onClose();
    } catch (e) {
      if (e instanceof ImportCancelled) message.info(t('registry.import.cancelled'));
      else if (e instanceof ImportConflict) message.error(t('registry.import.conflict', { count: e.problems.length }));
      else message.error(t('registry.import.failed', { reason: e instanceof Error ? e.message : String(e) }));
      setStep('check');
    } finally {
      setProgress(null);
    }
  };

  const running = progress !== null;
  const good = plan?.valid.length ?? 0;
  const canWrite = plan !== null && good > 0 && (plan.badRows === 0 || onlyValid);
  const footer = (
    <Space>
      {running ? (
        <Button danger onClick={() => abort.current?.abort()}>{t('registry.import.cancel')}</Button>
      ) : (
        <Button onClick={onClose}>{t('registry.import.close')}</Button>
      )}
      {step === 'mapping' && <Button onClick={() => setStep('file')}>{t('common.back')}</Button>}
      {step === 'check' && !running && <Button onClick={() => setStep('mapping')}>{t('common.back')}</Button>}
      {step === 'mapping' && <MappingStep.NextButton mapping={mapping} onNext={() => void check()} />}
      {step === 'check' && plan && <Button type="primary" disabled={!canWrite} onClick={() => void write()}>{t('registry.import.start')}</Button>}
    </Space>
  );

  return (
    <Modal open title={t('registry.import.title')} width={880} onCancel={running ? undefined : onClose} closable={!running} maskClosable={false} footer={footer} destroyOnHidden>
      <Steps size="small" current={STEPS.indexOf(step)} items={STEPS.map((s) => ({ title: t(`registry.import.steps.${s}`) }))} style={{ marginBottom: 20 }} />
      {step === 'file' && (
        <Spin spinning={busy !== null} tip={busy}>
          <Typography.Paragraph>{t('registry.import.fileHint')}</Typography.Paragraph>
          <Space>
            <Button type="primary" icon={<FileExcelOutlined />} onClick={() => void choose()}>{t('registry.import.choose')}</Button>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate(t)}>{t('registry.actions.template')}</Button>
          </Space>
          {fileError && <Alert type="error" showIcon style={{ marginTop: 16 }} message={fileError} data-testid="import-file-error" />}
        </Spin>
      )}
      {step === 'mapping' && file && <MappingStep file={file} mapping={mapping} onChange={setMapping} />}
      {running && progress && (
        <div data-testid="import-progress">
          <Typography.Text>{t(`registry.import.${progress.phase}`, { done: progress.done, total: progress.total })}</Typography.Text>
          <Progress percent={Math.floor((100 * progress.done) / Math.max(1, progress.total))} />
        </div>
      )}
      {step === 'check' && plan && !running && (
        <>
          <CheckResult plan={plan} />
          {plan.badRows > 0 && good > 0 && (
            <Checkbox checked={onlyValid} onChange={(e) => setOnlyValid(e.target.checked)} style={{ marginTop: 12 }}>
              {t('registry.import.onlyValid', { count: good })}
            </Checkbox>
          )}
        </>
      )}
    </Modal>
  );
}
