import { defineMessages } from '../../i18n/define';

/** The points area's strings (t('points.…')), Chinese first. */
export const pointsMessages = defineMessages(
  {
    title: '时长与积分',
    nav: { volunteer: '志愿者积分', records: '服务记录', redemptions: '积分兑换', stars: '星级评定', leaderboard: '排行榜', excellent: '优秀志愿者', rules: '积分规则' },
    rebuilding: '积分规则已更新,正在按新规则重新计算各志愿者的时长与积分…',
    back: '返回', cancel: '取消', save: '保存',
    unit: { hours: '小时' },
    level: { city: '市级', county: '县(市、区)级', town: '镇(街道)级', village: '村(社区)级' },
    period: { month: '月', quarter: '季度', year: '年', all: '累计', pick: '选择时段' },
    source: { request: '工单', visit: '走访', activity: '活动' },
    satisfaction: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' },
    multiplier: { none: '无', urgent: '紧急', night: '夜间', holiday: '节假日' },
    problem: {
      required: '必填', invalid: '填写的值不符合要求', fix: '请修改标出的栏目后再保存。',
      endBeforeStart: '结束时间须晚于开始时间', duplicate: '同一名志愿者不能重复签到', notCity: '只有市中心可以设置积分规则',
    },
    hours: {
      notPositive: '服务时长须大于 0',
      overActivity: '服务时长 {{hours}} 小时超过活动时长 {{max}} 小时(不含路途时间)',
      overRequestCap: '服务时长 {{hours}} 小时超过单次上门服务上限 {{max}} 小时;更长的服务请登记为活动',
    },
    volunteer: {
      notRated: '未评定', title: '志愿者积分', pick: '选择一位志愿者,查看其服务时长、积分明细、兑换和星级。', hours: '累计服务时长', balance: '积分余额',
      yearPoints: '{{year}} 年获得积分', granted: '已授予星级',
      tabs: { ledger: '积分明细({{count}})', redemptions: '兑换记录({{count}})', years: '年度结余', stars: '星级历史({{count}})' },
    },
    record: {
      date: '日期', volunteer: '志愿者', source: '来源', content: '服务内容', place: '地点', beneficiary: '服务对象', hours: '时长', quality: '评价', qualityRating: '服务质量评价', recorder: '记录人',
    },
    years: {
      year: '年度', carriedIn: '上年结转', earned: '本年获得', redeemed: '本年兑换', closing: '年末结余',
      reset: '按现行规则每年清零,结转年末余额的 {{rate}}%(透支全额结转)。', noReset: '按现行规则积分不清零,逐年累计。',
    },
    ledger: { rule: '积分规则', multiplier: '加成', base: '基础分', bonus: '奖励/扣减', points: '积分' },
    star: {
      earned: '按累计时长已达 {{stars}}。', none: '累计时长尚未达到星级。', top: '已达最高星级。', toNext: '距 {{next}}({{threshold}} 小时)还差 {{hours}} 小时。',
      awaitingGrant: '系统建议授予 {{stars}},待有权限的层级评定。', stars: '星级', level: '评定层级', hoursAtGrant: '评定时时长', grantedBy: '评定单位',
      grantedAt: '评定日期', note: '备注', grantedNow: '已授予', proposed: '建议授予', grant: '授予', recordExternal: '登记省级授予',
      grantTitle: '授予 {{name}} {{stars}}', grantedDone: '已授予 {{name}} {{stars}}',
      externalHelp: '五星由省级评定。此处登记的是省里已授予的结果,记为"外部授予"。',
      levels: { county: '县级评定', city: '市级评定', external: '省级(外部)' },
      refused: { notEntitled: '本站无权评定这一星级', notEarned: '累计时长尚未达到这一星级,或已授予' },
    },
    stars: {
      title: '星级评定', thresholds: '星级标准', who: '评定权限', whoText: '县(市、区)总站评定一至二星,市中心评定三至四星,五星由省级评定(市中心登记)。',
      mine: '本站可评定', none: '本站为{{level}}站点,不评定星级;各志愿者的建议星级见志愿者积分页。', externalNote: '(五星为登记省级授予)',
      proposals: '待评定', more: '仅列出前 {{count}} 位', recent: '最近的评定',
    },
    redeem: {
      action: '兑换积分', title: '{{name}} 兑换积分', balance: '本站可见的积分余额:{{balance}}', goods: '兑换物品', points: '所用积分', confirm: '确认兑换',
      done: '已兑换:{{goods}},用去 {{points}} 积分', at: '兑换时间', station: '兑换站点', state: '状态', ok: '正常',
      overdrawn: '超额兑换(同步后发现)', withdraw: '撤销', withdrawConfirm: '撤销这次兑换?物品应已退回或另行处理。', withdrawn: '已撤销',
      refused: {
        notPositive: '所用积分须大于 0', overdraw: '积分不足:余额 {{balance}},不能超额兑换', goods: '请填写兑换物品', unknownVolunteer: '找不到该志愿者',
      },
    },
    redemptions: {
      title: '积分兑换记录',
      help: '各站离线时可能同时为同一位志愿者兑换。同步后如合计超出余额,较晚的一笔(按时间戳排序,各站结果一致)标为"超额兑换",请核实后撤销或另行处理。',
    },
    records: {
      title: '服务记录', total: '共 {{count}} 条',
      help: '服务记录来自办结的工单(每位志愿者一条)、走访和有签到名单的活动;记录保存在志愿者所属单位,谁组织谁记录、谁记录谁证明。',
    },
    activity: {
      add: '登记活动', title: '登记组织活动', name: '活动名称', time: '活动时间', personInCharge: '负责人', signIn: '签到名单',
      length: '(活动时长 {{hours}} 小时,每人时长不能超过)', addAttendee: '添加签到志愿者', remove: '移除', saved: '已登记活动,{{count}} 位志愿者的时长已记录',
    },
    leaderboard: {
      title: '排行榜', unit: '单位', byPoints: '按积分', byHours: '按时长', rank: '名次', records: '次数',
      volunteers: '{{unit}} 志愿者前 {{top}} 名', units: '{{unit}} 下属单位', empty: '这一时段还没有服务记录', noParts: '没有下属单位',
    },
    excellent: {
      title: '年度优秀志愿者候选名单', year: '年度', criteria: '候选条件', political: '政治面貌', satisfied: '满意次数',
      minHours: '年度服务时长', minHoursText: '{{year}} 年服务时长不少于 {{hours}} 小时',
      minRecords: '年度服务次数', minRecordsText: '不少于 {{count}} 次',
      maxDissatisfied: '不满意评价', maxDissatisfiedText: '不超过 {{count}} 次',
      order: '排序', orderText: '按年度积分从高到低;候选名单供评选会议参考,不是评选结果。', rule: '依据规则',
      count: '符合条件 {{count}} 人,显示前 {{shown}} 人。',
    },
    vanguard: {
      export: '导出党员先锋指数数据', progress: '已导出 {{count}} 人…', done: '已导出 {{count}} 名党员的数据', failed: '导出失败:{{message}}',
      file: '党员先锋指数数据_{{year}}', sheet: '{{year}} 年', notesSheet: '说明',
      col: {
        volunteerNo: '志愿者编号', name: '姓名', partyBranch: '党组织', unit: '所属单位', yearHours: '年度时长(小时)', yearPoints: '年度积分',
        yearRecords: '年度服务次数', yearSatisfied: '满意次数', yearDissatisfied: '不满意次数', totalHours: '累计时长(小时)', totalPoints: '累计积分', stars: '已授予星级',
      },
      notes: {
        rule: '积分规则', scoring: '计分方法', source: '数据来源', made: '导出时间',
        scoringText: '每小时 {{perHour}} 分;紧急 ×{{urgent}}、夜间 ×{{night}}、节假日 ×{{holiday}}(取最高一项,不叠加);满意 +{{bonus}} 分,不满意 −{{deduction}} 分。',
        sourceText: '本站保存的服务记录(办结工单、走访、组织活动),每一分都可追溯到服务记录和积分规则。',
      },
    },
    rules: {
      title: '积分规则', add: '新建规则版本', current: '当前生效的规则', builtIn: '(内置默认规则,尚未收到市中心的规则)', history: '规则版本', none: '市中心尚未发布规则',
      inEffect: '当前生效', name: '规则名称', effectiveFrom: '生效日期', pointsPerHour: '每小时积分', multipliers: '加成倍数',
      multipliersText: '紧急 ×{{urgent}} · 夜间 ×{{night}} · 节假日 ×{{holiday}}(取最高一项)', satisfactionBonus: '满意奖励分', deduction: '不满意扣分',
      yearlyReset: '年度清零', carryOverRate: '结转比例(0–1)', resetText: '每年清零,结转余额的 {{rate}}%', noReset: '不清零,逐年累计', stars: '星级时长(小时)',
      excellent: '优秀志愿者条件', excellentText: '年度时长 ≥ {{hours}} 小时,服务 ≥ {{records}} 次,不满意 ≤ {{dissatisfied}} 次',
      cityHelp: '积分规则由市中心设置,同步后下发到各站。新规则以新版本保存,自生效日期起计分;保存前先预览它对各志愿者积分的影响。',
      stationHelp: '积分规则由市中心设置并同步下发,本站只能查看。每一笔积分都注明所依据的规则版本。',
      preview: '预览变化', apply: '确认生效', previewFirst: '先"预览变化",查看新规则对各志愿者积分的影响,再确认生效。', previewing: '正在计算,已处理 {{count}} 条服务记录…',
      saved: '新规则已保存,将同步下发到各站',
      diff: {
        records: '受影响的服务记录', volunteers: '积分变化的志愿者', before: '现行规则下积分', after: '新规则下积分', delta: '变化', none: '没有志愿者的积分发生变化',
        note: '只列出变化最大的 20 位。年度清零与结转的变化影响余额,不影响各条记录的积分。',
      },
    },
    certificate: {
      action: '打印服务证明', title: '志愿服务证明', heading: '志愿服务证明', print: '打印 / 保存为 PDF', file: '志愿服务证明_{{name}}.pdf', range: '证明时段',
      from: '起始日期', to: '截止日期', noVolunteer: '找不到该志愿者', noRecords: '所选时段没有服务记录',
      number: '证明编号:{{no}}',
      body: '兹证明 {{name}}(性别:{{gender}},身份证号:{{id}},志愿者编号:{{no}})系{{unit}}注册志愿者,自 {{from}} 至 {{to}} 参加志愿服务 {{count}} 次,累计服务时长 {{hours}} 小时(不含路途时间)。',
      byYear: '服务时长(按年度)', times: '次数', hours: '时长(小时)', total: '合计', records: '服务记录', latest: '(最近 {{count}} 条)', recorder: '记录单位',
      issuer: '出具单位:{{unit}}(盖章)', date: '出具日期:{{date}}',
      basis: '依据民政部《志愿服务记录与证明出具办法(试行)》出具。服务记录由组织服务的单位记录("谁组织谁记录、谁记录谁证明"),可凭证明编号向出具单位查验。',
    },
  },
  {
    title: 'Points and stars',
    nav: { volunteer: 'Volunteer points', records: 'Service records', redemptions: 'Redemptions', stars: 'Stars', leaderboard: 'Leaderboards', excellent: 'Excellent volunteers', rules: 'Points rules' },
    rebuilding: 'The points rules changed: re-scoring every volunteer\'s hours and points under the new rules…',
    back: 'Back', cancel: 'Cancel', save: 'Save',
    unit: { hours: 'h' },
    level: { city: 'city', county: 'county', town: 'town', village: 'village' },
    period: { month: 'Month', quarter: 'Quarter', year: 'Year', all: 'All time', pick: 'Pick a period' },
    source: { request: 'Request', visit: 'Visit', activity: 'Activity' },
    satisfaction: { satisfied: 'Satisfied', basicallySatisfied: 'Basically satisfied', dissatisfied: 'Not satisfied' },
    multiplier: { none: 'None', urgent: 'Urgent', night: 'Night', holiday: 'Holiday' },
    problem: {
      required: 'Required', invalid: 'This value is not allowed', fix: 'Correct the marked fields, then save again.',
      endBeforeStart: 'The end must be after the start', duplicate: 'A volunteer can sign in only once', notCity: 'Only the city centre sets the points rules',
    },
    hours: {
      notPositive: 'Hours must be more than 0',
      overActivity: '{{hours}} h is more than the activity lasted ({{max}} h, travel excluded)',
      overRequestCap: '{{hours}} h is more than one house call allows ({{max}} h); record longer work as an activity',
    },
    volunteer: {
      notRated: 'None', title: 'Volunteer points', pick: 'Pick a volunteer to see their hours, points ledger, redemptions and stars.', hours: 'Total hours', balance: 'Points balance',
      yearPoints: 'Points earned in {{year}}', granted: 'Stars granted',
      tabs: { ledger: 'Ledger ({{count}})', redemptions: 'Redemptions ({{count}})', years: 'By year', stars: 'Star history ({{count}})' },
    },
    record: {
      date: 'Date', volunteer: 'Volunteer', source: 'Source', content: 'Service', place: 'Place', beneficiary: 'Served', hours: 'Hours', quality: 'Rating', qualityRating: 'Quality rating', recorder: 'Recorded by',
    },
    years: {
      year: 'Year', carriedIn: 'Carried in', earned: 'Earned', redeemed: 'Redeemed', closing: 'Closing balance',
      reset: 'Under the rule in effect points reset yearly; {{rate}}% of the closing balance is carried over (a debt is carried whole).', noReset: 'Under the rule in effect points do not reset; they accumulate.',
    },
    ledger: { rule: 'Rule', multiplier: 'Multiplier', base: 'Base', bonus: 'Bonus / deduction', points: 'Points' },
    star: {
      earned: 'Hours have earned {{stars}}.', none: 'No star earned yet.', top: 'The highest star level.', toNext: '{{hours}} h more to {{next}} ({{threshold}} h).',
      awaitingGrant: 'The system proposes {{stars}}, awaiting the level entitled to grant it.', stars: 'Stars', level: 'Granted by level', hoursAtGrant: 'Hours then', grantedBy: 'Granted by',
      grantedAt: 'Date', note: 'Note', grantedNow: 'Granted', proposed: 'Proposed', grant: 'Grant', recordExternal: 'Record province grant',
      grantTitle: 'Grant {{name}} {{stars}}', grantedDone: 'Granted {{name}} {{stars}}',
      externalHelp: 'Five stars are granted by the province. This records the province\'s grant as "external".',
      levels: { county: 'County', city: 'City', external: 'Province (external)' },
      refused: { notEntitled: 'This station may not grant that star level', notEarned: 'The hours have not earned that level, or it was granted already' },
    },
    stars: {
      title: 'Star ratings', thresholds: 'Thresholds', who: 'Who grants', whoText: 'County stations grant ★–★★, the city ★★★–★★★★; ★★★★★ is the province\'s (recorded by the city).',
      mine: 'This station grants', none: 'This station ({{level}}) does not grant stars; proposals show on each volunteer\'s page.', externalNote: '(★★★★★ recorded as the province\'s)',
      proposals: 'To be rated', more: 'Only the first {{count}} are listed', recent: 'Recent grants',
    },
    redeem: {
      action: 'Redeem points', title: '{{name}}: redeem points', balance: 'Balance seen by this station: {{balance}}', goods: 'Goods', points: 'Points used', confirm: 'Redeem',
      done: 'Redeemed {{goods}} for {{points}} points', at: 'When', station: 'Station', state: 'State', ok: 'OK',
      overdrawn: 'Overdrawn (found after sync)', withdraw: 'Withdraw', withdrawConfirm: 'Withdraw this redemption? The goods should have come back or be settled otherwise.', withdrawn: 'Withdrawn',
      refused: {
        notPositive: 'Points must be more than 0', overdraw: 'Not enough points: the balance is {{balance}}; no overdrawing', goods: 'Name the goods', unknownVolunteer: 'No such volunteer',
      },
    },
    redemptions: {
      title: 'Redemptions',
      help: 'Two stations offline may redeem for the same volunteer at once. If after sync they overdraw together, the later one (by timestamp, the same at every station) is flagged "overdrawn": check it, then withdraw or settle it.',
    },
    records: {
      title: 'Service records', total: '{{count}} records',
      help: 'Service records come from completed requests (one per volunteer), visits and activities with a sign-in list; each is kept at the volunteer\'s unit. Whoever organises records; whoever records certifies.',
    },
    activity: {
      add: 'Record an activity', title: 'Record an organised activity', name: 'Activity', time: 'Time', personInCharge: 'Person in charge', signIn: 'Sign-in list',
      length: '(the activity lasted {{hours}} h: no one may claim more)', addAttendee: 'Add a volunteer', remove: 'Remove', saved: 'Activity recorded; hours of {{count}} volunteers credited',
    },
    leaderboard: {
      title: 'Leaderboards', unit: 'Unit', byPoints: 'By points', byHours: 'By hours', rank: 'Rank', records: 'Services',
      volunteers: 'Top {{top}} volunteers of {{unit}}', units: 'Units of {{unit}}', empty: 'No service records in this period', noParts: 'No units below',
    },
    excellent: {
      title: 'Excellent volunteer candidates', year: 'Year', criteria: 'Criteria', political: 'Political status', satisfied: 'Satisfied',
      minHours: 'Hours in the year', minHoursText: 'At least {{hours}} h in {{year}}',
      minRecords: 'Services in the year', minRecordsText: 'At least {{count}}',
      maxDissatisfied: 'Not satisfied', maxDissatisfiedText: 'At most {{count}}',
      order: 'Order', orderText: 'By points in the year, highest first. Candidates for the selection meeting, not its result.', rule: 'Rule',
      count: '{{count}} meet the criteria; the first {{shown}} are shown.',
    },
    vanguard: {
      export: 'Export vanguard index figures', progress: '{{count}} exported…', done: 'Figures of {{count}} party members exported', failed: 'Export failed: {{message}}',
      file: 'Vanguard index figures {{year}}', sheet: '{{year}}', notesSheet: 'Notes',
      col: {
        volunteerNo: 'Volunteer no.', name: 'Name', partyBranch: 'Party branch', unit: 'Unit', yearHours: 'Hours in year', yearPoints: 'Points in year',
        yearRecords: 'Services in year', yearSatisfied: 'Satisfied', yearDissatisfied: 'Not satisfied', totalHours: 'Total hours', totalPoints: 'Total points', stars: 'Stars granted',
      },
      notes: {
        rule: 'Points rule', scoring: 'Scoring', source: 'Source', made: 'Exported',
        scoringText: '{{perHour}} points an hour; urgent ×{{urgent}}, night ×{{night}}, holiday ×{{holiday}} (the highest one, not compounded); satisfied +{{bonus}}, not satisfied −{{deduction}}.',
        sourceText: 'The service records this station holds (completed requests, visits, activities); every point traces to its record and rule.',
      },
    },
    rules: {
      title: 'Points rules', add: 'New rule version', current: 'Rule in effect', builtIn: '(built-in default: no rule from the city centre yet)', history: 'Versions', none: 'The city centre has not published a rule yet',
      inEffect: 'In effect', name: 'Name', effectiveFrom: 'Effective from', pointsPerHour: 'Points per hour', multipliers: 'Multipliers',
      multipliersText: 'urgent ×{{urgent}} · night ×{{night}} · holiday ×{{holiday}} (the highest applies)', satisfactionBonus: 'Satisfaction bonus', deduction: 'Deduction if not satisfied',
      yearlyReset: 'Yearly reset', carryOverRate: 'Carry-over rate (0–1)', resetText: 'Reset yearly, {{rate}}% of the balance carried over', noReset: 'No reset: points accumulate', stars: 'Star thresholds (h)',
      excellent: 'Excellent volunteer criteria', excellentText: 'at least {{hours}} h and {{records}} services in the year, at most {{dissatisfied}} not satisfied',
      cityHelp: 'The city centre sets the points rules; they sync down to every station. A change is saved as a new version, scoring from its date; preview its effect on every volunteer\'s points first.',
      stationHelp: 'The city centre sets the points rules and syncs them down; this station reads them. Every point names the rule version that scored it.',
      preview: 'Preview the change', apply: 'Apply', previewFirst: 'Preview the change first to see what it does to every volunteer\'s points, then apply it.', previewing: 'Working: {{count}} service records so far…',
      saved: 'New rule saved; it will sync down to every station',
      diff: {
        records: 'Records affected', volunteers: 'Volunteers whose points change', before: 'Points now', after: 'Points under the new rule', delta: 'Change', none: 'No volunteer\'s points change',
        note: 'The 20 largest changes are listed. Changes to the yearly reset and carry-over affect balances, not the points of each record.',
      },
    },
    certificate: {
      action: 'Print service certificate', title: 'Volunteer service certificate', heading: '志愿服务证明', print: 'Print / save as PDF', file: 'Service certificate {{name}}.pdf', range: 'Period',
      from: 'From', to: 'To', noVolunteer: 'No such volunteer', noRecords: 'No service records in this period',
      number: 'Certificate no. {{no}}',
      body: 'This is to certify that {{name}} (gender: {{gender}}, ID number: {{id}}, volunteer no. {{no}}), a registered volunteer of {{unit}}, served {{count}} times from {{from}} to {{to}}, {{hours}} hours in total (travel excluded).',
      byYear: 'Hours by year', times: 'Services', hours: 'Hours', total: 'Total', records: 'Service records', latest: '(latest {{count}})', recorder: 'Recorded by',
      issuer: 'Issued by: {{unit}} (seal)', date: 'Date: {{date}}',
      basis: 'Issued under the Ministry of Civil Affairs\' measures for volunteer service records and certificates (trial). Records are kept by the unit that organised the service; quote the certificate number to the issuing unit to verify it.',
    },
  },
);
