import type { ReactNode } from 'react';
import {
  AlertOutlined, BarChartOutlined, CloudSyncOutlined, HomeOutlined, SettingOutlined, TeamOutlined, TrophyOutlined,
} from '@ant-design/icons';
import { VolunteersPage } from '../features/volunteers/VolunteersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { ResidentsArea } from '../features/residents/ResidentsArea';
import { PointsArea } from '../features/points/PointsArea';
import { DashboardArea } from '../features/dashboard/DashboardArea';
import { RequestsArea } from '../features/requests/RequestsArea';

/** Every area of the product, declared once: the menu, the routes and the titles use this. */
export interface Area {
  key: string;
  path: string;
  icon: ReactNode;
  element: ReactNode;
}

export const AREAS: Area[] = [
  { key: 'requests', path: '/requests', icon: <AlertOutlined />, element: <RequestsArea /> },
  { key: 'volunteers', path: '/volunteers', icon: <TeamOutlined />, element: <VolunteersPage /> },
  { key: 'residents', path: '/residents', icon: <HomeOutlined />, element: <ResidentsArea /> },
  { key: 'points', path: '/points', icon: <TrophyOutlined />, element: <PointsArea /> },
  { key: 'dashboard', path: '/dashboard', icon: <BarChartOutlined />, element: <DashboardArea /> },
  { key: 'sync', path: '/sync', icon: <CloudSyncOutlined />, element: <SyncPage /> },
  { key: 'settings', path: '/settings', icon: <SettingOutlined />, element: <SettingsPage /> },
];
