import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN } from '../../session/pin';

/** A PIN and its confirmation, validated at the field. */
export function PinFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('operator.pin')} name="pin" extra={t('operator.pinHint')} rules={[{ required: true, message: t('errors.pinFormat') }, { pattern: PIN_PATTERN, message: t('errors.pinFormat') }]}>
        <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('operator.pinAgain')}
        name="pinAgain"
        dependencies={['pin']}
        rules={[
          { required: true, message: t('errors.pinMismatch') },
          ({ getFieldValue }) => ({
            validator: (_, v) => (v === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('errors.pinMismatch')))),
          }),
        ]}
      >
        <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
