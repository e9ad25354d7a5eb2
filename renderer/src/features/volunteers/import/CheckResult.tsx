import { Alert, Button, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../../../shared/registry/roster-check';
import { problemsWorkbook } from '../excel/report';
import { saveBytes } from '../files';
import { rowProblemText } from '../problem-text';
import type { ImportPlan } from './import-roster';

/** On screen the first problems; the full list (a county's roster may have thousands) goes to Excel. */
const SHOWN = 500;

export function CheckResult({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const good = plan.valid.length;
  const saveReport = async () => {
    const bytes = await problemsWorkbook(plan.problems, (p) => rowProblemText(t, p), {
      sheet: t('registry.import.reportSheet'), row: t('registry.import.row'), column: t('registry.import.column'), problem: t('registry.import.problem'),
    });
    await saveBytes(t('registry.import.reportFile'), bytes);
  };
  if (plan.problems.length === 0) {
    return good > 0
      ? <Alert type="success" showIcon message={t('registry.import.allValid', { total: plan.total })} data-testid="import-summary" />
      : <Alert type="warning" showIcon message={t('registry.import.nothingToImport')} data-testid="import-summary" />;
  }
  return (
    <>
      <Alert type="error" showIcon data-testid="import-summary" message={t('registry.import.someBad', { total: plan.total, bad: plan.badRows, good })}
        action={<Button size="small" icon={<DownloadOutlined />} onClick={() => void saveReport()}>{t('registry.actions.saveReport')}</Button>} />
      <Table<RowProblem>
        style={{ marginTop: 12 }}
        rowKey={(p) => `${p.row}-${p.field}-${p.code}`}
        size="small"
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ y: 300 }}
        dataSource={plan.problems.slice(0, SHOWN)}
        columns={[
          { title: t('registry.import.row'), dataIndex: 'row', width: 70 },
          { title: t('registry.import.column'), dataIndex: 'column', width: 140 },
          { title: t('registry.import.problem'), render: (_, p) => rowProblemText(t, p) },
        ]}
      />
      {plan.problems.length > SHOWN && (
        <Space style={{ marginTop: 8 }}><Typography.Text type="secondary">{t('registry.import.shownFirst', { shown: SHOWN })}</Typography.Text></Space>
      )}
    </>
  );
}
