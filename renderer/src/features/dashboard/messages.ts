import { defineMessages } from '../../i18n/define';

/** The dashboard area's strings (t('dashboard.…')), Chinese first. */
export const dashboardMessages = defineMessages(
  {
    title: '数据看板',
    nav: { board: '看板', report: '月度报告' },
    filter: {
      period: '统计期间', unit: '单位', last12: '近 12 个月', thisMonth: '本月', lastMonth: '上月', thisYear: '今年', last30: '近 30 天',
      up: '返回上级', scope: '本站范围:{{unit}}',
    },
    source: {
      local: '本站数据', centre: '中心汇总', fetch: '从中心更新', fetching: '正在从中心获取…', age: '中心数据,{{age}}计算(期间 {{from}} 至 {{to}})',
      none: '尚未从中心获取过该单位的汇总数据。', notEnrolled: '本站尚未连接中心,请先在“同步”页面注册。', failed: '获取失败:{{message}}',
      partial: '所选期间超出已缓存的中心数据期间,超出部分未计入。', help: '县(市、区)和市级站点本地可能未保存全部记录;中心汇总由中心按全市数据计算,离线时显示最近一次获取的结果。',
      minutes: '{{n}} 分钟前', hours: '{{n}} 小时前', days: '{{n}} 天前', justNow: '刚刚',
    },
    kpi: {
      requests: '受理工单', open: '在办工单', completionRate: '办结率', onTimeRate: '按时办结率', avgHandling: '平均办理时长', satisfaction: '满意率',
      hours: '志愿服务时长', activeVolunteers: '在册活跃志愿者', visits: '走访完成 / 计划', hoursUnit: '小时', none: '—',
      ratedOf: '{{n}} 件已回访', volunteersOf: '共 {{n}} 名志愿者',
    },
    chart: {
      trend: '工单趋势', byCategory: '按服务类别', bySource: '按来源', byType: '按诉求类型', byStatus: '按状态', topItems: '热点服务项目',
      unresolved: '未解决问题(在办工单最多的项目)', byUnit: '下级单位对比(点击下钻)', heat: '服务热力图(点击下钻)', matrix: '周 × 单位矩阵',
      received: '受理', done: '办结', count: '数量', png: '导出图片', xlsx: '导出 Excel', own: '本级', empty: '该期间没有数据',
      metric: { density: '工单量', satisfaction: '满意率', onTime: '按时办结率' }, legendLow: '低', legendHigh: '高', week: '周', unit: '单位',
      toList: '在工单列表中查看', saved: '已导出 {{name}}', noChildren: '本单位没有下级单位。',
    },
    check: {
      stale: '统计数据与工单表不一致(可能来自旧版本的数据),建议重建。', rebuild: '重建统计', rebuilding: '正在重建统计…', rebuilt: '统计已重建', ok: '统计数据与工单表一致',
    },
    report: {
      title: '月度报告', month: '月份', print: '打印 / 保存为 PDF', heading: '{{unit}} {{month}} 志愿服务月度报告', generated: '生成时间:{{at}}',
      summary: '总体情况', units: '下级单位', categories: '服务类别', items: '热点服务项目', unresolved: '未解决问题', col: {
        unit: '单位', requests: '受理', done: '办结', completionRate: '办结率', onTimeRate: '按时率', satisfaction: '满意率', category: '类别', item: '项目', count: '数量',
      },
    },
    sheet: { key: '项目', value: '数值' },
  },
  {
    title: 'Dashboard',
    nav: { board: 'Dashboard', report: 'Monthly report' },
    filter: {
      period: 'Period', unit: 'Unit', last12: 'Last 12 months', thisMonth: 'This month', lastMonth: 'Last month', thisYear: 'This year', last30: 'Last 30 days',
      up: 'Up one level', scope: 'Station scope: {{unit}}',
    },
    source: {
      local: 'This station', centre: 'Centre totals', fetch: 'Update from the centre', fetching: 'Fetching from the centre…', age: 'Centre figures computed {{age}} (period {{from}} to {{to}})',
      none: 'No centre figures fetched for this unit yet.', notEnrolled: 'This station is not connected to a centre: enrol it on the Sync page first.', failed: 'Could not fetch: {{message}}',
      partial: 'The period goes beyond the cached centre figures; the rest is not counted.', help: 'County and city stations may not hold every record locally; the centre computes these from the whole city, and offline the last fetched figures are shown.',
      minutes: '{{n}} min ago', hours: '{{n}} h ago', days: '{{n}} days ago', justNow: 'just now',
    },
    kpi: {
      requests: 'Requests received', open: 'Still open', completionRate: 'Completion rate', onTimeRate: 'On-time rate', avgHandling: 'Average handling time', satisfaction: 'Satisfaction',
      hours: 'Volunteer hours', activeVolunteers: 'Active volunteers', visits: 'Visits done / planned', hoursUnit: 'h', none: '—',
      ratedOf: '{{n}} called back', volunteersOf: '{{n}} registered',
    },
    chart: {
      trend: 'Requests over time', byCategory: 'By category', bySource: 'By source', byType: 'By type', byStatus: 'By status', topItems: 'Top service items',
      unresolved: 'Top unresolved problems (items with most open requests)', byUnit: 'Units below (click to drill down)', heat: 'Service heat map (click to drill down)', matrix: 'Week × unit matrix',
      received: 'Received', done: 'Completed', count: 'Count', png: 'Export image', xlsx: 'Export Excel', own: 'Own level', empty: 'No data in this period',
      metric: { density: 'Requests', satisfaction: 'Satisfaction', onTime: 'On time' }, legendLow: 'low', legendHigh: 'high', week: 'Week', unit: 'Unit',
      toList: 'Show in the request list', saved: 'Exported {{name}}', noChildren: 'This unit has no units below it.',
    },
    check: {
      stale: 'The statistics disagree with the requests table (perhaps data from an older version): rebuild them.', rebuild: 'Rebuild statistics', rebuilding: 'Rebuilding statistics…', rebuilt: 'Statistics rebuilt', ok: 'Statistics agree with the requests table',
    },
    report: {
      title: 'Monthly report', month: 'Month', print: 'Print / save as PDF', heading: '{{unit}} volunteer service report, {{month}}', generated: 'Generated {{at}}',
      summary: 'Overview', units: 'Units below', categories: 'Categories', items: 'Top service items', unresolved: 'Unresolved problems', col: {
        unit: 'Unit', requests: 'Received', done: 'Completed', completionRate: 'Completion rate', onTimeRate: 'On-time rate', satisfaction: 'Satisfaction', category: 'Category', item: 'Item', count: 'Count',
      },
    },
    sheet: { key: 'Item', value: 'Value' },
  },
);
