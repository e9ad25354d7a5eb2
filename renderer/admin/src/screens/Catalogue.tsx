import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceCategory, ServiceItem, WorkCalendarRecord } from '../../../../shared/domain/entities';
import { SKILLS } from '../../../../shared/catalogue/skills';
import { api, ApiError } from '../api';
import { errorText } from '../format';
import { useLoad } from '../useLoad';

export interface CatalogueView {
  categories: ServiceCategory[];
  items: ServiceItem[];
  calendar: WorkCalendarRecord | null;
}

interface ItemForm {
  code: string;
  categoryCode: string;
  name: string;
  keywords: string;
  defaultType: ServiceItem['defaultType'];
  timeLimitTier: ServiceItem['timeLimitTier'];
  kind: ServiceItem['kind'];
  skills: string[];
  retired: boolean;
}

const TYPES = ['help', 'consultation', 'complaint', 'suggestion'] as const;
const TIERS = ['sameDay', 'threeDays', 'sevenDays', 'thirteenDays'] as const;
const KINDS = ['volunteer', 'provider'] as const;
export const words = (text: string | undefined) => (text ?? '').split(/[\s,,、]+/).filter(Boolean);

const EMPTY: Partial<ItemForm> = { keywords: '', defaultType: 'help', timeLimitTier: 'threeDays', kind: 'volunteer', skills: [], retired: false };

/** The city's service catalogue: pick an item to edit it, or type a new code to add one; stations get it on their next sync. */
export function Catalogue() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemForm>();
  const [problems, setProblems] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const { data, error, loading, reload } = useLoad(useCallback(() => api<CatalogueView>('GET', '/api/admin/catalogue'), []));

  const edit = (i: ServiceItem) => {
    form.setFieldsValue({ ...i, keywords: i.keywords.join(' '), retired: !!i.retired });
    setProblems([]);
    window.scrollTo({ top: 0 });
  };
  const save = async (v: ItemForm) => {
    setBusy(true);
    const code = v.code.trim();
    try {
      const { item } = await api<{ item: ServiceItem }>('PUT', `/api/admin/catalogue/items/${encodeURIComponent(code)}`, {
        code, categoryCode: v.categoryCode, name: v.name.trim(), keywords: words(v.keywords), defaultType: v.defaultType, timeLimitTier: v.timeLimitTier, kind: v.kind, skills: v.skills ?? [], retired: !!v.retired,
      });
      setProblems([]);
      void message.success(t('catalogue.saved', { code: item.code, name: item.name }));
      await reload();
    } catch (e) {
      const listed = e instanceof ApiError && Array.isArray(e.extra.problems) ? (e.extra.problems as string[]) : null;
      setProblems(listed ?? [errorText(t, e)]);
    } finally {
      setBusy(false);
    }
  };
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const items = data?.items ?? [];
    return q ? items.filter((i) => i.code.toLowerCase().includes(q) || i.name.includes(q) || i.keywords.some((k) => k.includes(q))) : items;
  }, [data, filter]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">{t('catalogue.hint')}</Typography.Text>
      <Card size="small" title={t('catalogue.formTitle')}>
        <Form<ItemForm> form={form} layout="vertical" initialValues={EMPTY} onFinish={(v) => void save(v)} requiredMark={false}>
          <Row gutter={16}>
            <Col span={4}><Form.Item name="code" label={t('catalogue.code')} rules={[{ required: true, message: t('catalogue.code') }]}><Input placeholder="C1-02" /></Form.Item></Col>
            <Col span={6}>
              <Form.Item name="categoryCode" label={t('catalogue.category')} rules={[{ required: true, message: t('catalogue.category') }]}>
                <Select options={(data?.categories ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))} />
              </Form.Item>
            </Col>
            <Col span={6}><Form.Item name="name" label={t('catalogue.name')} rules={[{ required: true, whitespace: true, message: t('catalogue.name') }]}><Input maxLength={40} /></Form.Item></Col>
            <Col span={8}><Form.Item name="keywords" label={t('catalogue.keywords')}><Input /></Form.Item></Col>
          </Row>
          <Row gutter={16}>
            <Col span={4}><Form.Item name="defaultType" label={t('catalogue.type')}><Select options={TYPES.map((v) => ({ value: v, label: t(`catalogue.types.${v}`) }))} /></Form.Item></Col>
            <Col span={4}><Form.Item name="timeLimitTier" label={t('catalogue.tier')}><Select options={TIERS.map((v) => ({ value: v, label: t(`catalogue.tiers.${v}`) }))} /></Form.Item></Col>
            <Col span={4}><Form.Item name="kind" label={t('catalogue.kind')}><Select options={KINDS.map((v) => ({ value: v, label: t(`catalogue.kinds.${v}`) }))} /></Form.Item></Col>
            <Col span={8}>
              <Form.Item name="skills" label={t('catalogue.skills')}>
                <Select mode="multiple" allowClear optionFilterProp="label" options={SKILLS.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))} maxTagCount="responsive" />
              </Form.Item>
            </Col>
            <Col span={4}><Form.Item name="retired" label={t('catalogue.state')} valuePropName="checked"><Checkbox>{t('catalogue.retired')}</Checkbox></Form.Item></Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>{t('catalogue.saveItem')}</Button>
            <Button onClick={() => { form.resetFields(); setProblems([]); }}>{t('catalogue.clear')}</Button>
          </Space>
          {problems.length > 0 && <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={<ul style={{ margin: 0, paddingLeft: 16 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
        </Form>
      </Card>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<ServiceItem>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={shown}
        data-testid="catalogue-items"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        title={() => <Input.Search allowClear placeholder={t('catalogue.search')} onChange={(e) => setFilter(e.target.value)} style={{ width: 280 }} />}
        rowClassName={(i) => (i.retired ? 'retired' : '')}
        columns={[
          { title: t('catalogue.code'), dataIndex: 'code', width: 80 },
          { title: t('catalogue.name'), dataIndex: 'name', render: (name: string, i) => <Space size={4}><Typography.Text type={i.retired ? 'secondary' : undefined}>{name}</Typography.Text>{i.retired && <Tag>{t('catalogue.retired')}</Tag>}</Space> },
          { title: t('catalogue.keywordsColumn'), dataIndex: 'keywords', render: (k: string[]) => k.join(' ') },
          { title: t('catalogue.type'), dataIndex: 'defaultType', width: 90, render: (v: string) => t(`catalogue.types.${v}`) },
          { title: t('catalogue.tier'), dataIndex: 'timeLimitTier', width: 120, render: (v: string) => t(`catalogue.tiers.${v}`) },
          { title: t('catalogue.kind'), dataIndex: 'kind', width: 130, render: (v: string) => t(`catalogue.kinds.${v}`) },
          { title: t('catalogue.skills'), dataIndex: 'skills', render: (s: string[]) => s.map((code) => SKILLS.find((k) => k.code === code)?.name ?? code).join('、') },
          { title: t('common.actions'), width: 80, render: (_v, i) => <Button size="small" onClick={() => edit(i)}>{t('catalogue.edit')}</Button> },
        ]}
      />
    </Space>
  );
}
