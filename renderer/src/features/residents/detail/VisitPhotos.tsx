import { useState } from 'react';
import { Button, Image, Space } from 'antd';
import { PictureOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../../db';
import { photoUrl } from '../visit/photos';

/**
 * A visit's photos as thumbnails (click to enlarge). They are read by `visitId` only when shown:
 * the newest visits show theirs at once, older ones behind a button, so a long visit history does
 * not load every picture it ever had.
 */
export function VisitPhotos({ visitId, count, open: openAtOnce }: { visitId: string; count: number; open: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(openAtOnce);
  const photos = useLiveQuery(async () => (opened ? db.synced('visitPhotos').where('visitId').equals(visitId).toArray() : []), [visitId, opened]);
  if (!opened) return <Button size="small" type="link" icon={<PictureOutlined />} style={{ padding: 0 }} onClick={() => setOpened(true)}>{t('residents.photo.show', { count })}</Button>;
  const shown = (photos ?? []).filter((p) => !p.deleted).sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
  return (
    <Image.PreviewGroup>
      <Space size={6} wrap data-testid="visit-photos">
        {shown.map((p, i) => (
          <Image key={p.id} src={photoUrl(p)} width={64} height={64} style={{ objectFit: 'cover', borderRadius: 4 }} alt={t('residents.photo.alt', { n: i + 1 })} data-testid="visit-photo" />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
