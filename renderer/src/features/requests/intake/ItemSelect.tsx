import { useMemo, useState } from 'react';
import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../../shared/catalogue/catalogue';
import { catalogue, catalogueItem } from '../../../catalogue/live';
import { searchItems } from './item-search';

const categoryName = (code: string) => catalogue().categories.find((c) => c.code === code)?.name ?? code;

/** Service item picker: type Chinese, pinyin or initials; Enter takes the highlighted item. */
export function ItemSelect({ value, onChange, onChosen, status }: {
  value?: string;
  onChange?: (code: string) => void;
  onChosen: (item: CatalogueItem) => void;
  status?: 'error';
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const found = searchItems(query);
    const current = value ? catalogueItem(value) : undefined;
    const list = current && !found.includes(current) ? [current, ...found] : found;
    return list.map((item) => ({
      value: item.code,
      label: item.name,
      item,
    }));
  }, [query, value]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      value={value}
      status={status}
      placeholder={t('requests.intake.itemPlaceholder')}
      defaultActiveFirstOption
      notFoundContent={query.trim() ? t('requests.intake.noItem') : null}
      aria-label={t('requests.field.itemCode')}
      options={options}
      optionRender={(o) => (
        <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
          <span>{o.data.item.name}</span>
          <span style={{ color: '#8c8c8c', fontSize: 12 }}>
            {categoryName(o.data.item.categoryCode)} · {t(`requests.intake.tier.${o.data.item.timeLimitTier}`)}
            {o.data.item.kind === 'provider' && <Tag color="orange" style={{ marginLeft: 6, marginRight: 0 }}>{t('requests.kind.provider')}</Tag>}
          </span>
        </span>
      )}
      onChange={(code: string) => {
        onChange?.(code);
        setQuery('');
        const item = catalogueItem(code);
        if (item) onChosen(item);
      }}
    />
  );
}
