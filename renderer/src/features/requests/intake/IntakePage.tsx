import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Card, Col, Form, Input, Radio, Row, Space, Tag, TreeSelect, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import type { CatalogueItem } from '../../../../../shared/catalogue/catalogue';
import { catalogueItem } from '../../../catalogue/live';
import { REQUEST_SOURCES, REQUEST_TYPES, URGENCIES, type RequestInput } from '../../../../../shared/requests/request-input';
import { isValidMobile, normaliseMobile } from '../../../../../shared/validation/mobile';
import { isWithin } from '../../../../../shared/org/org-path';
import { orgName } from '../../../../../shared/org/org-tree';
import { orgTreeData } from '../../setup/orgTreeData';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { RequestRejected, takeRequest } from '../commands';
import { CallerPanel } from './CallerPanel';
import { ResidentLookup } from '../../residents/intake/ResidentLookup';
import { ItemSelect } from './ItemSelect';
import { focusField, focusNext, handleIntakeKey } from './keyboard';
import { useIntakeDraft, type IntakeDraft } from './useIntakeDraft';

const DEFAULTS: IntakeDraft = { source: 'hotline', urgency: 'normal', type: 'help' };
const EMPTY: IntakeDraft = { callerMobile: '', callerName: '', address: '', itemCode: undefined, description: '', residentId: undefined, orgPath: undefined };

/** Taking a call: keyboard-first, the caller recognised by phone number, the draft kept as typed. */
export function IntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const operator = useSession((s) => s.operator);
  const station = useStation();
  const [form] = Form.useForm<IntakeDraft>();
  const root = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const mobileTyped = Form.useWatch('callerMobile', form) ?? '';
  const itemCode = Form.useWatch('itemCode', form);
  const mobile = isValidMobile(normaliseMobile(mobileTyped)) ? normaliseMobile(mobileTyped) : null;
  const item = itemCode ? catalogueItem(itemCode) : undefined;
  const draft = useIntakeDraft(operator?.id ?? '');
  // A station with units below it (a town, a county, the city) names the unit the request belongs
  // to, so that unit's station receives it and it can be sent down there; a village has only itself.
  // Optional and mostly filled by the resident lookup, it stays out of the Enter chain (Tab reaches it).
  const areaTree = useMemo(() => {
    const below = station ? orgTreeData(station.orgPath) : [];
    return station && below.length ? [{ value: station.orgPath, title: orgName(station.orgPath), children: below }] : [];
  }, [station]);
  useEffect(() => {
    if (draft.restored) message.info(t('requests.intake.draftRestored'));
  }, [draft.restored, message, t]);

  const save = async () => {
    if (!station || !operator || saving) return;
    setSaving(true);
    try {
      const values = form.getFieldsValue(true) as Partial<RequestInput>;
      const request = await takeRequest(currentActor(), { stationPath: station.orgPath, role: operator.role }, values);
      await draft.discard();
      message.success(t('requests.intake.saved', { number: request.number }));
      navigate(`/requests/${request.id}`);
    } catch (e) {
      if (!(e instanceof RequestRejected)) throw e;
      form.setFields(e.problems.map((p) => ({ name: p.field, errors: [t(`requests.problem.${p.code}`)] })));
      focusField(root.current, e.problems[0]!.field);
    } finally {
      setSaving(false);
    }
  };

  const chooseItem = (chosen: CatalogueItem) => {
    form.setFieldsValue({ itemCode: chosen.code, type: chosen.defaultType });
    form.setFields([{ name: 'itemCode', errors: [] }]);
    draft.keep(form.getFieldsValue(true) as IntakeDraft);
    const field = root.current?.querySelector('[data-intake-field="itemCode"]');
    if (field) setTimeout(() => focusNext(root.current, field), 0);
  };

  const applyResident = (r: Resident) => {
    const area = station && areaTree.length && isWithin(r.orgPath, station.orgPath) ? { orgPath: r.orgPath } : {};
    form.setFieldsValue({ callerName: r.name, address: r.address, residentId: r.id, ...area });
    draft.keep(form.getFieldsValue(true) as IntakeDraft);
  };

  const clear = async () => {
    await draft.discard();
    form.setFieldsValue({ ...EMPTY, ...DEFAULTS });
    form.setFields(Object.keys(EMPTY).map((name) => ({ name: name as keyof IntakeDraft, errors: [] })));
    focusField(root.current, 'callerMobile');
  };

  const radios = (field: 'urgency' | 'type' | 'source', values: readonly string[]) => (
    <Radio.Group optionType="button" buttonStyle="solid" size="small"
      options={values.map((v) => ({ value: v, label: t(`requests.${field}.${v}`) }))} />
  );
  if (draft.restored === undefined) return null;

  return (
    <Row gutter={16} ref={root} onKeyDown={(e) => handleIntakeKey(e, root.current, () => void save())}>
      <Col xs={24} xl={15}>
        <Card
          title={<Typography.Title level={4} style={{ margin: 0 }}>{t('requests.intake.title')}</Typography.Title>}
          extra={<Typography.Text type="secondary">{t('requests.intake.hint')}</Typography.Text>}
          actions={[
            <Space key="save" style={{ float: 'right', paddingRight: 16 }}>
              <Button onClick={() => void clear()}>{t('requests.intake.clear')}</Button>
              <Button type="primary" loading={saving} onClick={() => void save()}>{t('requests.intake.save')}</Button>
            </Space>,
          ]}
        >
          <Form<IntakeDraft> form={form} layout="horizontal" labelCol={{ flex: '104px' }} labelAlign="left" initialValues={{ ...DEFAULTS, ...draft.restored }} autoComplete="off"
            onValuesChange={(changed: IntakeDraft) => {
              draft.keep(form.getFieldsValue(true) as IntakeDraft);
              form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof IntakeDraft, errors: [] })));
            }}>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item label={t('requests.field.callerMobile')} name="callerMobile" required data-intake-field="callerMobile">
                  <Input autoFocus maxLength={20} inputMode="tel" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('requests.field.callerName')} name="callerName" required data-intake-field="callerName">
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('requests.field.address')} name="address" required data-intake-field="address">
              <Input maxLength={120} />
            </Form.Item>
            {areaTree.length > 0 && (
              <Form.Item label={t('requests.field.orgPath')} name="orgPath" data-testid="intake-area" extra={t('requests.intake.areaHint')}>
                <TreeSelect showSearch allowClear treeNodeFilterProp="title" treeData={areaTree} placeholder={station ? orgName(station.orgPath) : ''}
                  treeDefaultExpandedKeys={station ? [station.orgPath] : []} listHeight={320} />
              </Form.Item>
            )}
            <Form.Item label={t('requests.field.itemCode')} required data-intake-field="itemCode"
              extra={item && (
                <Space size={4}>
                  <Tag>{t('requests.intake.timeLimit', { tier: t(`requests.intake.tier.${item.timeLimitTier}`) })}</Tag>
                  <Tag color={item.kind === 'provider' ? 'orange' : 'green'}>{t(`requests.kind.${item.kind}`)}</Tag>
                </Space>
              )}>
              <Form.Item name="itemCode" noStyle>
                <ItemSelect onChosen={chooseItem} />
              </Form.Item>
            </Form.Item>
            <Form.Item label={t('requests.field.urgency')} name="urgency" data-intake-field="urgency">{radios('urgency', URGENCIES)}</Form.Item>
            <Form.Item label={t('requests.field.type')} name="type" data-intake-field="type">{radios('type', REQUEST_TYPES)}</Form.Item>
            <Form.Item label={t('requests.field.source')} name="source" data-intake-field="source">{radios('source', REQUEST_SOURCES)}</Form.Item>
            <Form.Item label={t('requests.field.description')} name="description" required data-intake-field="description">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
            </Form.Item>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <CallerPanel
          mobile={mobile}
          onUseResident={applyResident}
          onResidentFound={(r) => {
            if (!form.getFieldValue('callerName')) applyResident(r);
          }}
        />
        <ResidentLookup mobile={mobile} onUse={(r) => {
          applyResident(r);
          if (r.mobile && !mobile) form.setFieldsValue({ callerMobile: r.mobile });
        }} />
      </Col>
    </Row>
  );
}
