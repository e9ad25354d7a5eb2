import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { db } from '../../db';
import { useRejections } from '../../sync/hooks';
import type { Rejection } from '../../sync/local-state';
import { discardRejection, isRejectedCreation, removeRefusedRecord } from '../../sync/rejections';
import { fixLink } from './errorText';

/** The mutations the centre refused, each with its reason and a way to fix or discard it. */
export function RejectionsCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { list, total } = useRejections(db);
  const [open, setOpen] = useState<Rejection | null>(null);
  return (
    <Card size="small" title={<span>{t('syncClient.rejections.title')} <Tag color={total ? 'red' : 'default'}>{total}</Tag></span>}>
      <Table<Rejection>
        rowKey="mutationId"
        size="small"
        dataSource={list}
        pagination={false}
        data-testid="rejections"
        locale={{ emptyText: t('syncClient.rejections.none') }}
        columns={[
          { title: t('syncClient.rejections.table'), dataIndex: 'table', width: 110, render: (v: string) => t(`tables.${v}`) },
          { title: t('syncClient.rejections.record'), key: 'record', width: 180, ellipsis: true, render: (_, r) => recordLabel(r) },
          { title: t('syncClient.rejections.reason'), dataIndex: 'code', width: 170, render: (v: string) => <Tag color="red">{t(`syncClient.rejections.code.${v}`)}</Tag> },
          { title: t('syncClient.rejections.detail'), dataIndex: 'message', ellipsis: true },
          { title: t('syncClient.rejections.at'), dataIndex: 'rejectedAt', width: 150, render: (v: string) => dayjs(v).format('MM-DD HH:mm:ss') },
          {
            title: t('syncClient.rejections.actions'),
            key: 'actions',
            width: 230,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" onClick={() => setOpen(r)}>{t('syncClient.rejections.open')}</Button>
                <Popconfirm title={t('syncClient.rejections.discardConfirm')} onConfirm={() => discardRejection(db, r.mutationId)}>
                  <Button size="small">{t('syncClient.rejections.discard')}</Button>
                </Popconfirm>
                {isRejectedCreation(r) && (
                  <Popconfirm title={t('syncClient.rejections.removeConfirm')} onConfirm={() => removeRefusedRecord(db, r)}>
                    <Button size="small" danger>{t('syncClient.rejections.remove')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        width={520}
        title={open ? `${t(`tables.${open.table}`)} · ${recordLabel(open)}` : ''}
        extra={open && <Button type="primary" onClick={() => navigate(fixLink(open.table, open.recordId, open.mutation.fields))}>{t('syncClient.rejections.openArea')}</Button>}
      >
        {open && (
          <>
            <Typography.Paragraph>
              <Tag color="red">{t(`syncClient.rejections.code.${open.code}`)}</Tag> {open.message}
            </Typography.Paragraph>
            <Typography.Title level={5}>{t('syncClient.rejections.fields')}</Typography.Title>
            <Descriptions size="small" column={1} bordered>
              {Object.entries(open.mutation.fields).map(([field, value]) => (
                <Descriptions.Item key={field} label={field}>{typeof value === 'string' ? value : JSON.stringify(value)}</Descriptions.Item>
              ))}
            </Descriptions>
          </>
        )}
      </Drawer>
    </Card>
  );
}

/** A human handle for the record: its name or number when the mutation carries one. */
function recordLabel(r: Rejection): string {
  const f = r.mutation.fields as Record<string, unknown>;
  const name = f.name ?? f.number ?? f.callerName ?? f.title ?? f.kind;
  return typeof name === 'string' ? `${name} (${r.recordId.slice(-6)})` : r.recordId;
}
