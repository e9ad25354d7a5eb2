import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { findVolunteers, volunteersByIds } from '../queries';

interface Props {
  value?: string | string[];
  onChange?: (v: string | string[] | undefined) => void;
  multiple?: boolean;
  id?: string;
}

/** Finds volunteers by name, pinyin or initials through the indexes; never lists the whole registry. */
export function VolunteerPicker({ value, onChange, multiple, id }: Props) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [known, setKnown] = useState<{ value: string; label: string }[]>([]);
  const selected = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const key = selected.join(',');
  useEffect(() => {
    void volunteersByIds(key ? key.split(',') : []).then((m) => setKnown([...m.values()].map((v) => ({ value: v.id, label: `${v.name} ${v.volunteerNo}` }))));
  }, [key]);
  const search = (q: string) => void findVolunteers(q).then((rows) => setOptions(rows.map((v) => ({ value: v.id, label: `${v.name} ${v.volunteerNo}` }))));
  const merged = [...known, ...options.filter((o) => !known.some((k) => k.value === o.value))];
  return (
    <Select id={id} allowClear showSearch mode={multiple ? 'multiple' : undefined} filterOption={false} placeholder={t('registry.pickVolunteer')}
      value={value} onChange={onChange} onSearch={search} onFocus={() => search('')} options={merged} />
  );
}
