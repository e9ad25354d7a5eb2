import { Alert, Button, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkMapping, ROSTER_COLUMNS, rosterColumn, type ColumnMapping, type RosterField } from '../../../../../shared/registry/roster-columns';
import type { RosterFile } from '../excel/read-roster';

interface Row {
  index: number;
  header: string;
  sample: string;
}

/** Which registry field each column of the file fills; our own template maps itself. */
export function MappingStep({ file, mapping, onChange }: { file: RosterFile; mapping: ColumnMapping; onChange: (m: ColumnMapping) => void }) {
  const { t } = useTranslation();
  const problems = checkMapping(mapping);
  const first = file.rows[0]?.cells ?? [];
  const rows: Row[] = file.headers.map((header, index) => ({ index, header, sample: first[index] === null || first[index] === undefined ? '' : String(first[index]) }));
  const options = [
    { value: '', label: t('registry.import.ignore') },
    ...ROSTER_COLUMNS.map((c) => ({ value: c.field, label: c.required ? `${c.header} *` : c.header })),
  ];
  return (
    <>
      <Typography.Paragraph>{t('registry.import.mappingHint')}</Typography.Paragraph>
      <Table<Row>
        rowKey="index"
        size="small"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={rows}
        columns={[
          { title: t('registry.import.fileColumn'), dataIndex: 'header', width: 200 },
          { title: t('registry.import.sample'), dataIndex: 'sample', ellipsis: true },
          {
            title: t('registry.import.field'), width: 220,
            render: (_, r) => (
              <Select aria-label={r.header} style={{ width: '100%' }} value={mapping[r.index] ?? ''} options={options}
                onChange={(v: string) => onChange(mapping.map((m, i) => (i === r.index ? ((v || null) as RosterField | null) : m)))} />
            ),
          },
        ]}
      />
      {problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }}
          message={problems.map((p) => t(`registry.mapping.${p.code}`, { field: rosterColumn(p.field).header })).join(';')} />
      )}
    </>
  );
}

MappingStep.NextButton = function NextButton({ mapping, onNext }: { mapping: ColumnMapping; onNext: () => void }) {
  const { t } = useTranslation();
  return <Button type="primary" disabled={checkMapping(mapping).length > 0} onClick={onNext}>{t('common.next')}</Button>;
};
