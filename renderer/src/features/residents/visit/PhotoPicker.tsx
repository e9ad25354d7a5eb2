import { useRef, useState } from 'react';
import { Button, Image, Space, Typography } from 'antd';
import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS_PER_VISIT, type PhotoDraft } from '../../../../../shared/residents/photos';
import { photoFromFile, PhotoRefused, photoUrl } from './photos';

/**
 * 走访照片 the visit form's photos: chosen as files (on a PC that is how photos arrive), each
 * downscaled here before it joins the form. A file that is not a picture is refused with its name
 * and the reason, at the field (`onProblem`); the good ones among several are kept.
 */
export function PhotoPicker({ value = [], onChange, onProblem }: { value?: PhotoDraft[]; onChange?: (v: PhotoDraft[]) => void; onProblem: (message: string | null) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const left = MAX_PHOTOS_PER_VISIT - value.length;

  const add = async (files: File[]) => {
    setBusy(true);
    const kept: PhotoDraft[] = [];
    const problems: string[] = [];
    for (const file of files) {
      if (kept.length >= left) {
        problems.push(t('residents.photo.tooMany', { max: MAX_PHOTOS_PER_VISIT }));
        break;
      }
      try {
        kept.push(await photoFromFile(file));
      } catch (e) {
        if (!(e instanceof PhotoRefused)) throw e;
        problems.push(t(`residents.photo.${e.code}`, { name: e.fileName }));
      }
    }
    setBusy(false);
    if (kept.length) onChange?.([...value, ...kept]);
    onProblem(problems.length ? problems.join(';') : null);
  };

  return (
    <Space wrap size={8} align="start" data-testid="photo-picker">
      <Image.PreviewGroup>
        {value.map((p, i) => (
          <div key={`${i}-${p.data.length}`} style={{ position: 'relative' }} data-testid="photo-draft">
            <Image src={photoUrl(p)} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} alt={t('residents.photo.alt', { n: i + 1 })} />
            <Button size="small" shape="circle" icon={<CloseOutlined />} aria-label={t('residents.photo.remove', { n: i + 1 })}
              style={{ position: 'absolute', top: -8, right: -8 }} onClick={() => { onChange?.(value.filter((_, j) => j !== i)); onProblem(null); }} />
          </div>
        ))}
      </Image.PreviewGroup>
      {left > 0 && (
        <Button icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()} style={{ height: 72 }}>{t('residents.photo.add')}</Button>
      )}
      <Typography.Text type="secondary" style={{ lineHeight: '72px' }}>{t('residents.photo.hint', { max: MAX_PHOTOS_PER_VISIT })}</Typography.Text>
      <input ref={input} type="file" accept="image/*" multiple style={{ display: 'none' }} data-testid="photo-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void add(files);
        }} />
    </Space>
  );
}
