import type { ThemeConfig } from 'antd';

/** The station app's look (renderer/src/app/theme.ts): the network's party red, compact office screens. */
export const theme: ThemeConfig = {
  token: { colorPrimary: '#c8102e', borderRadius: 4, fontSize: 14 },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#1f2329' }, Menu: { darkItemBg: '#1f2329', darkSubMenuItemBg: '#1f2329' }, Table: { cellPaddingBlock: 8 } },
};
