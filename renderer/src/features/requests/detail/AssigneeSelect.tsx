import { useState } from 'react';
import { Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { searchAssignees, type AssigneeOption } from '../queries';

/** Choose a volunteer, team, enterprise or provider from this station's tables by name or pinyin. */
export function AssigneeSelect({ kind, value, onChange, ariaLabel }: {
  kind: AssigneeOption['kind'];
  value?: AssigneeOption;
  onChange?: (option: AssigneeOption | undefined) => void;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useLiveQuery(() => searchAssignees(kind, query), [kind, query]);
  const options = [...(value && !found?.some((o) => o.id === value.id) ? [value] : []), ...(found ?? [])];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      value={value?.id}
      aria-label={ariaLabel ?? t('requests.form.assignee')}
      placeholder={t('requests.form.assigneeSearch')}
      loading={!found}
      defaultActiveFirstOption
      notFoundContent={t('requests.form.noAssignee')}
      options={options.map((o) => ({ value: o.id, label: o.detail ? `${o.name}(${o.detail})` : o.name }))}
      onChange={(id: string) => {
        setQuery('');
        onChange?.(options.find((o) => o.id === id));
      }}
    />
  );
}
