import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import { errorText } from '../format';
import { useLoad } from '../useLoad';
import { words, type CatalogueView } from './Catalogue';

interface CalendarForm {
  periods: string;
  weekend: number[];
  utcOffsetMinutes: number;
  holidays: string;
  workdays: string;
}

const DAYS = [1, 2, 3, 4, 5, 6, 0];

/** The city's work calendar, which every station counts its time limits in. */
export function Calendar() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarForm>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { data, error } = useLoad(useCallback(() => api<CatalogueView>('GET', '/api/admin/catalogue'), []));
  useEffect(() => {
    const c = data?.calendar;
    if (c) form.setFieldsValue({ periods: c.periods.map((p) => `${p.start}-${p.end}`).join(' '), weekend: c.weekend, utcOffsetMinutes: c.utcOffsetMinutes, holidays: c.holidays.join('\n'), workdays: c.workdays.join('\n') });
  }, [data, form]);

  const save = async (v: CalendarForm) => {
    setBusy(true);
    try {
      await api('PUT', '/api/admin/calendar', {
        utcOffsetMinutes: v.utcOffsetMinutes,
        periods: words(v.periods).map((p) => {
          const [start = '', end = ''] = p.split('-');
          return { start, end };
        }),
        weekend: v.weekend ?? [],
        holidays: words(v.holidays),
        workdays: words(v.workdays),
      });
      setProblems([]);
      void message.success(t('calendar.saved'));
    } catch (e) {
      setProblems(e instanceof ApiError && Array.isArray(e.extra.problems) ? (e.extra.problems as string[]) : [errorText(t, e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">{t('calendar.hint')}</Typography.Text>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Card size="small">
        <Form<CalendarForm> form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark={false} style={{ maxWidth: 960 }}>
          <Row gutter={16}>
            <Col span={10}><Form.Item name="periods" label={t('calendar.periods')} extra={t('calendar.periodsHint')} rules={[{ required: true, message: t('calendar.periodsHint') }]}><Input /></Form.Item></Col>
            <Col span={10}><Form.Item name="weekend" label={t('calendar.weekend')}><Checkbox.Group options={DAYS.map((d) => ({ value: d, label: t(`calendar.days.d${d}`) }))} /></Form.Item></Col>
            <Col span={4}><Form.Item name="utcOffsetMinutes" label={t('calendar.offset')}><InputNumber min={-720} max={840} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}><Form.Item name="holidays" label={t('calendar.holidays')}><Input.TextArea rows={10} placeholder="2027-01-01" style={{ fontFamily: 'monospace' }} /></Form.Item></Col>
            <Col span={12}><Form.Item name="workdays" label={t('calendar.workdays')}><Input.TextArea rows={10} style={{ fontFamily: 'monospace' }} /></Form.Item></Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={busy}>{t('calendar.saveCalendar')}</Button>
          {problems.length > 0 && <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={<ul style={{ margin: 0, paddingLeft: 16 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
        </Form>
      </Card>
    </Space>
  );
}
