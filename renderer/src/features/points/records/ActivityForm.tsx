import { useState } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Rate, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../../shared/org/org-tree';
import { activityLength } from '../../../../../shared/points/hours';
import { data } from '../../../db';
import { currentActor, useSession } from '../../../session/store';
import { useStation } from '../../../station/station';
import { VolunteerPicker } from '../../volunteers/shared-records/VolunteerPicker';
import { recordActivity } from '../commands';
import { HoursRefused, PointsInputRefused } from '../errors';
import { hoursRefusalText } from '../hours-text';

interface Values {
  title: string;
  place: string;
  time: [Dayjs, Dayjs];
  personInCharge: string;
  beneficiary: string;
  content: string;
  quality?: number;
  attendees: { volunteerId?: string; hours?: number }[];
}

/** 登记活动: an organised activity with its sign-in list; each attendee's hours at most the activity's length. */
export function ActivityForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const station = useStation();
  const operator = useSession((s) => s.operator);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const time = Form.useWatch('time', form);
  const length = time?.[0] && time[1] ? activityLength(time[0].toISOString(), time[1].toISOString()) / 100 : null;
  const required = [{ required: true, whitespace: true, message: t('points.problem.required') }];

  const submit = async (v: Values) => {
    if (!station) return;
    setBusy(true);
    setError(null);
    const attendees = (v.attendees ?? []).filter((a) => a.volunteerId).map((a) => ({ volunteerId: a.volunteerId!, hours: a.hours ?? 0 }));
    try {
      await recordActivity(data, currentActor(), station.orgPath, `${orgName(station.orgPath)} ${operator?.name ?? ''}`.trim(), {
        title: v.title, place: v.place, startAt: v.time[0].toISOString(), endAt: v.time[1].toISOString(), personInCharge: v.personInCharge,
        beneficiary: v.beneficiary ?? '', content: v.content, quality: v.quality ? (v.quality as 1 | 2 | 3 | 4 | 5) : undefined, attendees,
      });
      message.success(t('points.activity.saved', { count: attendees.length }));
      onClose();
    } catch (e) {
      if (e instanceof HoursRefused) {
        form.setFields(e.problems.map((p) => ({ name: ['attendees', v.attendees.findIndex((a) => a.volunteerId === p.volunteerId), 'hours'], errors: [t(`points.hours.${p.code}`, { hours: p.hours, max: p.max })] })));
        setError(hoursRefusalText(e, t));
      } else if (e instanceof PointsInputRefused) {
        form.setFields(e.problems.map((p) => ({ name: (p.field === 'endAt' ? 'time' : p.field) as keyof Values, errors: [t(`points.problem.${p.code}`)] })));
        // The sign-in list is a list, not one field: its problems are said here in words.
        const list = e.problems.filter((p) => p.field === 'attendees').map((p) => `${t('points.activity.signIn')}:${t(`points.problem.${p.code}`)}`);
        setError([t('points.problem.fix'), ...list].join(' '));
      } else throw e;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer open size={560} title={t('points.activity.title')} onClose={onClose}
      extra={<Space><Button onClick={onClose}>{t('points.cancel')}</Button><Button type="primary" loading={busy} onClick={() => form.submit()}>{t('points.save')}</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={{ attendees: [{ hours: undefined }] }} onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          // Choosing the time fills the hours nobody has typed yet with the activity's length.
          const [start, end] = changed.time ?? [];
          if (!start || !end) return;
          const hours = activityLength(start.toISOString(), end.toISOString()) / 100;
          form.setFieldValue('attendees', (all.attendees ?? []).map((a) => (a.hours === undefined || a.hours === null ? { ...a, hours } : a)));
        }}>
        <Form.Item label={t('points.activity.name')} name="title" rules={required}><Input maxLength={100} /></Form.Item>
        <Form.Item label={t('points.record.place')} name="place" rules={required}><Input maxLength={200} /></Form.Item>
        <Form.Item label={t('points.activity.time')} name="time" rules={[{ required: true, message: t('points.problem.required') }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label={t('points.activity.personInCharge')} name="personInCharge" rules={required} style={{ flex: 1, marginRight: 8 }}><Input maxLength={50} /></Form.Item>
          <Form.Item label={t('points.record.beneficiary')} name="beneficiary" style={{ flex: 1 }}><Input maxLength={100} /></Form.Item>
        </Space.Compact>
        <Form.Item label={t('points.record.content')} name="content" rules={required}><Input.TextArea autoSize maxLength={1000} /></Form.Item>
        <Form.Item label={t('points.record.qualityRating')} name="quality"><Rate /></Form.Item>
        <Typography.Text strong>{t('points.activity.signIn')}</Typography.Text>
        {length !== null && <Typography.Text type="secondary"> {t('points.activity.length', { hours: length })}</Typography.Text>}
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'volunteerId']} style={{ width: 300 }} rules={[{ required: true, message: t('points.problem.required') }]}><VolunteerPicker /></Form.Item>
                  <Form.Item name={[f.name, 'hours']} rules={[{ required: true, message: t('points.problem.required') }]}>
                    <InputNumber min={0} step={0.5} placeholder={t('points.record.hours')} aria-label={t('points.record.hours')} style={{ width: 110 }} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 8 }} onClick={() => remove(f.name)} aria-label={t('points.activity.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ hours: length ?? undefined })}>{t('points.activity.addAttendee')}</Button>
            </div>
          )}
        </Form.List>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Drawer>
  );
}
